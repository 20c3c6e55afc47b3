// The floor the command line is held to: a Node process that merely opens the given workbooks and parses the parts
// a read touches (the workbook, its shared strings, styles and every sheet), with what the file door unzips and
// parses with (its own zip container on Node's zlib, compiled into lib/ by `npm run build:cli`; saxes,
// namespace-aware, with the same events listened to), and reads JSON files.
// Usage: node bench/cli-floor.js <file|folder>...
const fs = require("node:fs");
const path = require("node:path");
const { SaxesParser } = require("saxes");
const { ZipArchive } = require("../lib/xlsx/zip-archive");

const PARTS = /^xl\/(workbook|sharedStrings|styles|worksheets\/[^/]+)\.xml$/;

function parse(xml) {
  const parser = new SaxesParser({ xmlns: true });
  let events = 0;
  const count = () => (events += 1);
  parser.on("opentag", count);
  parser.on("closetag", count);
  parser.on("text", count);
  parser.write(xml).close();
  return events;
}

const utf8 = new TextDecoder();

function open(file) {
  const bytes = fs.readFileSync(file);
  if (file.endsWith(".json")) return JSON.parse(bytes.toString("utf8")) ? 1 : 0;
  const zip = ZipArchive.open(bytes);
  let events = 0;
  for (const entry of zip.entries.filter((part) => PARTS.test(part.name)))
    events += parse(utf8.decode(zip.inflate(entry, Number.MAX_SAFE_INTEGER)));
  return events;
}

function filesOf(target) {
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs.readdirSync(target).flatMap((entry) => filesOf(path.join(target, entry)));
}

let events = 0;
for (const file of process.argv.slice(2).flatMap(filesOf)) events += open(file);
process.stdout.write(`${events}\n`);
