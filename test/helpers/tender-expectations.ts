import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { MapTenderResult } from "../../src/usecases/map-tender";

// The public tender fixtures and their expected readings (../shared/fixtures/tenders/*.expected.json), and the
// comparison used by the unit test (files as generated) and the LibreOffice test (files resaved by LibreOffice).

export const TENDERS_DIR = path.resolve(__dirname, "../../../shared/fixtures/tenders");
export const TENDER_NAMES = ["t-mairie", "t-departement", "t-etablissement"] as const;

export interface ExpectedLine {
  readonly row: number;
  readonly ref: string;
  readonly designation: string;
  readonly expect: "mapped" | "flag" | "unmapped";
  readonly variant?: unknown;
}

export interface ExpectedTender {
  readonly file: string;
  readonly sheet: string;
  readonly header_row: number;
  readonly price_columns: { readonly ht?: string; readonly ttc?: string };
  readonly quantity_column: string | null;
  readonly basis: "HT" | "TTC";
  readonly lines: readonly ExpectedLine[];
}

export async function expectedTender(name: string): Promise<ExpectedTender> {
  return JSON.parse(
    await fs.readFile(path.join(TENDERS_DIR, `${name}.expected.json`), "utf8"),
  ) as ExpectedTender;
}

/** The table as the expectations describe it: sheet, header row, price columns typed into, quantity, basis. */
export function tableOf(result: MapTenderResult) {
  const mapping = result.mapping;
  if (!mapping) return null;
  const ht = mapping.inputs.find((input) => input.basis === "HT")?.column;
  const ttc = mapping.inputs.find((input) => input.basis === "TTC")?.column;
  return {
    sheet: mapping.sheet,
    header_row: mapping.headerRow,
    price_columns: { ...(ht ? { ht } : {}), ...(ttc ? { ttc } : {}) },
    quantity_column: mapping.columns.quantity ?? null,
    basis: mapping.basis,
  };
}

/** Each expected line as read: its row, ref and designation, and whether it meets its expectation. */
export function linesAgainst(result: MapTenderResult, expected: ExpectedTender) {
  const lines = result.mapping?.lines ?? [];
  return expected.lines.map((want) => {
    const line = lines.find((candidate) => candidate.row === want.row);
    const got = line
      ? {
          row: line.row,
          ref: line.ref,
          designation: line.designation,
          status: line.status,
          variant: line.variant ? JSON.parse(JSON.stringify(line.variant)) : null,
        }
      : null;
    const status =
      want.expect === "mapped"
        ? "mapped"
        : want.expect === "unmapped"
          ? "unmapped"
          : line?.status === "unmapped"
            ? "unmapped"
            : "uncertain";
    return {
      got,
      want: {
        row: want.row,
        ref: want.ref,
        designation: want.designation,
        status,
        variant: want.expect === "mapped" ? want.variant : null,
      },
    };
  });
}
