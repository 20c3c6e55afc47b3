// The floor the command line is held to: a Node process that merely opens the given workbooks and parses the parts
// a read touches (the workbook, its shared strings, styles and every sheet), with the libraries the file door uses
// (jszip to unzip, saxes to parse, namespace-aware, with the same events listened to), and reads JSON files.
// Usage: node bench/cli-floor.js <file|folder>...
const fs = require("node:fs");
const path = require("node:path");
const JSZip = require("jszip");
const { SaxesParser } = require("saxes");

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

async function open(file) {
  const bytes = fs.readFileSync(file);
  if (file.endsWith(".json")) return JSON.parse(bytes.toString("utf8")) ? 1 : 0;
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  let events = 0;
  for (const name of Object.keys(zip.files).filter((part) => PARTS.test(part)))
    events += parse(await zip.file(name).async("string"));
  return events;
}

function filesOf(target) {
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs.readdirSync(target).flatMap((entry) => filesOf(path.join(target, entry)));
}

async function main() {
  let events = 0;
  for (const file of process.argv.slice(2).flatMap(filesOf)) events += await open(file);
  process.stdout.write(`${events}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
