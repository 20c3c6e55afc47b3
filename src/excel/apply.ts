// applyPlan: a workbook plan onto the open workbook, in ONE Excel.run. One sync reads what exists (sheets, their
// protection, names); the writes follow in as few syncs as the payload allows: one per ~4 MB batch, so 10, 1 000
// or 20 000 cells take the same 2 syncs, and only megabytes of data add syncs (Excel on the web refuses > 5 MB).

import type { Finding } from "../core/findings";
import type { DocumentPropertiesPlan, SheetPlan, WorkbookPlan, WorkbookSnapshot } from "../core/workbook";
import { BatchWriteError, DEFAULT_PAYLOAD_LIMIT_BYTES, type QueuedOp, op, writeInBatches } from "./batches";
import type { ExcelHost } from "./host";
import { CELL_PROPERTIES_API, checkRequirements, type PlanFeature } from "./requirements";
import { chartOp } from "./charts";
import { sheetWrites } from "./sheet-writes";
import { ExcelWriteError, listed } from "./write-failure";

export interface ApplyOptions {
  readonly host: ExcelHost;
  /**
   * The workbook as read earlier in the same Excel.run (`readOutline` or `readSnapshot`): its sheets, their
   * protection and its defined names. Given, the write needs no read sync of its own.
   */
  readonly known?: WorkbookSnapshot;
  /** Budget per request in bytes (estimated); default 4 MB, under Excel on the web's 5 MB limit. */
  readonly payloadLimitBytes?: number;
}

export interface ApplyReport {
  /** False when nothing was written (a requirement set is missing, or a sheet is protected). */
  readonly applied: boolean;
  readonly findings: readonly Finding[];
  readonly cellsWritten: number;
  /** Rectangular blocks the cell writes were grouped in (one formulas assignment each). */
  readonly blocks: number;
  /** context.sync() calls made by this action. */
  readonly syncs: number;
  /** Estimated bytes of each write request. */
  readonly batchBytes: readonly number[];
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

const PROPERTY_FIELDS: Readonly<
  Record<keyof DocumentPropertiesPlan, "title" | "subject" | "author" | "keywords" | "comments" | "company">
> = {
  title: "title",
  subject: "subject",
  creator: "author",
  keywords: "keywords",
  description: "comments",
  company: "company",
};

interface Existing {
  readonly sheets: ReadonlyMap<string, Excel.Worksheet>;
  readonly names: ReadonlySet<string>;
}

function protectionOptions(plan: SheetPlan): Excel.WorksheetProtectionOptions {
  const allow = plan.protection?.allow ?? {};
  const options: Excel.WorksheetProtectionOptions = {
    allowFormatColumns: allow.formatColumns ?? false,
    allowFormatRows: allow.formatRows ?? false,
    allowSort: allow.sort ?? false,
    allowAutoFilter: allow.autoFilter ?? false,
  };
  const locked = allow.selectLockedCells ?? true;
  const unlocked = allow.selectUnlockedCells ?? true;
  if (!locked) options.selectionMode = unlocked ? "Unlocked" : "None";
  return options;
}

/** Finds or creates each planned sheet; an existing protected sheet is unprotected with the plan's password. */
function targetSheets(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  existing: Existing,
  protectedSheets: ReadonlySet<string>,
): Map<string, Excel.Worksheet> {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const sheetPlan of plan.sheets) {
    const current = existing.sheets.get(sheetPlan.name.toLowerCase());
    const renamed = sheetPlan.renameFrom
      ? existing.sheets.get(sheetPlan.renameFrom.toLowerCase())
      : undefined;
    const sheet = current ?? renamed ?? context.workbook.worksheets.add(sheetPlan.name);
    if (!current && renamed) sheet.name = sheetPlan.name;
    const wasProtected = protectedSheets.has(
      (current ? sheetPlan.name : (sheetPlan.renameFrom ?? "")).toLowerCase(),
    );
    if (wasProtected) sheet.protection.unprotect(sheetPlan.protection?.password);
    sheets.set(sheetPlan.name, sheet);
  }
  return sheets;
}

function workbookOps(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  sheets: Map<string, Excel.Worksheet>,
  existing: Existing,
  skipped: ReadonlySet<PlanFeature>,
): QueuedOp[] {
  const skipProperties = skipped.has("properties");
  const skipCharts = skipped.has("charts");
  const ops: QueuedOp[] = [];
  for (const name of plan.names ?? []) {
    ops.push(
      op(() => {
        const scope = name.sheet ? sheets.get(name.sheet)?.names : context.workbook.names;
        if (!scope)
          throw new Error(`Excel door: defined name ${name.name} is scoped to a sheet not in the plan`);
        if (!name.sheet && existing.names.has(name.name.toLowerCase()))
          context.workbook.names.getItem(name.name).delete();
        const item = scope.add(name.name, `=${name.ref}`);
        if (name.hidden) item.visible = false;
      }),
    );
  }
  if (!skipCharts) {
    const resolve = (name: string) => sheets.get(name) ?? context.workbook.worksheets.getItem(name);
    for (const sheetPlan of plan.sheets) {
      const home = sheets.get(sheetPlan.name) as Excel.Worksheet;
      ops.push(...(sheetPlan.charts ?? []).map((chart) => chartOp(home, chart, resolve)));
    }
  }
  const properties = plan.properties;
  if (properties && !skipProperties) {
    ops.push(
      op(() => {
        const target = context.workbook.properties;
        for (const [field, value] of Object.entries(properties) as [
          keyof DocumentPropertiesPlan,
          string | undefined,
        ][]) {
          if (value !== undefined) target[PROPERTY_FIELDS[field]] = value;
        }
      }),
    );
  }
  // Visibility and protection last: hiding needs the other sheets to exist, protection would block the writes.
  for (const sheetPlan of plan.sheets) {
    const sheet = sheets.get(sheetPlan.name) as Excel.Worksheet;
    const visibility = sheetPlan.visibility;
    if (visibility && visibility !== "visible")
      ops.push(op(() => (sheet.visibility = VISIBILITY[visibility])));
    const protection = sheetPlan.protection;
    if (protection)
      ops.push(op(() => sheet.protection.protect(protectionOptions(sheetPlan), protection.password)));
  }
  return ops;
}

function protectedOutsidePlan(plan: WorkbookPlan, protectedSheets: ReadonlySet<string>): Finding[] {
  return plan.sheets
    .filter((sheet) => protectedSheets.has(sheet.name.toLowerCase()) && !sheet.protection)
    .map((sheet) => ({
      code: "excel.sheet.protected",
      severity: "error" as const,
      location: { sheet: sheet.name },
      messageKey: "excel.sheet.protected",
      params: { sheet: sheet.name },
    }));
}

interface ExistingRead {
  readonly existing: Existing;
  readonly protectedSheets: ReadonlySet<string>;
  readonly syncs: number;
}

/** The sheets, their protection and the defined names, read in one sync. */
async function readExisting(context: Excel.RequestContext): Promise<ExistingRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  return {
    existing: {
      sheets: new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet])),
      names: new Set(names.items.map((name) => name.name.toLowerCase())),
    },
    protectedSheets: new Set(
      worksheets.items.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name.toLowerCase()),
    ),
    syncs: 1,
  };
}

/** The same from a snapshot read earlier in this run: proxies by name, no sync. */
function fromKnown(context: Excel.RequestContext, known: WorkbookSnapshot): ExistingRead {
  const worksheets = context.workbook.worksheets;
  return {
    existing: {
      sheets: new Map(
        known.sheets.map((sheet) => [sheet.name.toLowerCase(), worksheets.getItem(sheet.name)]),
      ),
      names: new Set(known.names.filter((name) => !name.sheet).map((name) => name.name.toLowerCase())),
    },
    protectedSheets: new Set(
      known.sheets.filter((sheet) => sheet.protected === true).map((sheet) => sheet.name.toLowerCase()),
    ),
    syncs: 0,
  };
}

/** What a plan adds to the workbook: sheets and workbook-level names that were not there before it ran. */
interface Additions {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
  /** Sheets that existed and that the plan writes to: a failed write cannot be undone there. */
  readonly changed: readonly string[];
}

function additionsOf(plan: WorkbookPlan, existing: Existing): Additions {
  const has = (name: string | undefined) => name !== undefined && existing.sheets.has(name.toLowerCase());
  const isNew = (sheet: SheetPlan) => !has(sheet.name) && !has(sheet.renameFrom);
  return {
    sheets: plan.sheets.filter(isNew).map((sheet) => sheet.name),
    changed: plan.sheets.filter((sheet) => !isNew(sheet)).map((sheet) => sheet.name),
    names: (plan.names ?? [])
      .filter((name) => !name.sheet && !existing.names.has(name.name.toLowerCase()))
      .map((name) => name.name),
  };
}

/**
 * After a failed write: deletes what the plan added (its new sheets, with their own names, and its new workbook
 * names), in two more syncs of the same run. True when the workbook is back as it was.
 */
async function undoAdditions(context: Excel.RequestContext, added: Additions): Promise<boolean> {
  try {
    const sheets = added.sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    const names = added.names.map((name) => context.workbook.names.getItemOrNullObject(name));
    await context.sync();
    for (const item of [...names, ...sheets]) if (!item.isNullObject) item.delete();
    await context.sync();
    return added.changed.length === 0;
  } catch {
    return false;
  }
}

async function failedWrite(context: Excel.RequestContext, added: Additions, error: BatchWriteError) {
  if (await undoAdditions(context, added)) return new ExcelWriteError("excel.write.undone", {}, error.cause);
  const sheets = [...added.sheets, ...added.changed];
  return new ExcelWriteError("excel.write.partial", { sheets: listed(sheets) }, error.cause);
}

/**
 * Applies `plan` to the workbook open in Excel. User-level problems come back as findings, not exceptions. A write
 * Excel refuses part-way is undone (the sheets and names the plan added are deleted): `ExcelWriteError`
 * "excel.write.undone"; where that cannot be done, "excel.write.partial" names the sheets to look at.
 */
export async function applyPlan(plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyReport> {
  const { host } = options;
  const limit = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
  const check = checkRequirements(plan, host);
  const refused = (findings: readonly Finding[], syncs: number): ApplyReport => ({
    applied: false,
    findings,
    cellsWritten: 0,
    blocks: 0,
    syncs,
    batchBytes: [],
  });
  if (!check.canApply) return refused(check.findings, 0);

  return host.run(async (context) => {
    const read = options.known ? fromKnown(context, options.known) : await readExisting(context);
    const { existing, protectedSheets } = read;
    const blocked = protectedOutsidePlan(plan, protectedSheets);
    if (blocked.length > 0) return refused([...check.findings, ...blocked], read.syncs);

    const sheets = targetSheets(context, plan, existing, protectedSheets);
    const ops: QueuedOp[] = [];
    let cellsWritten = 0;
    let blocks = 0;
    const writeOptions = {
      blockBytes: limit / 4,
      cellProperties: host.isSetSupported("ExcelApi", CELL_PROPERTIES_API),
    };
    for (const sheetPlan of plan.sheets) {
      const writes = sheetWrites(
        sheets.get(sheetPlan.name) as Excel.Worksheet,
        sheetPlan,
        plan.styles,
        check.skipped,
        writeOptions,
      );
      ops.push(...writes.ops);
      cellsWritten += writes.cells;
      blocks += writes.blocks;
    }
    ops.push(...workbookOps(context, plan, sheets, existing, check.skipped));

    let batchBytes: number[];
    try {
      batchBytes = await writeInBatches(context, host, ops, limit);
    } catch (error) {
      if (!(error instanceof BatchWriteError)) throw error;
      throw await failedWrite(context, additionsOf(plan, existing), error);
    }
    return {
      applied: true,
      findings: check.findings,
      cellsWritten,
      blocks,
      syncs: read.syncs + Math.max(1, batchBytes.length),
      batchBytes,
    };
  });
}
