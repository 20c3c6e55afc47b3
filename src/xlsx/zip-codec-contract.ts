// What the zip code asks of a compression library: raw DEFLATE both ways and CRC-32. Two implementations keep to it,
// chosen at build time: Node's own zlib for the command line (zip-codec.ts: native, several times faster than any
// JavaScript inflater) and fflate in the browser (zip-codec.browser.ts, swapped in by webpack.config.js).

/** Inflating would produce more than the bytes allowed: a decompression bomb, or a part past the door's bounds. */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`inflated data exceeds ${limit} bytes`);
    this.name = "InflateLimitError";
  }
}

export interface ZipCodec {
  /**
   * Inflates raw DEFLATE data, stopping with `InflateLimitError` as soon as the output passes `maxBytes` (never
   * holding more than that, plus one chunk); any other error means the data is not valid DEFLATE.
   */
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array;
  /** Raw DEFLATE at zlib's default level, 6. */
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** zlib's default compression level: what every .xlsx writer we know of uses. */
export const DEFLATE_LEVEL = 6;
