// Filling cells of the open workbook: the core's fill plan decides what may be written (`buildFillPlan`), this door
// writes its edits in ONE Excel.run, grouped in rectangles, in as few syncs as the payload allows, and decides
// nothing about which cells may be filled. Numbers go in as numbers; text Excel would reinterpret gets the Text
// format "@" first, and is reported as not written where the sheet's protection forbids that format.

import type { Finding } from "../core/findings";
import {
  type FillPlan,
  type FillReport,
  type WorkbookSnapshot,
  cellOf,
  formatCell,
  sheetOf,
} from "../core/workbook";
import { BatchWriteError, DEFAULT_PAYLOAD_LIMIT_BYTES, writeInBatches } from "./batches";
import { interruptedFill } from "./fill-failure";
import { type FillTargets, fillWrites } from "./fill-writes";
import type { ExcelHost } from "./host";
import { type ReadOptions, readInContext } from "./read";
import { fillRequirementFindings } from "./requirements";
import { excelWouldReinterpret } from "./text";

export interface ExcelFillOptions {
  readonly host: ExcelHost;
  /** Budget per request in bytes (estimated); default 4 MB, under Excel on the web's 5 MB limit. */
  readonly payloadLimitBytes?: number;
}

export interface ExcelFillReport extends FillReport {
  /** False when the host lacks what a fill needs: nothing was read or written (see `findings`). */
  readonly applied: boolean;
  /** Findings about the host rather than one edit: a missing requirement set, pivot tables it could not place. */
  readonly findings: readonly Finding[];
  /** Range writes made (rectangles of adjacent cells, or slices of large ones). */
  readonly blocks: number;
  /** context.sync() calls made by this action. */
  readonly syncs: number;
}

function notApplied(plan: FillPlan, findings: readonly Finding[]): ExcelFillReport {
  return { applied: false, findings, written: [], refused: plan.refused, blocks: 0, syncs: 0 };
}

/**
 * Writes the plan's edits inside the caller's run; `syncs` are those already made by the action. A write Excel
 * refuses part-way is an `ExcelWriteError` naming exactly the cells written (see fill-failure.ts).
 */
async function writePlan(
  context: Excel.RequestContext,
  host: ExcelHost,
  plan: FillPlan,
  targets: FillTargets,
  options: { readonly limit: number; readonly syncs: number; readonly findings?: readonly Finding[] },
): Promise<ExcelFillReport> {
  const worksheet = (name: string) => context.workbook.worksheets.getItem(name);
  const writes = fillWrites(plan.edits, targets, worksheet, options.limit / 4);
  let batches: number[] = [];
  try {
    if (writes.ops.length > 0) batches = await writeInBatches(context, host, writes.ops, options.limit);
  } catch (error) {
    if (!(error instanceof BatchWriteError)) throw error;
    throw await interruptedFill(context, worksheet, writes.spans, error);
  }
  return {
    applied: true,
    findings: options.findings ?? [],
    written: writes.written,
    refused: [...plan.refused, ...writes.refused],
    blocks: writes.blocks,
    syncs: options.syncs + batches.length,
  };
}

/**
 * Writes a fill plan's edits into the workbook open in Excel, in ONE Excel.run: one sync reads the protection of
 * the plan's sheets and the number format of the text targets, then one sync per ~4 MB writes (2 syncs for 10 or
 * 1 000 edits). The plan must come from a snapshot of this workbook.
 */
export async function applyFillPlan(plan: FillPlan, options: ExcelFillOptions): Promise<ExcelFillReport> {
  const { host } = options;
  const missing = fillRequirementFindings(host);
  if (missing.length > 0) return notApplied(plan, missing);
  if (plan.edits.length === 0) return { ...notApplied(plan, []), applied: true };
  const limit = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
  return host.run(async (context) => {
    const sheets = new Map<string, Excel.Worksheet>();
    const protections = new Map<string, Excel.WorksheetProtection>();
    const formats = new Map<string, Excel.Range>();
    for (const edit of plan.edits) {
      let sheet = sheets.get(edit.sheet);
      if (!sheet) {
        sheet = context.workbook.worksheets.getItem(edit.sheet);
        sheets.set(edit.sheet, sheet);
        protections.set(edit.sheet, sheet.protection.load("protected"));
      }
      // Only a text Excel would reinterpret depends on the cell's format (already "@" or not).
      const text = typeof edit.value === "string" || (typeof edit.value === "number" && edit.asText);
      if (text && excelWouldReinterpret(String(edit.value)))
        formats.set(`${edit.sheet}!${edit.cell}`, sheet.getRange(edit.cell).load("numberFormat"));
    }
    await context.sync();
    const targets: FillTargets = {
      isProtected: (sheet) => protections.get(sheet)?.protected === true,
      numberFormatOf: (sheet, ref) => {
        const range = formats.get(`${sheet}!${formatCell(ref)}`);
        return range ? String(range.numberFormat[0][0]) : undefined;
      },
    };
    return writePlan(context, host, plan, targets, { limit, syncs: 1 });
  });
}

export interface OpenWorkbookFillOptions extends ExcelFillOptions {
  /** The sheets to read (those the fill may write) and the rest of the read's options. */
  readonly read: ReadOptions & { readonly sheets: readonly string[] };
}

/**
 * Read → decide → write in ONE Excel.run with at most 3 syncs whatever the number of lines (2 to read the named
 * sheets, 1 to write, more only for megabytes): the snapshot of the named sheets is read, `decide` makes the fill
 * plan from it (the core's `buildFillPlan`, or a use case built on it), and the plan's edits are written while
 * nothing else can change the workbook in between.
 */
export async function fillOpenWorkbook(
  options: OpenWorkbookFillOptions,
  decide: (snapshot: WorkbookSnapshot) => FillPlan,
): Promise<ExcelFillReport> {
  const { host } = options;
  const missing = fillRequirementFindings(host);
  if (missing.length > 0) return notApplied({ edits: [], refused: [], recalculate: [] }, missing);
  const limit = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
  return host.run(async (context) => {
    const read = await readInContext(context, host, options.read);
    const plan = decide(read.snapshot);
    const targets: FillTargets = {
      isProtected: (name) => sheetOf(read.snapshot, name)?.protected === true,
      numberFormatOf: (name, ref) => {
        const sheet = sheetOf(read.snapshot, name);
        return sheet ? cellOf(sheet, ref).numberFormat : undefined;
      },
    };
    return writePlan(context, host, plan, targets, { limit, syncs: read.syncs, findings: read.findings });
  });
}
