// A part's text encoded as it is written. A comparison's lines sheet is some 4 MB of XML written a row at a time:
// built as one string, every row's text stayed alive (and was copied by the young-generation collector) until the
// whole was encoded at the end. Here each row is encoded at once into a growing byte buffer, outside the JavaScript
// heap, and its text is garbage immediately.

const INITIAL_BYTES = 64 * 1024;

export class Utf8Sink {
  private buffer = new Uint8Array(INITIAL_BYTES);
  private length = 0;
  private readonly encoder = new TextEncoder();

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit: room for that, and encodeInto never stops short.
    this.reserve(text.length * 3);
    this.length += this.encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** The bytes written so far (a view, valid until the next write). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + more));
    grown.set(this.bytes());
    this.buffer = grown;
  }
}
