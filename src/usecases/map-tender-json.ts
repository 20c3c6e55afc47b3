// The JSON of a tender's reading, as `grille map --json` prints it and scripts read it: the table, its
// conditions and every line, rows 1-based, reasons as text in the reader's language.

import type { Facts } from "../core/designation";
import { reasonText, type TenderColumns, type TenderCondition } from "../core/tender";
import type { Basis, Variant } from "../core/variant/model";
import type { Lang } from "../i18n";
import type { LineStatus, TenderMapping } from "./map-tender";

export type AppliesTo =
  "tender" | { readonly sections: readonly string[] } | { readonly rows: readonly [number, number] };

export interface ConditionJson {
  /** "BPU!A8". */
  readonly at: string;
  readonly text: string;
  readonly applies_to: AppliesTo;
  readonly delivery?: {
    readonly included?: boolean | null;
    readonly zones?: readonly string[];
    readonly evening?: true;
    readonly weekend?: true;
    readonly pickup?: boolean | null;
  };
  readonly staff?: {
    readonly included?: boolean | null;
    readonly role?: string;
    readonly count?: number;
    readonly per_guests?: number;
    readonly hours?: number;
  };
  readonly guests?: readonly number[];
  readonly basis?: readonly Basis[];
}

export interface LineJson {
  readonly row: number;
  readonly ref: string;
  readonly designation: string;
  readonly status: LineStatus;
  readonly variant: Variant | null;
  /**
   * The plausible reading of a line « à confirmer », whole: to confirm it, copy it into `variant` and set `status` to
   * "mapped" (the file is read back by `fill --map`). Null for the other lines.
   */
  readonly suggestion: Variant | null;
  readonly reason: string;
}

export interface TenderMappingJson {
  readonly sheet: string;
  readonly header_row: number;
  readonly columns: TenderColumns;
  readonly conditions: readonly ConditionJson[];
  readonly lines: readonly LineJson[];
}

/** One value, or null when the text says both ("comprise" here, "en sus" there). */
function single(values: readonly boolean[] | undefined): { value?: boolean | null } {
  if (!values || values.length === 0) return {};
  return { value: values.length === 1 ? values[0] : null };
}

function appliesTo(condition: TenderCondition): AppliesTo {
  const { scope } = condition;
  if (scope.kind === "tender") return "tender";
  if (scope.kind === "sections") return { sections: scope.sections };
  return { rows: [scope.first + 1, scope.last + 1] };
}

function deliveryJson(facts: Facts): ConditionJson["delivery"] | undefined {
  const included = single(facts.included.delivery);
  const pickup = single(facts.included.pickup);
  const json = {
    ...("value" in included ? { included: included.value } : {}),
    ...(facts.zones.length > 0 ? { zones: facts.zones } : {}),
    ...(facts.evening ? { evening: true as const } : {}),
    ...(facts.weekend ? { weekend: true as const } : {}),
    ...("value" in pickup ? { pickup: pickup.value } : {}),
  };
  return Object.keys(json).length > 0 ? json : undefined;
}

function staffJson(facts: Facts): ConditionJson["staff"] | undefined {
  const included = single(facts.included.staff);
  const details = facts.staff;
  const counted = details && (details.count !== undefined || details.perGuests !== undefined);
  if (!("value" in included) && !counted) return undefined;
  return {
    ...("value" in included ? { included: included.value } : {}),
    ...(counted && details ? { role: details.role } : {}),
    ...(details?.count !== undefined ? { count: details.count } : {}),
    ...(details?.perGuests !== undefined ? { per_guests: details.perGuests } : {}),
    ...(counted && details?.hours !== undefined ? { hours: details.hours } : {}),
  };
}

export function conditionJson(condition: TenderCondition): ConditionJson {
  const { facts } = condition;
  const delivery = deliveryJson(facts);
  const staff = staffJson(facts);
  return {
    at: `${condition.sheet}!${condition.cell}`,
    text: condition.text,
    applies_to: appliesTo(condition),
    ...(delivery ? { delivery } : {}),
    ...(staff ? { staff } : {}),
    ...(facts.guests.length > 0 ? { guests: facts.guests } : {}),
    ...(facts.basis.length > 0 ? { basis: facts.basis } : {}),
  };
}

/** The reading as JSON: {sheet, header_row, columns, conditions, lines}. */
export function mappingJson(mapping: TenderMapping, lang: Lang): TenderMappingJson {
  return {
    sheet: mapping.sheet,
    header_row: mapping.headerRow,
    columns: mapping.columns,
    conditions: mapping.conditions.map(conditionJson),
    lines: mapping.lines.map((line) => ({
      row: line.row,
      ref: line.ref,
      designation: line.designation,
      status: line.status,
      variant: line.variant,
      suggestion: line.status === "uncertain" ? line.suggestion : null,
      reason: reasonText(line.reason, lang),
    })),
  };
}
