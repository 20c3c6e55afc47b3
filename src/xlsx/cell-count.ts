// A quick count of the cell start tags (<c …>, <x:c …>) in a worksheet's bytes, to refuse a sheet over the cell
// bound before parsing it: counting bytes costs a fraction of parsing, so a 1 000 000-cell sheet is refused in a
// blink instead of after half a million cells were parsed. It only ever refuses early; the parser still counts
// every cell it reads. Tags inside comments or CDATA would be counted too, which can only make it refuse sooner,
// and no real sheet holds half a million of those.

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const LETTER_C = 0x63;
// Longer names or prefixes cut by a chunk's end are not carried over: no cell tag is that long.
const MAX_CARRIED = 64;

function isNameByte(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x2d ||
    byte === 0x2e ||
    byte === 0x5f ||
    byte >= 0x80
  );
}

function endsCellName(byte: number): boolean {
  return (
    byte === 0x20 ||
    byte === 0x09 ||
    byte === 0x0a ||
    byte === 0x0d ||
    byte === GREATER_THAN ||
    byte === SLASH
  );
}

/** Counts cell start tags over the chunks of a part, a tag cut between two chunks included. */
export class CellTagCounter {
  count = 0;
  private carried: Uint8Array = new Uint8Array(0);

  add(chunk: Uint8Array): void {
    const data = this.carried.length === 0 ? chunk : joined(this.carried, chunk);
    this.carried = new Uint8Array(0);
    for (let at = data.indexOf(LESS_THAN); at !== -1; at = data.indexOf(LESS_THAN, at + 1)) {
      let start = at + 1;
      let end = nameEnd(data, start);
      if (end < data.length && data[end] === COLON) {
        start = end + 1;
        end = nameEnd(data, start);
      }
      if (end >= data.length) {
        if (data.length - at <= MAX_CARRIED) this.carried = data.slice(at);
        return;
      }
      if (end === start + 1 && data[start] === LETTER_C && endsCellName(data[end])) this.count++;
    }
  }
}

function nameEnd(data: Uint8Array, from: number): number {
  let end = from;
  while (end < data.length && isNameByte(data[end])) end++;
  return end;
}

function joined(first: Uint8Array, second: Uint8Array): Uint8Array {
  const out = new Uint8Array(first.length + second.length);
  out.set(first);
  out.set(second, first.length);
  return out;
}
