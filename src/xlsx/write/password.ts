// Sheet protection password hash. We write Excel's legacy 16-bit hash (the `password` attribute): every version of
// Excel and LibreOffice reads it, and it needs no asynchronous crypto in the browser. It is a deterrent against
// accidental edits of the buyer's formulas, not a security measure (neither is the SHA-512 form: the sheet XML
// can be edited by anyone).

/** Excel's legacy sheet-protection hash of `password`, as 4 upper-case hex digits (e.g. "CBEB" for "test"). */
export function legacyPasswordHash(password: string): string {
  let hash = 0;
  for (let i = password.length - 1; i >= 0; i--) {
    hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7fff);
    hash ^= password.charCodeAt(i) & 0xff;
  }
  hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7fff);
  hash ^= password.length;
  hash ^= 0xce4b;
  return hash.toString(16).toUpperCase().padStart(4, "0");
}
