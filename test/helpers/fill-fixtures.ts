import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readGridJson, type Grid } from "../../src/core/grid";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { mapTender, type TenderMapping } from "../../src/usecases/map-tender";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { TENDERS_DIR } from "./tender-expectations";

// What the fill tests share: the sample grids and tenders of ../shared/fixtures, and small buyer schedules written
// with our own writer for the cases the public tenders do not have (a TTC column, a kept price, a formula cell).

export const GRIDS_DIR = path.resolve(__dirname, "../../../shared/fixtures/grids");
export const GRID_NAMES = ["reference", "traiteur-a", "traiteur-b"] as const;

export function sampleGrid(name: string): Grid {
  const { grid } = readGridJson(JSON.parse(readFileSync(path.join(GRIDS_DIR, `${name}.json`), "utf8")));
  if (!grid) throw new Error(`grid ${name} unreadable`);
  return grid;
}

export const tenderFile = (name: string) => path.join(TENDERS_DIR, `${name}.xlsx`);

export function tenderBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(tenderFile(name)));
}

/** A workbook's snapshot and its reading, failing the test when no table is found. */
export async function readTender(
  bytes: Uint8Array,
  file: string,
): Promise<{ book: WorkbookSnapshot; mapping: TenderMapping }> {
  const book = await readWorkbook(bytes, file);
  const { mapping, findings } = mapTender({ book });
  if (!mapping) throw new Error(`no table in ${file}: ${JSON.stringify(findings)}`);
  return { book, mapping };
}

export interface SmallLine {
  readonly designation: string;
  readonly unit: string;
  /** What the HT price cell holds before the fill: a number, a formula ("=…"), or nothing. */
  readonly ht?: number | string;
  readonly ttc?: number | string;
}

const text = (cell: string, value: string): CellPlan => ({ cell, write: { kind: "text", value } });

function priceCell(cell: string, value: number | string | undefined): CellPlan {
  if (value === undefined) return { cell, write: { kind: "empty" }, style: "price" };
  if (typeof value === "number") return { cell, write: { kind: "number", value }, style: "price" };
  return { cell, write: { kind: "formula", formula: value }, style: "price" };
}

/**
 * A buyer's BPU on sheet "BPU": header on row 3 ("N°", "Désignation", "Unité", "Prix unitaire HT" and, with
 * `ttc`, "Prix unitaire TTC" typed into too), a note on row 1, lines from row 4.
 */
export function smallTenderPlan(
  lines: readonly SmallLine[],
  /** `refs`: a reference typed instead of the line's own, by cell ({ A6: "1.1" } repeats the first line's). */
  options: { ttc?: boolean; note?: string; protect?: boolean; refs?: Readonly<Record<string, string>> } = {},
): WorkbookPlan {
  const header = [
    "N°",
    "Désignation",
    "Unité",
    "Prix unitaire HT",
    ...(options.ttc ? ["Prix unitaire TTC"] : []),
  ];
  const cells: CellPlan[] = [
    text("A1", options.note ?? "Bordereau des prix unitaires — prix HT, livraison en sus."),
    ...header.map((value, index) => ({ ...text(`${"ABCDE"[index]}3`, value), style: "header" })),
    ...lines.flatMap((line, index) => {
      const row = index + 4;
      return [
        text(`A${row}`, options.refs?.[`A${row}`] ?? `1.${index + 1}`),
        text(`B${row}`, line.designation),
        text(`C${row}`, line.unit),
        priceCell(`D${row}`, line.ht),
        ...(options.ttc ? [priceCell(`E${row}`, line.ttc)] : []),
      ];
    }),
  ];
  const sheet: SheetPlan = {
    name: "BPU",
    cells,
    ...(options.protect ? { protection: {} } : {}),
  };
  return {
    sheets: [sheet],
    styles: {
      header: { font: { bold: true } },
      price: { numberFormat: "#,##0.00 €", fill: "FFFF00", locked: false },
    },
  };
}

export async function smallTender(
  lines: readonly SmallLine[],
  options: Parameters<typeof smallTenderPlan>[1] = {},
): Promise<Uint8Array> {
  return writeWorkbook(smallTenderPlan(lines, options));
}
