/**
 * A minimal, valid OLE compound file (CFB v3) holding empty streams with the given names: the container of an
 * encrypted .xlsx ("EncryptionInfo", "EncryptedPackage") or of a legacy .xls ("Workbook").
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // directory at sector 1
  view.setUint32(56, 0x1000, true);
  view.setUint32(60, 0xfffffffe, true);
  view.setUint32(68, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = sector; // sector 0: FAT (itself, then the directory's one-sector chain)
  for (let i = 0; i < 128; i++)
    view.setUint32(fat + i * 4, i === 0 ? 0xfffffffd : i === 1 ? 0xfffffffe : 0xffffffff, true);
  const names = ["Root Entry", ...streams];
  names.forEach((name, index) => {
    const entry = sector * 2 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(entry + i * 2, name.charCodeAt(i), true);
    view.setUint16(entry + 64, (name.length + 1) * 2, true);
    out[entry + 66] = index === 0 ? 5 : 2;
    out[entry + 67] = 1;
    view.setUint32(entry + 68, 0xffffffff, true);
    view.setUint32(entry + 72, index > 0 && index < names.length - 1 ? index + 1 : 0xffffffff, true);
    view.setUint32(entry + 76, index === 0 && names.length > 1 ? 1 : 0xffffffff, true);
    view.setUint32(entry + 116, 0xfffffffe, true);
  });
  return out;
}
