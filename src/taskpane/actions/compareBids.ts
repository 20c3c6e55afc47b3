import type { Finding } from "../../core/findings";
import type { WorkbookSnapshot } from "../../core/workbook";
import { applyPlan, readOutline, readSnapshot, type ExcelHost } from "../../excel";
import type { Lang } from "../../i18n";
import {
  bidInputOf,
  compareTenderBids,
  type BidInput,
  type CompareBidsOptions,
  type CompareBidsResult,
} from "../../usecases/compare-bids";
import { comparisonReportHtml } from "../../usecases/compare/report/html-report";
import {
  comparisonSheetNames,
  comparisonWorkbookPlan,
  type ComparisonSheetNames,
} from "../../usecases/compare/workbook/plan";
import { readChosenBidFile } from "../../xlsx/chosen-file";
import { readWorkbook } from "../../xlsx/read";
import { offerDownload } from "./download";
import { inOneRun } from "./excelHost";

// Compare the bids from the pane: the bids chosen as files are read here by the xlsx door (nothing is uploaded),
// the original is the open workbook or a chosen file; then, in ONE Excel.run, a read of the open workbook (the
// original, or only its sheet names), the use case, and the comparison written into new sheets. The HTML report
// is built from the same result, to be offered as a download.

export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type OriginalChoice = { readonly kind: "open" } | { readonly kind: "file"; readonly file: ChosenFile };

type Ok = Extract<CompareBidsResult, { ok: true }>;

export type CompareOutcome =
  | {
      readonly kind: "compared";
      readonly result: Ok;
      readonly sheets: ComparisonSheetNames;
      readonly html: string;
    }
  /** The original cannot be compared on (no price table, TTC prices only, a caterer's grid): why. */
  | { readonly kind: "tenderUnusable"; readonly findings: readonly Finding[] }
  /** Excel lacks something the comparison sheets need: nothing was written. */
  | { readonly kind: "refused"; readonly reasons: readonly Finding[] };

/** One bid file: a grid's JSON by its name, else a workbook; a file that cannot be read, with its reason. */
export async function bidFromFile(file: ChosenFile): Promise<BidInput> {
  return bidInputOf(await readChosenBidFile(file.name, file.bytes));
}

export interface CompareRequest {
  readonly original: OriginalChoice;
  readonly bids: readonly ChosenFile[];
  readonly options: CompareBidsOptions;
  readonly lang: Lang;
  readonly date: string;
}

export async function compareInWorkbook(host: ExcelHost, request: CompareRequest): Promise<CompareOutcome> {
  const bids: BidInput[] = [];
  for (const file of request.bids) bids.push(await bidFromFile(file));
  const { original, lang } = request;
  const fromFile =
    original.kind === "file" ? await readWorkbook(original.file.bytes, original.file.name) : null;
  return inOneRun(host, async (shared): Promise<CompareOutcome> => {
    // The open workbook read once: whole when it is the original, else only its outline (sheet names); the plan is
    // applied on that read, without a read of its own.
    const open: WorkbookSnapshot = fromFile ? await readOutline(shared) : await readSnapshot(shared);
    const options = { ...request.options, today: request.date };
    const result = compareTenderBids({ tender: fromFile ?? open, bids, options });
    if (!result.ok) return { kind: "tenderUnusable", findings: result.findings };
    const takenSheets = open.sheets.map((sheet) => sheet.name);
    const plan = comparisonWorkbookPlan(result, { lang, takenSheets });
    const report = await applyPlan(plan, { host: shared, known: open });
    if (!report.applied)
      return { kind: "refused", reasons: report.findings.filter((finding) => finding.severity === "error") };
    return {
      kind: "compared",
      result,
      sheets: comparisonSheetNames(lang, takenSheets),
      html: comparisonReportHtml(result, { lang, date: request.date }),
    };
  });
}

export const REPORT_TYPE = "text/html;charset=utf-8";

export function offerReport(html: string, fileName: string): void {
  offerDownload(html, REPORT_TYPE, fileName);
}
