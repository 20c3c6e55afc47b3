#!/usr/bin/env node
// Times the xlsx reader (the compiled CLI's, in lib/) on two generated workbooks: a 50 000-cell sheet read in full
// (texts, numbers, shared and plain formulas, booleans, inline strings) and a 1 000 000-cell sheet refused by the
// cell bound. Reports the best and median wall and CPU times; the machine's load moves wall times a lot.
// Usage: npm run build:cli && node scripts/bench-read.js [runs]
const JSZip = require("jszip");
const path = require("node:path");
const { readWorkbook } = require(path.resolve(__dirname, "..", "lib", "xlsx", "read.js"));

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

function tenderRow(r, strings) {
  const s = (text) => {
    if (!strings.has(text)) strings.set(text, strings.size);
    return strings.get(text);
  };
  const shared = r === 1 ? '<f t="shared" ref="F1:F5000" si="0">D1*E1</f>' : '<f t="shared" si="0"/>';
  return (
    `<row r="${r}"><c r="A${r}" s="1" t="s"><v>${s(`${Math.floor(r / 10)}.${r % 10}`)}</v></c>` +
    `<c r="B${r}" s="1" t="s"><v>${s(`Désignation de la ligne ${r} &amp; café`)}</v></c>` +
    `<c r="C${r}" t="s"><v>${s(r % 3 ? "pièce" : "kg")}</v></c><c r="D${r}" s="2"><v>${(r * 1.37).toFixed(2)}</v></c>` +
    `<c r="E${r}" s="2"><v>${r % 50}</v></c><c r="F${r}" s="2">${shared}<v>1</v></c>` +
    `<c r="G${r}" s="2"><f>ROUND(F${r}*1.2,2)</f><v>1</v></c><c r="H${r}" t="b"><v>${r % 2}</v></c>` +
    `<c r="I${r}" t="inlineStr"><is><t>note ${r}</t></is></c><c r="J${r}" s="3"><v>0.055</v></c></row>`
  );
}

function plainRow(r) {
  return `<row r="${r}">${[..."ABCDEFGHIJ"].map((l) => `<c r="${l}${r}"><v>${r}</v></c>`).join("")}</row>`;
}

async function workbook(rows, row) {
  const strings = new Map();
  const sheet = [];
  for (let r = 1; r <= rows; r++) sheet.push(row(r, strings));
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="BPU" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  const items = [...strings.keys()].map((text) => `<si><t>${text}</t></si>`).join("");
  zip.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN}" count="${strings.size}">${items}</sst>`);
  zip.file(
    "xl/styles.xml",
    `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="49"/><xf numFmtId="164"><protection locked="0"/></xf><xf numFmtId="10"/></cellXfs></styleSheet>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="${MAIN}"><sheetData>${sheet.join("")}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function time(label, data, runs) {
  const wall = [];
  const cpu = [];
  let outcome = "";
  for (let i = 0; i < runs + 2; i++) {
    const started = process.hrtime.bigint();
    const usage = process.cpuUsage();
    outcome = await readWorkbook(data, "bench.xlsx").then(
      (book) => `${book.sheets[0].range.rowCount} rows read`,
      (error) => `refused: ${error.code}`,
    );
    const used = process.cpuUsage(usage);
    if (i < 2) continue; // warm-up
    wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    cpu.push((used.user + used.system) / 1000);
  }
  const stat = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `best ${sorted[0].toFixed(0)} ms, median ${sorted[sorted.length >> 1].toFixed(0)} ms`;
  };
  console.log(`${label} (${outcome}): wall ${stat(wall)}; CPU ${stat(cpu)}`);
}

(async () => {
  const runs = Number(process.argv[2] ?? 15);
  await time("50 000 cells", await workbook(5_000, tenderRow), runs);
  await time("1 000 000 cells", await workbook(100_000, plainRow), Math.max(3, Math.round(runs / 3)));
})();
