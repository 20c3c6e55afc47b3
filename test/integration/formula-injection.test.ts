import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sampleGrids } from "../../src/cli/demo/sample-grids";
import { readGridJson } from "../../src/core/grid";
import { buildSchedulePlan } from "../../src/core/schedule";
import type { WorkbookPlan } from "../../src/core/workbook";
import { collectGrids, readReturnedGrid, registerPlan } from "../../src/usecases/collect-grids";
import { compareTenderBids } from "../../src/usecases/compare-bids";
import { comparisonWorkbookPlan } from "../../src/usecases/compare/workbook/plan";
import { makeTemplate } from "../../src/usecases/make-template";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { tenderBytes } from "../helpers/fill-fixtures";
import { recalculateMany, type RecalcBook } from "../helpers/libreoffice";
import { fixtureBids, tenderBook, withValues } from "../unit/compare-usecase-helpers";
import { fixtureJson } from "../unit/pricing-helpers";

// Text from strangers that a spreadsheet would take for a formula — starting with "=", "+", "-" or "@" — goes
// into every workbook the product writes: the template (a caterer's company name), the buyer's schedule (its
// title and references), a filled tender (a text typed through the fill), the comparison workbook (a bidder's
// name and a designation) and the facilitator's register (company names). In each, our reader finds a text cell
// with no formula, and LibreOffice, opening the file and recalculating everything, shows the text as typed: none
// is evaluated. (The Excel door's side, text written under the "@" format, is test/unit/excel-blocks.test.ts.)

const PAYLOADS = ["=1+1", "+1+1", "-1+1", "@SUM(1,1)"] as const;

let dir = "";
const written: { name: string; file: string; bytes: Uint8Array }[] = [];
let engine: RecalcBook[] = [];

async function write(name: string, bytes: Uint8Array): Promise<void> {
  const file = path.join(dir, `${name}.xlsx`);
  await fs.writeFile(file, bytes);
  written.push({ name, file, bytes });
}

/** Each payload's cells in a written workbook, found by our reader: sheet, address, and whether it is a formula. */
async function payloadCells(bytes: Uint8Array) {
  const book = await readWorkbook(bytes, "sortie.xlsx");
  return book.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        cell.value.type === "text" &&
        PAYLOADS.some((payload) => cell.value.type === "text" && cell.value.value.includes(payload))
          ? [{ sheet: sheet.name, row: sheet.range.row + r, column: sheet.range.column + c, cell }]
          : [],
      ),
    ),
  );
}

function templatePlan(): WorkbookPlan {
  const json = fixtureJson("grids", "reference.json") as { entreprise: Record<string, unknown> };
  const { grid } = readGridJson({
    ...json,
    entreprise: { ...json.entreprise, raison_sociale: PAYLOADS[0], contact: PAYLOADS[3] },
  });
  if (!grid) throw new Error("grid unreadable");
  return makeTemplate({ lang: "fr", grid });
}

function schedulePlan(): WorkbookPlan {
  const lines = [
    { variant: { product: "cocktail", pieces: 8, extras: [], unit: "personne", basis: "HT" }, quantity: 100 },
    { variant: { product: "buffet_froid", extras: [], unit: "personne", basis: "HT" }, quantity: 50 },
  ] as Parameters<typeof buildSchedulePlan>[0]["lines"];
  return buildSchedulePlan({
    lang: "fr",
    title: PAYLOADS[0],
    lines: lines.map((line, index) => ({ ...line, ref: PAYLOADS[index + 1] })),
  });
}

async function comparisonPlan(): Promise<WorkbookPlan> {
  const tender = withValues(await tenderBook(), "BPU-DQE", { B16: { type: "text", value: PAYLOADS[2] } });
  const bids = (await fixtureBids()).map((bid, index) =>
    bid.source.kind === "workbook"
      ? {
          ...bid,
          source: {
            kind: "workbook" as const,
            book: withValues(bid.source.book, "BPU-DQE", {
              C8: { type: "text", value: PAYLOADS[index % PAYLOADS.length] },
              B16: { type: "text", value: PAYLOADS[2] },
            }),
          },
        }
      : bid,
  );
  const result = compareTenderBids({ tender, bids, options: { points: 40 } });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return comparisonWorkbookPlan(result, { lang: "fr" });
}

function registerWorkbookPlan(): WorkbookPlan {
  const samples = sampleGrids({
    count: 8,
    validUntil: "2027-06-30",
    expiredUntil: "2026-06-30",
    expiredEvery: 6,
  });
  const grids = samples.map(({ name, json }, index) => {
    const entreprise = { ...(json.entreprise as object), raison_sociale: PAYLOADS[index % PAYLOADS.length] };
    return readReturnedGrid(
      { kind: "json", file: `${name}.json`, value: { ...json, entreprise } },
      { today: "2026-12-01" },
    );
  });
  return registerPlan(collectGrids(grids, { today: "2026-12-01" }), { lang: "fr" });
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-injection-"));
  await write("modele", await writeWorkbook(templatePlan()));
  await write("bordereau", await writeWorkbook(schedulePlan()));
  const filled = await fillWorkbookBytes(
    tenderBytes("t-mairie"),
    "t-mairie.xlsx",
    PAYLOADS.map((value, index) => ({ sheet: "BPU", cell: `D${13 + index}`, value })),
  );
  expect(filled.report.written).toHaveLength(PAYLOADS.length);
  await write("reponse", filled.data);
  await write("comparaison", await writeWorkbook(await comparisonPlan()));
  await write("registre", await writeWorkbook(registerWorkbookPlan()));
  engine = await recalculateMany(written.map((one) => one.file));
}, 300_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test.each(["modele", "bordereau", "reponse", "comparaison", "registre"])(
  "%s: text starting with =, +, - or @ is written as text, never a formula, and LibreOffice shows it as typed",
  async (name) => {
    const index = written.findIndex((one) => one.name === name);
    const cells = await payloadCells(written[index].bytes);
    expect(cells.length).toBeGreaterThan(0);
    for (const { cell } of cells) expect(cell.formula).toBeUndefined();
    const shown = new Set(
      cells.map(({ sheet, row, column }) => String(engine[index].sheet(sheet).rows[row]?.[column] ?? "")),
    );
    for (const text of shown) expect(PAYLOADS.some((payload) => text.includes(payload))).toBe(true);
  },
);

test("the payloads reach every output: each workbook holds at least one of them, the filled tender all four", async () => {
  const found = await Promise.all(written.map(async (one) => (await payloadCells(one.bytes)).length));
  expect(found.every((count) => count > 0)).toBe(true);
  expect(found[written.findIndex((one) => one.name === "reponse")]).toBe(PAYLOADS.length);
});
