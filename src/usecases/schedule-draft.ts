// The list of lines a buyer puts together in a form before making the schedule: each line a variant of the standard
// (the variant form's fields), an estimated quantity and an optional number. The list is kept in the shape of the
// command line's LINES.json, so it can be exported, imported and written the same way everywhere.

import { scaledFromNumber } from "../core/money/decimal";
import type { Finding } from "../core/findings";
import { hasErrors } from "../core/findings";
import { readScheduleLines, type ScheduleLine } from "../core/schedule";
import { variantLabel } from "../core/variant";
import type { Variant } from "../core/variant";
import type { Lang } from "../i18n";
import { variantJson, type VariantFields } from "./variant-fields";

/** One line as LINES.json holds it; `ref` only when the buyer gave one (otherwise the line's position). */
export interface DraftLine {
  readonly variant: Variant;
  readonly quantity: number;
  readonly ref?: string;
}

/** A line of the draft as a list shows it. */
export interface DraftRow {
  readonly ref: string;
  readonly label: string;
  readonly quantity: number;
  readonly unit: Variant["unit"];
}

export type DraftChange =
  | { readonly ok: true; readonly lines: readonly DraftLine[] }
  /** `variant`: findings on the variant's fields (paths relative to the variant, as the form names them). */
  | { readonly ok: false; readonly variant: readonly Finding[]; readonly line: readonly Finding[] };

/** "12,5" or "12.5" → 12.5; anything else is handed to the core as typed, for its message to name it. */
function quantityOf(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const value = Number(trimmed.replace(",", "."));
  return Number.isFinite(value) && scaledFromNumber(value, 6, Number.MAX_SAFE_INTEGER).ok ? value : trimmed;
}

/** A finding on `variant.x` as the variant form names it (`x`); other findings are the line's. */
function splitFindings(findings: readonly Finding[]): { variant: Finding[]; line: Finding[] } {
  const variant: Finding[] = [];
  const line: Finding[] = [];
  for (const finding of findings) {
    const path = finding.location?.path ?? "";
    if (path === "variant" || path.startsWith("variant.")) {
      const inner = path.replace(/^variant\.?/, "");
      variant.push({ ...finding, location: { ...finding.location, path: inner } });
    } else line.push(finding);
  }
  return { variant, line };
}

function asDraft(line: ScheduleLine, given: string | undefined): DraftLine {
  return { variant: line.variant, quantity: line.quantity, ...(given ? { ref: given } : {}) };
}

/** Adds the line the form describes at the end of the list, or says what to correct (errors only). */
export function addDraftLine(
  lines: readonly DraftLine[],
  fields: VariantFields,
  quantity: string,
  ref: string,
): DraftChange {
  const given = ref.trim();
  const raw = {
    variant: variantJson({ ...fields, basis: "HT" }),
    quantity: quantityOf(quantity),
    ...(given ? { ref: given } : {}),
  };
  const read = readScheduleLines([...lines, raw]);
  const position = lines.length + 1;
  const own = read.findings.filter((f) => f.location?.line === position && f.severity === "error");
  if (own.length > 0 || hasErrors(read.findings)) return { ok: false, ...splitFindings(own) };
  return { ok: true, lines: [...lines, asDraft(read.lines[read.lines.length - 1], given)] };
}

/**
 * Lines from a LINES.json file added after the list: every line is read as the command line reads it; any error
 * refuses the whole file, its findings naming each line and field.
 */
export function importDraftLines(lines: readonly DraftLine[], json: unknown): DraftChange {
  const read = readScheduleLines(json);
  if (hasErrors(read.findings)) return { ok: false, variant: [], line: read.findings };
  const raw = json as readonly { readonly ref?: unknown }[];
  const imported = read.lines.map((line, index) => {
    const given = typeof raw[index]?.ref === "string" ? line.ref : undefined;
    return asDraft(line, given);
  });
  const together = readScheduleLines([...lines, ...imported]);
  if (hasErrors(together.findings)) return { ok: false, variant: [], line: together.findings };
  return { ok: true, lines: [...lines, ...imported] };
}

/** The list without its line at `index` (0-based). */
export function removeDraftLine(lines: readonly DraftLine[], index: number): readonly DraftLine[] {
  return lines.filter((_line, at) => at !== index);
}

/** The list as a buyer reads it: number (given, or the position), designation, quantity and unit. */
export function draftRows(lines: readonly DraftLine[], lang: Lang): DraftRow[] {
  return readScheduleLines(lines).lines.map((line) => ({
    ref: line.ref ?? "",
    label: variantLabel(line.variant, lang),
    quantity: line.quantity,
    unit: line.variant.unit,
  }));
}
