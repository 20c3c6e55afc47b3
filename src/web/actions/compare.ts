import type { Finding } from "../../core/findings";
import type { Lang } from "../../i18n";
import { errorMessage } from "../../ui/errors";
import {
  bidInputOf,
  compareTenderBids,
  type BidInput,
  type CompareBidsOptions,
} from "../../usecases/compare-bids";
import type { ComparedResult } from "../../usecases/compare/bid-findings";
import { comparisonReportHtml } from "../../usecases/compare/report/html-report";
import { comparisonSheetNames, comparisonWorkbookPlan } from "../../usecases/compare/workbook/plan";
import type { WorkbookPlan } from "../../core/workbook";
import { readChosenBidFile } from "../../xlsx/chosen-file";
import { fileBytes, readWorkbookFile } from "./files";

// Compare bids chosen as files: each read in this page (a workbook by the xlsx door, a grid's JSON as text; a file
// that cannot be read becomes an "unreadable" bid with its reason, never a stop), the original schedule read the
// same way, then the use case. Its result gives the comparison workbook's plan and the HTML report, both offered as
// downloads by the flow.

function unreadable(file: string, error: unknown): BidInput {
  const { key, params } = errorMessage(error);
  const finding: Finding = { code: key, severity: "error", location: { file }, messageKey: key, params };
  return { file, source: { kind: "unreadable", finding } };
}

/** One bid file: a grid's JSON by its name, else a workbook; a file too large or that cannot be read, with its reason. */
export async function bidFromFile(file: File): Promise<BidInput> {
  let bytes: Uint8Array;
  try {
    bytes = await fileBytes(file);
  } catch (error) {
    return unreadable(file.name, error);
  }
  return bidInputOf(await readChosenBidFile(file.name, bytes));
}

export type CompareOutcome =
  | {
      readonly kind: "compared";
      readonly result: ComparedResult;
      readonly plan: WorkbookPlan;
      readonly findingsSheet: string;
      readonly html: string;
    }
  /** The original cannot be compared on (no price table, TTC prices only, a caterer's grid): why. */
  | { readonly kind: "tenderUnusable"; readonly findings: readonly Finding[] };

export interface CompareRequest {
  readonly original: File;
  readonly bids: readonly File[];
  readonly options: CompareBidsOptions;
  readonly lang: Lang;
  /** ISO date of the comparison, as the report states it. */
  readonly date: string;
}

export async function compareFiles(request: CompareRequest): Promise<CompareOutcome> {
  const { lang } = request;
  const tender = await readWorkbookFile(request.original);
  const bids: BidInput[] = [];
  for (const file of request.bids) bids.push(await bidFromFile(file));
  // Today's date, so a bid read from a grid whose prices have expired is said so, as in the pane and the CLI.
  const result = compareTenderBids({ tender, bids, options: { ...request.options, today: request.date } });
  if (!result.ok) return { kind: "tenderUnusable", findings: result.findings };
  return {
    kind: "compared",
    result,
    plan: comparisonWorkbookPlan(result, { lang, takenSheets: [] }),
    findingsSheet: comparisonSheetNames(lang).findings,
    html: comparisonReportHtml(result, { lang, date: request.date }),
  };
}
