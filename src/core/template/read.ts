// readTemplate: a returned template (whatever program saved it) → the grid and conformity findings with their
// cells. The grid is given only when every price and VAT rate can be trusted.

import type { Finding } from "../findings";
import {
  IDENTITY_ENTRIES,
  PRICE_AMOUNT_ENTRIES,
  STANDARD_VERSION,
  VAT_ENTRIES,
  type VatCategory,
} from "../grid/catalogue";
import { MINIMUM_HOURS_ID, defaultVat, type Grid, type IdentityValue } from "../grid/model";
import { basisPoints, cents, centiHoursOf } from "../money/cents";
import { isPricingId } from "../grid/pricing-ids";
import { validateGrid, type ValidateOptions } from "../grid/validate";
import { parseRange, rangeContains, type RangeRef } from "../workbook/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { readCellValue } from "./cell-read";
import { locateEntries, unknownIdFindings, type EntrySlot } from "./entries";
import { templateFinding } from "./findings";
import { readHeader } from "./header";
import { cellAt, locationOf, scanIds, type SheetCell } from "./locate";

export interface TemplateReading {
  /** False when the workbook is not a standard template at all (no standard name or version anywhere). */
  readonly found: boolean;
  /** The grid read, or null when it cannot be trusted (not a template, unsupported version, a price unreadable). */
  readonly grid: Grid | null;
  /** Every problem found, each with its sheet and cell when it has one. */
  readonly findings: Finding[];
  /** The version written in the template, or null when none was found. */
  readonly version: string | null;
}

interface SlotValue {
  readonly slot: EntrySlot;
  /** null = blank, undefined = unreadable or not found. */
  readonly value: IdentityValue | null | undefined;
  readonly findings: Finding[];
}

/**
 * The merged area covering an input cell, if any. Merging keeps only the top-left value (Excel erases the others)
 * and shows that one over the whole area, so what the reader sees and what is read may differ: never trusted.
 */
function mergeOver(snapshot: WorkbookSnapshot, at: SheetCell): string | undefined {
  const sheet = snapshot.sheets.find((one) => one.name === at.sheet);
  return sheet ? mergesOf(sheet).find((merge) => rangeContains(merge.range, at))?.text : undefined;
}

// Asked for each of some 150 input cells: a sheet's merged areas are parsed once.
const parsedMerges = new WeakMap<SheetSnapshot, { text: string; range: RangeRef }[]>();

function mergesOf(sheet: SheetSnapshot): { text: string; range: RangeRef }[] {
  let merges = parsedMerges.get(sheet);
  if (!merges) {
    merges = sheet.merges.flatMap((text) => {
      const range = parseRange(text);
      return range ? [{ text, range }] : [];
    });
    parsedMerges.set(sheet, merges);
  }
  return merges;
}

function readSlot(snapshot: WorkbookSnapshot, slot: EntrySlot): SlotValue {
  if (!slot.at) return { slot, value: undefined, findings: [] };
  const cell = cellAt(snapshot, slot.at);
  const where = locationOf(slot.at);
  const findings: Finding[] = [];
  const merge = mergeOver(snapshot, slot.at);
  if (merge !== undefined)
    findings.push(templateFinding("merged", "error", slot.item.id, { range: merge }, where));
  if (cell.formula !== undefined)
    findings.push(templateFinding("formula", "error", slot.item.id, { formula: cell.formula }, where));
  const reading = readCellValue(slot.item, cell);
  if (reading.problem)
    findings.push(
      templateFinding(
        reading.problem.code,
        reading.problem.severity,
        slot.item.id,
        reading.problem.params,
        where,
      ),
    );
  return { slot, value: reading.value, findings };
}

function vatDefault(item: EntrySlot["item"], at: SheetCell | undefined): Finding {
  const params = { id: item.id, value: (item.defaultRate ?? 0) / 100 };
  return {
    code: "grid.vat.default",
    severity: "info",
    id: item.id,
    ...(at ? { location: { ...locationOf(at), path: item.id } } : {}),
    messageKey: "grid.vat.default",
    params,
  };
}

function assemble(values: readonly SlotValue[], findings: Finding[]): Grid {
  const byId = new Map(values.map((one) => [one.slot.item.id, one]));
  const valueOf = (id: string) => byId.get(id)?.value ?? null;
  const identity = Object.fromEntries(IDENTITY_ENTRIES.map((item) => [item.id, valueOf(item.id)]));
  const amount = (id: string) => {
    const value = valueOf(id);
    return typeof value === "number" ? value : null;
  };
  const prices = Object.fromEntries(
    PRICE_AMOUNT_ENTRIES.map((item) => {
      const value = amount(item.id);
      return [item.id, value === null ? null : cents(value)];
    }),
  );
  const hours = amount(MINIMUM_HOURS_ID);
  const minimumHours = hours === null ? null : centiHoursOf(hours);
  const vat = defaultVat();
  for (const item of VAT_ENTRIES) {
    const value = valueOf(item.id);
    if (typeof value === "number") vat[item.id.slice("tva.".length) as VatCategory] = basisPoints(value);
    else if (byId.get(item.id)?.value === null) findings.push(vatDefault(item, byId.get(item.id)?.slot.at));
  }
  return { version: STANDARD_VERSION, identity, prices, minimumHours, vat };
}

/** The rules of the standard (validateGrid), each finding placed on its value cell; one error per id at most. */
function placedRules(
  grid: Grid,
  values: readonly SlotValue[],
  found: readonly Finding[],
  options: ValidateOptions,
): Finding[] {
  const cells = new Map(
    values.filter((one) => one.slot.at).map((one) => [one.slot.item.id, one.slot.at as SheetCell]),
  );
  const erred = new Set(found.filter((one) => one.severity === "error" && one.id).map((one) => one.id));
  return validateGrid(grid, options)
    .filter((finding) => !(finding.id && erred.has(finding.id)))
    .map((finding) => {
      const at = finding.id ? cells.get(finding.id) : undefined;
      return at ? { ...finding, location: { ...finding.location, ...locationOf(at) } } : finding;
    });
}

function protectionFindings(snapshot: WorkbookSnapshot, sheets: ReadonlySet<string>): Finding[] {
  return snapshot.sheets
    .filter((sheet) => sheets.has(sheet.name) && sheet.protected === false)
    .map((sheet) =>
      templateFinding(
        "protection",
        "warning",
        undefined,
        { sheet: sheet.name },
        { sheet: sheet.name, cell: "A1" },
      ),
    );
}

/** A hidden sheet of the grid is still read: say so, or values nobody can see would end up in the grid. */
function hiddenSheetFindings(snapshot: WorkbookSnapshot, sheets: ReadonlySet<string>): Finding[] {
  return snapshot.sheets
    .filter((sheet) => sheets.has(sheet.name) && sheet.visibility !== "visible")
    .map((sheet) =>
      templateFinding(
        "hiddenSheet",
        "warning",
        undefined,
        { sheet: sheet.name },
        { sheet: sheet.name, cell: "A1" },
      ),
    );
}

export function readTemplate(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): TemplateReading {
  const header = readHeader(snapshot);
  if (!header.found) return { found: false, grid: null, findings: [...header.findings], version: null };
  const scan = scanIds(snapshot);
  const slots = locateEntries(snapshot, scan);
  const values = slots.map((slot) => readSlot(snapshot, slot));
  const usedSheets = new Set([...header.sheets, ...[...scan.hits.values()].flat().map((at) => at.sheet)]);
  const findings: Finding[] = [
    ...header.findings,
    ...protectionFindings(snapshot, usedSheets),
    ...hiddenSheetFindings(snapshot, usedSheets),
    ...unknownIdFindings(scan),
    ...slots.flatMap((slot) => slot.findings),
    ...values.flatMap((one) => one.findings),
  ];
  const grid = assemble(values, findings);
  findings.push(...placedRules(grid, values, findings, options));
  const untrusted = findings.some(
    (one) => one.severity === "error" && one.id !== undefined && isPricingId(one.id),
  );
  return {
    found: true,
    grid: header.usable && !untrusted ? grid : null,
    findings,
    version: header.version,
  };
}
