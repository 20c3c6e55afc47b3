// Finding the price table of a buyer's workbook: on each visible sheet the header row and the columns, then the
// sheet where prices are typed (a DQE whose prices are formulas on the BPU is not it; a notes sheet has no
// table). Each finding names the file and the sheet, and says what to do.

import type { Finding } from "../findings";
import { sheetOf } from "../workbook/lookup";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { firstColumns, priceInputs } from "./columns";
import { tenderFinding } from "./findings";
import { findHeader } from "./header-row";
import type { PriceTable } from "./model";
import { classifyRows } from "./rows";
import { SheetView } from "./sheet-view";
import { standardHeader } from "./standard-header";

export interface TableSearch {
  readonly table?: PriceTable;
  /** Sheets read as notes: visible sheets with no price table (a cover page, conditions). */
  readonly noteSheets: readonly string[];
  readonly findings: readonly Finding[];
}

interface Analysis {
  readonly view: SheetView;
  readonly table?: PriceTable;
  readonly headerRow?: number;
  readonly lines: number;
}

/** A standard schedule's header is read by its contract (standard-header.ts), any other by the buyers' words. */
function analyse(view: SheetView, book: WorkbookSnapshot): Analysis {
  const header = standardHeader(book, view) ?? findHeader(view);
  if (!header) return { view, lines: 0 };
  const columns = firstColumns(header);
  const inputs = priceInputs(view, header, columns.designation);
  const found = classifyRows({ view, header, columns, inputs });
  const lines = found.rows.filter((row) => row.kind === "line").length;
  const table: PriceTable = {
    sheet: view.name,
    headerRows: header.rows,
    columns,
    header: header.cells,
    inputs,
    rows: found.rows,
    headings: found.headings,
    hiddenLines: found.hiddenLines,
    hiddenColumns: [...view.sheet.hiddenColumns],
  };
  return { view, table, headerRow: header.row, lines };
}

/** The sheet where prices are typed: most lines; at a tie, a sheet called BPU or bordereau, then the first. */
function best(analyses: readonly Analysis[]): Analysis | undefined {
  const named = (analysis: Analysis) => (/bpu|bordereau/i.test(analysis.view.name) ? 1 : 0);
  return [...analyses]
    .filter((analysis) => analysis.lines > 0)
    .sort((a, b) => b.lines - a.lines || named(b) - named(a))[0];
}

function missingTable(file: string, analyses: readonly Analysis[], sheet?: string): Finding {
  const withHeader = analyses.find((analysis) => analysis.headerRow !== undefined);
  if (withHeader)
    return tenderFinding(
      "noInputs",
      "error",
      { file, sheet: withHeader.view.name },
      {
        file,
        sheet: withHeader.view.name,
        row: (withHeader.headerRow ?? 0) + 1,
      },
    );
  if (sheet) return tenderFinding("noTableOnSheet", "error", { file, sheet }, { file, sheet });
  return tenderFinding("noTable", "error", { file }, { file });
}

/** The price table of a workbook, or of the sheet asked; findings say why none, or what else was seen. */
export function findPriceTable(book: WorkbookSnapshot, sheetName?: string): TableSearch {
  const file = book.source;
  if (sheetName !== undefined) {
    const sheet = sheetOf(book, sheetName);
    if (!sheet)
      return {
        noteSheets: [],
        findings: [
          tenderFinding(
            "sheetMissing",
            "error",
            { file },
            {
              file,
              sheet: sheetName,
              sheets: book.sheets.map((other) => other.name).join(", "),
            },
          ),
        ],
      };
    const analysis = analyse(new SheetView(sheet), book);
    if (analysis.lines === 0)
      return { noteSheets: [], findings: [missingTable(file, [analysis], sheet.name)] };
    return { table: analysis.table, noteSheets: [], findings: [] };
  }
  const visible = book.sheets.filter((sheet) => sheet.visibility === "visible");
  const analyses = visible.map((sheet) => analyse(new SheetView(sheet), book));
  const chosen = best(analyses);
  if (!chosen?.table) return { noteSheets: [], findings: [missingTable(file, analyses)] };
  const others = analyses.filter((analysis) => analysis !== chosen && analysis.lines > 0);
  const findings = others.length
    ? [
        tenderFinding(
          "otherSheets",
          "warning",
          { file, sheet: chosen.view.name },
          {
            sheet: chosen.view.name,
            sheets: others.map((other) => other.view.name).join(", "),
          },
        ),
      ]
    : [];
  const noteSheets = analyses.filter((analysis) => !analysis.table).map((analysis) => analysis.view.name);
  return { table: chosen.table, noteSheets, findings };
}
