// The zip codec in the browser (task pane, offline page): fflate, pure JavaScript. webpack.config.js puts this module
// in place of zip-codec.ts, which holds Node's zlib.

import { deflateSync, Inflate } from "fflate";
import { DEFLATE_LEVEL, InflateLimitError, type ZipCodec } from "./zip-codec-contract";
import { crc32 } from "./zip-crc32";

/**
 * Compressed bytes handed to the inflater at a time: DEFLATE expands at most ~1 032 times, so one slice can never
 * make more than ~16 MiB before the bound is checked again.
 */
const SLICE = 16 * 1024;

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export const zipCodec: ZipCodec = {
  inflateRaw(data, maxBytes) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > maxBytes) throw new InflateLimitError(maxBytes);
      chunks.push(chunk);
    });
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += SLICE)
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    return concat(chunks, total);
  },
  deflateRaw: (data) => deflateSync(data, { level: DEFLATE_LEVEL }),
  crc32,
};
