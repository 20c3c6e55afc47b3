// The zip codec on Node (the command line, the tests): Node's own zlib, native. The browser builds swap this module
// for zip-codec.browser.ts (webpack.config.js), so nothing here reaches the task pane or the offline page.

import { constants } from "node:buffer";
import * as zlib from "node:zlib";
import { DEFLATE_LEVEL, InflateLimitError, type ZipCodec } from "./zip-codec-contract";
import { crc32 as crc32Table } from "./zip-crc32";

// zlib.crc32 came with Node 20.15; the table stands in before it.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

function isTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ERR_BUFFER_TOO_LARGE";
}

export const zipCodec: ZipCodec = {
  inflateRaw(data, maxBytes) {
    // zlib stops at maxOutputLength (1 to the largest buffer) and throws ERR_BUFFER_TOO_LARGE rather than allocating
    // past it.
    const maxOutputLength = Math.min(Math.max(1, maxBytes), constants.MAX_LENGTH);
    let out: Uint8Array;
    try {
      out = zlib.inflateRawSync(data, { maxOutputLength });
    } catch (error) {
      if (isTooLarge(error)) throw new InflateLimitError(maxBytes);
      throw error;
    }
    if (out.length > maxBytes) throw new InflateLimitError(maxBytes);
    return out;
  },
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: DEFLATE_LEVEL }),
  crc32: (data) => (nativeCrc32 ? nativeCrc32(data) >>> 0 : crc32Table(data)),
};
