// Preload (node --require) for the interruption tests: the temporary file of an atomic write is written at a crawl
// (4 kB every 50 ms), and SLOW_WRITES_MARKER is created once its first bytes are on disk, so a test can send a
// signal while a large write is under way. Nothing else changes.
"use strict";
const fs = require("node:fs");

const marker = process.env.SLOW_WRITES_MARKER;
const realOpen = fs.promises.open;

fs.promises.open = async function open(file, flags, mode) {
  const handle = await realOpen.call(fs.promises, file, flags, mode);
  if (!String(file).endsWith(".tmp")) return handle;
  handle.writeFile = async (data) => {
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    for (let at = 0; at < bytes.length; at += 4096) {
      await handle.write(bytes.subarray(at, Math.min(at + 4096, bytes.length)));
      if (at === 0 && marker) fs.writeFileSync(marker, "");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return handle;
};
