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
import { fillWorkbook } from "../../src/xlsx/fill";
import { openPackage } from "../../src/xlsx/package";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { GRIDS_DIR } from "./template-helpers";

// Tampered templates, made by editing a generated file (fillWorkbook, or string edits inside the zip): each
// tampering is reported with its sheet and cell.

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

async function filled(edits: readonly CellEdit[]): Promise<Uint8Array> {
  const result = await fillWorkbook(original, edits, "template.xlsx");
  expect(result.report.refused).toEqual([]);
  return result.data;
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
