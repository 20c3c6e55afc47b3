import type { Finding } from "../../core/findings";
import type { Grid } from "../../core/grid";
import type { WorkbookSnapshot } from "../../core/workbook";
import { XLSX_TYPE, offerDownload } from "../../ui/download";
import { fillTender, type TenderFillReport } from "../../usecases/fill-tender";
import { mapTender, type LineCorrection, type TenderMapping } from "../../usecases/map-tender";
import { checkReadyToSubmit, type ReadyCheck } from "../../usecases/ready-to-submit";
import { applyFillPlan } from "../../xlsx/fill";
import { readWorkbook } from "../../xlsx/read";
import { fileBytes } from "./files";

// Answer a tender chosen as a file: the xlsx door reads the buyer's workbook, the use cases map it (with the
// caterer's corrections), price and fill it through the same fill plan as the command line and the pane; the door
// writes the plan's edits into a copy (every other byte kept) offered as a download, read back for "ready to submit".

/** The buyer's workbook as chosen: its bytes (the copy is made from them), its reading with the corrections. */
export interface TenderFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly book: WorkbookSnapshot;
  readonly mapping: TenderMapping | null;
  readonly findings: readonly Finding[];
}

export async function readTenderFile(file: File): Promise<TenderFile> {
  const bytes = await fileBytes(file);
  const book = await readWorkbook(bytes, file.name);
  return { name: file.name, bytes, book, ...mapTender({ book }) };
}

/** The reading of the same workbook with the caterer's corrections (the file is not read again). */
export function correctedTender(tender: TenderFile, corrections: readonly LineCorrection[]): TenderFile {
  if (!tender.mapping) return tender;
  const sheet = tender.mapping.sheet;
  return { ...tender, ...mapTender({ book: tender.book, sheet, corrections }) };
}

export interface FilledTender {
  readonly report: TenderFillReport;
  /** The filled copy read again: nothing of the caterer's grid may be left in it. */
  readonly ready: ReadyCheck;
}

/** Fills a copy of the buyer's workbook, offers it as `fileName`, and checks it before it is sent. */
export async function fillTenderCopy(
  tender: TenderFile & { readonly mapping: TenderMapping },
  grid: Grid,
  overwrite: boolean,
  fileName: string,
): Promise<FilledTender> {
  const { book, mapping, bytes, name } = tender;
  const filled = fillTender({ book, mapping, grid, overwrite });
  // The file door writes exactly the plan's edits: the plan's report is the copy's.
  const { data } = await applyFillPlan(bytes, name, filled.plan);
  offerDownload(new Uint8Array(data), XLSX_TYPE, fileName);
  const copy = await readWorkbook(data, fileName);
  return { report: filled.report, ready: checkReadyToSubmit(copy, mapping.sheet) };
}

/** "offre.xlsx" → "offre": the copy's name is made from it. */
export const baseName = (file: string): string => file.replace(/\.[^.]*$/, "");
