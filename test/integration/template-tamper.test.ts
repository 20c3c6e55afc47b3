import { promises as fs } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { readGridJson, type Grid } from "../../src/core/grid";
import {
  LAYOUT_NAMES,
  TEMPLATE_SHEETS,
  buildTemplatePlan,
  readTemplate,
  type TemplateReading,
} from "../../src/core/template";
import type { CellEdit } from "../../src/core/workbook";
import { applyFillPlan } from "../../src/xlsx/fill";
import { openPackage } from "../../src/xlsx/package";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { GRIDS_DIR } from "./template-helpers";

// Tampered templates, made by editing a generated file (the xlsx door's writer of fill edits, or string edits inside
// the zip): each tampering is reported with its sheet and cell.

const SHEETS = TEMPLATE_SHEETS.fr;
let original: Uint8Array = new Uint8Array();
let grid: Grid;

function namedCell(name: string): { sheet: string; cell: string } {
  const ref = buildTemplatePlan({ lang: "fr" }).names?.find((one) => one.name === name)?.ref ?? "";
  const bang = ref.lastIndexOf("!");
  return { sheet: ref.slice(0, bang).replace(/^'|'$/g, ""), cell: ref.slice(bang + 1).replace(/\$/g, "") };
}

const rowOf = (cell: string) => Number(/\d+/.exec(cell)?.[0]);

async function read(data: Uint8Array): Promise<TemplateReading> {
  return readTemplate(await readWorkbook(data, "tampered.xlsx"));
}

/** Writes `edits` as they are, without the fill plan's rules: tampering is what a user types where no fill would. */
async function filled(edits: readonly CellEdit[]): Promise<Uint8Array> {
  return (await applyFillPlan(original, "template.xlsx", { edits, refused: [], recalculate: [] })).data;
}

/** Rewrites one sheet's XML inside the zip. */
async function editSheet(sheet: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const pkg = await openPackage(original, "template.xlsx");
  const part = pkg.sheets.find((one) => one.name === sheet)?.path as string;
  const zip = await JSZip.loadAsync(original);
  const xml = await zip.file(part)!.async("string");
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  zip.file(part, changed);
  return zip.generateAsync({ type: "uint8array" });
}

const at = (reading: TemplateReading, code: string) =>
  reading.findings
    .filter((one) => one.code === code)
    .map((one) => ({ id: one.id, severity: one.severity, ...one.location }));

beforeAll(async () => {
  grid = readGridJson(JSON.parse(await fs.readFile(path.join(GRIDS_DIR, "reference.json"), "utf8")))
    .grid as Grid;
  original = await writeWorkbook(buildTemplatePlan({ lang: "fr", grid }));
});

test("the untouched template reads back with no error or warning", async () => {
  const reading = await read(original);
  expect(reading.findings.filter((one) => one.severity !== "info")).toEqual([]);
});

test("a row deleted: the id is missing where its row was", async () => {
  const target = namedCell("GCT_boissons_vin");
  const row = rowOf(target.cell);
  const data = await editSheet(SHEETS.prices, (xml) =>
    xml.replace(new RegExp(`<row r="${row}"[^>]*>[\\s\\S]*?</row>`), ""),
  );
  const reading = await read(data);
  expect(at(reading, "template.finding.idMissing")).toEqual([
    { id: "boissons.vin", severity: "error", path: "boissons.vin", ...target },
  ]);
  expect(reading.grid).toBeNull();
});

test("an id changed: reported on the row's cell and on the unknown id", async () => {
  const target = namedCell("GCT_plateau_prestige");
  const idCell = `E${rowOf(target.cell)}`;
  const reading = await read(await filled([{ sheet: SHEETS.prices, cell: idCell, value: "plateau.royal" }]));
  expect(at(reading, "template.finding.idMissing")).toEqual([
    { id: "plateau.prestige", severity: "error", path: "plateau.prestige", ...target },
  ]);
  expect(at(reading, "template.finding.idUnknown")).toEqual([
    { id: undefined, severity: "error", sheet: SHEETS.prices, cell: idCell },
  ]);
});

test("a formula typed into a price cell: reported on that cell", async () => {
  const target = namedCell("GCT_buffet_chaud");
  const data = await editSheet(SHEETS.prices, (xml) =>
    xml.replace(
      new RegExp(`<c r="${target.cell}"([^>]*?)(/>|>[\\s\\S]*?</c>)`),
      `<c r="${target.cell}"$1><f>25+2.5</f><v>27.5</v></c>`,
    ),
  );
  const reading = await read(data);
  expect(at(reading, "template.finding.formula")).toEqual([
    { id: "buffet.chaud", severity: "error", path: "buffet.chaud", ...target },
  ]);
  expect(reading.grid).toBeNull();
});

test("protection removed: reported on the sheet", async () => {
  const data = await editSheet(SHEETS.identity, (xml) => xml.replace(/<sheetProtection[^>]*\/>/, ""));
  const reading = await read(data);
  expect(at(reading, "template.finding.protection")).toEqual([
    { id: undefined, severity: "warning", sheet: SHEETS.identity, cell: "A1" },
  ]);
});

test("a version changed: reported on the version cell, no grid", async () => {
  const version = namedCell(LAYOUT_NAMES.version);
  const reading = await read(await filled([{ ...version, value: "2.0" }]));
  expect(reading.version).toBe("2.0");
  expect(at(reading, "template.finding.version")).toEqual([{ id: undefined, severity: "error", ...version }]);
  expect(reading.grid).toBeNull();
});

test("an input left empty: the required value is reported on its cell", async () => {
  const target = namedCell("GCT_entreprise_raison_sociale");
  const reading = await read(await filled([{ ...target, value: null }]));
  expect(at(reading, "grid.required")).toEqual([
    { id: "entreprise.raison_sociale", severity: "error", path: "entreprise.raison_sociale", ...target },
  ]);
});

test("an amount typed as text is read with the French parser and reported as a warning", async () => {
  const target = namedCell("GCT_pause_cafe");
  const reading = await read(await filled([{ ...target, value: "4,95 €" }]));
  expect(reading.grid?.prices["pause.cafe"]).toBe(495);
  expect(at(reading, "template.finding.textAmount")).toEqual([
    { id: "pause.cafe", severity: "warning", path: "pause.cafe", ...target },
  ]);
});

/** Rewrites one part of the zip (e.g. xl/workbook.xml). */
async function editPart(part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const xml = await zip.file(part)!.async("string");
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  zip.file(part, changed);
  return zip.generateAsync({ type: "uint8array" });
}

test("merged cells over inputs: each covered input is an error on its cell, and no grid is given", async () => {
  // Excel keeps only the top-left value of a merge and shows it over the area: the value read may not be the
  // one seen, so it is never trusted silently.
  const first = namedCell("GCT_cocktail_formule_8");
  const second = namedCell("GCT_cocktail_formule_10");
  const range = `C${rowOf(first.cell)}:${second.cell}`;
  const data = await editSheet(SHEETS.prices, (xml) =>
    xml.replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`),
  );
  const reading = await read(data);
  expect(at(reading, "template.finding.merged")).toEqual([
    { id: "cocktail.formule.8", severity: "error", path: "cocktail.formule.8", ...first },
    { id: "cocktail.formule.10", severity: "error", path: "cocktail.formule.10", ...second },
  ]);
  expect(reading.findings.find((one) => one.code === "template.finding.merged")?.params?.range).toBe(range);
  expect(reading.grid).toBeNull();
});

test("a price cell whose stored value is not a number is reported, not read as blank", async () => {
  const target = namedCell("GCT_buffet_froid");
  const data = await editSheet(SHEETS.prices, (xml) =>
    xml.replace(
      new RegExp(`<c r="${target.cell}"([^>]*?)(/>|>[\\s\\S]*?</c>)`),
      `<c r="${target.cell}"$1><v>douze</v></c>`,
    ),
  );
  const reading = await read(data);
  expect(at(reading, "template.finding.amount")).toEqual([
    { id: "buffet.froid", severity: "error", path: "buffet.froid", ...target },
  ]);
  expect(reading.grid).toBeNull();
});

test("the prices sheet deleted: each price is missing, placed on no other sheet's cell", async () => {
  const data = await editPart("xl/workbook.xml", (xml) =>
    xml.replace(new RegExp(`<sheet name="${SHEETS.prices}"[^>]*/>`), ""),
  );
  const reading = await read(data);
  const missing = reading.findings.filter((one) => one.code === "template.finding.idMissing");
  expect(missing.length).toBeGreaterThan(10);
  expect(missing.map((one) => one.location?.sheet)).toEqual(missing.map(() => undefined));
  expect(reading.grid).toBeNull();
});

test("the prices sheet hidden: still read, with a warning on the sheet", async () => {
  const data = await editPart("xl/workbook.xml", (xml) =>
    xml.replace(`<sheet name="${SHEETS.prices}"`, `<sheet name="${SHEETS.prices}" state="hidden"`),
  );
  const reading = await read(data);
  expect(at(reading, "template.finding.hiddenSheet")).toEqual([
    { id: undefined, severity: "warning", sheet: SHEETS.prices, cell: "A1" },
  ]);
  expect(reading.grid?.prices["buffet.froid"]).toBe(grid.prices["buffet.froid"]);
});

test("a percentage typed as 45 in a percent cell (4500 %): an error saying to type 45 %", async () => {
  const target = namedCell("GCT_engagements_part_bio_pct");
  const reading = await read(await filled([{ ...target, value: 45 }]));
  expect(at(reading, "template.finding.percentScale")).toEqual([
    { id: "engagements.part_bio_pct", severity: "error", path: "engagements.part_bio_pct", ...target },
  ]);
  // One message per cell: the range rule's "4500 is not between 0 and 100" is not added on top.
  expect(at(reading, "grid.percent")).toEqual([]);
});

test("an identity text starting with = is kept as typed and flagged as a warning on its cell", async () => {
  const target = namedCell("GCT_entreprise_raison_sociale");
  const typed = '=HYPERLINK("http://exemple.invalid","Traiteur")';
  const reading = await read(await filled([{ ...target, value: typed }]));
  expect(reading.grid?.identity["entreprise.raison_sociale"]).toBe(typed);
  expect(at(reading, "grid.formulaLike")).toEqual([
    { id: "entreprise.raison_sociale", severity: "warning", path: "entreprise.raison_sociale", ...target },
  ]);
});
