import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { CellSnapshot, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import type { BidInput } from "../../src/usecases/compare-bids";
import { readWorkbook } from "../../src/xlsx/read";
import { withValue } from "./bid-helpers";
import { FIXTURES } from "./pricing-helpers";

// The public bids on t-departement.xlsx as the comparison use case takes them, and the expectations of
// shared/fixtures/bids/expected-comparison.json.

export interface ExpectedBid {
  readonly file: string;
  readonly complete: boolean;
  readonly total_ht: number | null;
  readonly rank: number | null;
  readonly score_classique: number | null;
  readonly score_lineaire: number | null;
  readonly oab: boolean;
  readonly arithmetic_error: boolean;
  readonly text_price: boolean;
}

export interface ExpectedComparison {
  readonly tender: string;
  readonly points: number;
  readonly bids: readonly ExpectedBid[];
  readonly _stats: { readonly mean_ht: number; readonly sigma_ht: number; readonly threshold_ht: number };
}

export const BIDS_DIR = path.join(FIXTURES, "bids");
export const TENDERS_DIR = path.join(FIXTURES, "tenders");

export const EXPECTED = JSON.parse(
  readFileSync(path.join(BIDS_DIR, "expected-comparison.json"), "utf8"),
) as ExpectedComparison;

export async function readBook(file: string): Promise<WorkbookSnapshot> {
  return readWorkbook(new Uint8Array(readFileSync(file)), path.basename(file));
}

export const tenderBook = (): Promise<WorkbookSnapshot> => readBook(path.join(TENDERS_DIR, EXPECTED.tender));

export async function fixtureBids(): Promise<BidInput[]> {
  return Promise.all(
    EXPECTED.bids.map(async (bid) => ({
      file: bid.file,
      source: { kind: "workbook" as const, book: await readBook(path.join(BIDS_DIR, bid.file)) },
    })),
  );
}

/** The book with cells of one sheet replaced (value only; formula and format kept). */
export function withValues(
  book: WorkbookSnapshot,
  sheet: string,
  values: Readonly<Record<string, CellSnapshot["value"]>>,
): WorkbookSnapshot {
  return {
    ...book,
    sheets: book.sheets.map((one) =>
      one.name !== sheet
        ? one
        : Object.entries(values).reduce((current, [a1, value]) => withValue(current, a1, value), one),
    ),
  };
}
