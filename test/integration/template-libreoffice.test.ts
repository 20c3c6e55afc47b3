import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readGridJson, writeGridJson, type Grid } from "../../src/core/grid";
import { cents as toCents } from "../../src/core/money";
import { priceVariant } from "../../src/core/pricing";
import {
  SIMULATOR_CELLS,
  SIMULATOR_COLUMNS,
  SIMULATOR_FIRST_ROW,
  SIMULATOR_ROWS,
  TEMPLATE_SHEETS,
  buildTemplatePlan,
  readTemplate,
  simulatorVariant,
} from "../../src/core/template";
import type { Zone } from "../../src/core/variant";
import type { Lang } from "../../src/i18n";
import type { CellEdit } from "../../src/core/workbook";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { recalculateMany, requireTool, resave, type RecalcSheet } from "../helpers/libreoffice";
import { GRID_NAMES, fixtureJson } from "./template-helpers";

// LibreOffice opens the template, recalculates the simulator, and every price equals the engine's to the cent,
// for each sample grid, for guests counts and zones the caterer types, and after a grid price is changed. Then
// LibreOffice re-saves a filled template and reading it back gives the same grid.

interface Case {
  readonly label: string;
  readonly lang: Lang;
  /** The grid the template is written with. */
  readonly base: Grid;
  /** The grid the caterer ends up with (base + edits): what the engine prices. */
  readonly grid: Grid;
  readonly guests: number;
  readonly zone: Zone;
  /** Edits typed into the filled template before LibreOffice opens it. */
  readonly edits: readonly CellEdit[];
}

function namedCell(name: string): { sheet: string; cell: string } {
  const ref = buildTemplatePlan({ lang: "fr" }).names?.find((one) => one.name === name)?.ref ?? "";
  const bang = ref.lastIndexOf("!");
  return { sheet: ref.slice(0, bang).replace(/^'|'$/g, ""), cell: ref.slice(bang + 1).replace(/\$/g, "") };
}

const simulatorEdits = (guests: number, zone: Zone, lang: Lang = "fr"): CellEdit[] => [
  { sheet: TEMPLATE_SHEETS[lang].simulator, cell: SIMULATOR_CELLS.guests, value: guests },
  { sheet: TEMPLATE_SHEETS[lang].simulator, cell: SIMULATOR_CELLS.zone, value: zone },
];

async function grids(): Promise<Record<string, Grid>> {
  const entries = await Promise.all(
    GRID_NAMES.map(async (name) => [name, readGridJson(await fixtureJson(name)).grid as Grid] as const),
  );
  return Object.fromEntries(entries);
}

function casesOf(byName: Record<string, Grid>): Case[] {
  const reference = byName.reference;
  const repriced: Grid = {
    ...reference,
    prices: {
      ...reference.prices,
      "cocktail.formule.6": toCents(1015),
      "livraison.grande_couronne": toCents(9999),
    },
  };
  const plain = (label: string, grid: Grid, guests: number, zone: Zone, lang: Lang = "fr"): Case => ({
    label,
    lang,
    base: grid,
    grid,
    guests,
    zone,
    edits: guests === 50 && zone === "paris" ? [] : simulatorEdits(guests, zone, lang),
  });
  return [
    ...GRID_NAMES.map((name) => plain(`${name}, as written`, byName[name], 50, "paris")),
    plain("reference, 12 guests, grande couronne", reference, 12, "grande_couronne"),
    plain("traiteur-a, 120 guests, petite couronne", byName["traiteur-a"], 120, "petite_couronne"),
    plain("traiteur-b, 7 guests, grande couronne", byName["traiteur-b"], 7, "grande_couronne"),
    plain(
      "traiteur-b, English template, 33 guests, petite couronne",
      byName["traiteur-b"],
      33,
      "petite_couronne",
      "en",
    ),
    {
      label: "reference with two prices changed by the caterer, 30 guests, grande couronne",
      lang: "fr",
      base: reference,
      grid: repriced,
      guests: 30,
      zone: "grande_couronne",
      edits: [
        ...simulatorEdits(30, "grande_couronne"),
        { ...namedCell("GCT_cocktail_formule_6"), value: 10.15 },
        { ...namedCell("GCT_livraison_grande_couronne"), value: 99.99 },
      ],
    },
  ];
}

/** The file a case opens: the template filled with its grid's first version, then the caterer's edits typed in. */
async function caseFile(one: Case, dir: string, index: number): Promise<string> {
  let data = await writeWorkbook(buildTemplatePlan({ lang: one.lang, grid: one.base }));
  if (one.edits.length > 0) {
    // The caterer retypes cells the template filled (guests, zone, prices): input cells, replaced on purpose.
    const filled = await fillWorkbookBytes(data, "case.xlsx", one.edits, { overwrite: true });
    expect(filled.report.refused).toEqual([]);
    data = filled.data;
  }
  const file = path.join(dir, `case-${index}.xlsx`);
  await fs.writeFile(file, data);
  return file;
}

function cents(value: unknown): number | string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? Math.round(value * 100) : String(value);
}

let dir = "";
let cases: Case[] = [];
let books: RecalcSheet[] = [];
let byName: Record<string, Grid> = {};
let resaved: Uint8Array = new Uint8Array();
let blank: RecalcSheet;

beforeAll(async () => {
  requireTool("soffice");
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-template-lo-"));
  byName = await grids();
  cases = casesOf(byName);
  const files = await Promise.all(cases.map((one, index) => caseFile(one, dir, index)));
  const blankFile = path.join(dir, "blank.xlsx");
  await fs.writeFile(blankFile, await writeWorkbook(buildTemplatePlan({ lang: "fr" })));
  const recalculated = await recalculateMany([...files, blankFile]);
  books = recalculated
    .slice(0, files.length)
    .map((book, index) => book.sheet(TEMPLATE_SHEETS[cases[index].lang].simulator));
  blank = recalculated[files.length].sheet(TEMPLATE_SHEETS.fr.simulator);
  const original = path.join(dir, "resave-in.xlsx");
  await fs.writeFile(
    original,
    await writeWorkbook(buildTemplatePlan({ lang: "fr", grid: byName["traiteur-a"] })),
  );
  const out = path.join(dir, "resave-out.xlsx");
  await resave(original, out);
  resaved = new Uint8Array(await fs.readFile(out));
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("LibreOffice opens every template and shows the guests it was given", () => {
  expect(books.map((book) => book.cell(SIMULATOR_CELLS.guests))).toEqual(cases.map((one) => one.guests));
});

describe.each(Array.from({ length: 8 }, (_v, index) => index))("simulator case %i", (index) => {
  test("every simulator price equals the engine (priceVariant) to the cent, HT and TTC", () => {
    const one = cases[index];
    const sheet = books[index];
    const rows = SIMULATOR_ROWS.map((row, line) => {
      const at = SIMULATOR_FIRST_ROW + line;
      const ht = priceVariant(one.grid, simulatorVariant(row, one.guests, one.zone, "HT"));
      const ttc = priceVariant(one.grid, simulatorVariant(row, one.guests, one.zone, "TTC"));
      return {
        label: `${one.label}: ${row.product} ${row.pieces ?? ""} ${row.unit}`,
        got: [
          cents(sheet.cell(`${SIMULATOR_COLUMNS.ht}${at}`)),
          cents(sheet.cell(`${SIMULATOR_COLUMNS.ttc}${at}`)),
        ],
        // A variant the grid cannot price shows a blank cell, never #N/A.
        want: [ht.ok ? ht.ht : "", ttc.ok ? ttc.ttc : ""],
      };
    });
    expect(rows.filter((row) => row.got[0] !== row.want[0] || row.got[1] !== row.want[1])).toEqual([]);
    expect(rows.some((row) => typeof row.want[0] === "number")).toBe(true);
  });
});

test("the blank template as handed out shows no #N/A: every simulator price is a blank cell", () => {
  const shown = SIMULATOR_ROWS.flatMap((_row, line) =>
    [SIMULATOR_COLUMNS.ht, SIMULATOR_COLUMNS.ttc].map((column) =>
      blank.cell(`${column}${SIMULATOR_FIRST_ROW + line}`),
    ),
  );
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((value) => value !== "" && value !== null && value !== undefined)).toEqual([]);
});

test("after LibreOffice re-saves a filled template, reading it gives the same grid, with no finding", async () => {
  const reading = readTemplate(await readWorkbook(resaved, "resaved.xlsx"));
  expect(reading.findings.filter((one) => one.severity !== "info")).toEqual([]);
  expect(reading.version).toBe("1.0");
  expect(writeGridJson(reading.grid as Grid)).toEqual(writeGridJson(byName["traiteur-a"]));
});
