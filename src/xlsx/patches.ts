// Text patches on an XML string, applied in one pass so a large sheet is copied once, not once per edit.

/**
 * Applies [start, end, replacement] patches in one pass (they never overlap). Insertions at one offset keep the
 * order they were pushed in, which callers use to keep rows and cells in order.
 */
export function applyPatches(xml: string, patches: readonly (readonly [number, number, string])[]): string {
  const ordered = patches.map((patch, index) => ({ patch, index }));
  ordered.sort((a, b) => a.patch[0] - b.patch[0] || a.index - b.index);
  const pieces: string[] = [];
  let at = 0;
  for (const { patch } of ordered) {
    pieces.push(xml.slice(at, patch[0]), patch[2]);
    at = patch[1];
  }
  pieces.push(xml.slice(at));
  return pieces.join("");
}
