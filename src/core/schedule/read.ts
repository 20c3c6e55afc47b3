// readScheduleLines: the buyer's list of lines from JSON — [{"ref": "1.1", "variant": {…}, "quantity": 1500}] —
// checked before a schedule is built. A line with an error is left out (never guessed); its findings say why.

import { hasErrors, type Finding } from "../findings";
import { scaledFromNumber } from "../money/decimal";
import { readVariant } from "../variant/read";
import { scheduleFinding } from "./findings";
import type { ScheduleLine } from "./model";

export interface ScheduleReadResult {
  /** The lines without errors, in order, each with its number (its position in the list when none was given). */
  readonly lines: readonly ScheduleLine[];
  readonly findings: readonly Finding[];
}

/** Bounds that keep a schedule readable and a workbook small; a DQE of more lines is a typing or export mistake. */
export const MAX_SCHEDULE_LINES = 2000;
export const MAX_QUANTITY = 10_000_000;
export const MAX_REF_LENGTH = 20;

const LINE_KEYS = ["ref", "variant", "quantity"];

type JsonObject = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A quantity: a number > 0 with at most 6 decimals (the DQE's scale, see lineAmount) and at most 10 million. */
function readQuantity(raw: unknown, line: number, findings: Finding[]): number | null {
  if (raw === undefined || raw === null) {
    findings.push(scheduleFinding("schedule.quantity.missing", "error", line, "quantity"));
    return null;
  }
  const scaled = typeof raw === "number" ? scaledFromNumber(raw, 6, MAX_QUANTITY * 1_000_000) : null;
  if (scaled?.ok && scaled.value > 0) return raw as number;
  findings.push(
    scheduleFinding("schedule.quantity.invalid", "error", line, "quantity", { value: JSON.stringify(raw) }),
  );
  return null;
}

function readRef(raw: unknown, line: number, findings: Finding[]): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const ref = typeof raw === "string" ? raw.trim() : "";
  if (ref !== "" && ref.length <= MAX_REF_LENGTH) return ref;
  findings.push(
    scheduleFinding("schedule.ref.invalid", "error", line, "ref", {
      value: JSON.stringify(raw),
      max: MAX_REF_LENGTH,
    }),
  );
  return undefined;
}

/** The variant's own findings, placed on the line; a TTC basis is read as HT (the schedule asks HT, shows TTC). */
function readLineVariant(raw: unknown, line: number, findings: Finding[]): ScheduleLine["variant"] | null {
  const read = readVariant(raw);
  for (const finding of read.findings)
    findings.push({
      ...finding,
      location: { line, path: `variant${finding.location?.path ? `.${finding.location.path}` : ""}` },
    });
  if (!read.variant) return null;
  if (read.variant.basis === "HT") return read.variant;
  findings.push(scheduleFinding("schedule.basis.ht", "warning", line, "variant.basis"));
  return { ...read.variant, basis: "HT" };
}

function readLine(raw: unknown, line: number): { line: ScheduleLine | null; findings: Finding[] } {
  if (!isObject(raw))
    return { line: null, findings: [scheduleFinding("schedule.line.notObject", "error", line, "")] };
  const findings: Finding[] = Object.keys(raw)
    .filter((key) => !LINE_KEYS.includes(key))
    .map((key) =>
      scheduleFinding("schedule.line.unknownField", "error", line, key, {
        field: key,
        known: LINE_KEYS.join(", "),
      }),
    );
  const ref = readRef(raw.ref, line, findings);
  const quantity = readQuantity(raw.quantity, line, findings);
  const variant =
    raw.variant === undefined
      ? (findings.push(scheduleFinding("schedule.variant.missing", "error", line, "variant")), null)
      : readLineVariant(raw.variant, line, findings);
  if (hasErrors(findings) || variant === null || quantity === null) return { line: null, findings };
  // A line without a number takes its position in the list, so its number never moves when another is refused.
  return { line: { variant, quantity, ref: ref ?? String(line) }, findings };
}

/** Two lines with the same number (given, or the position of a line without one) cannot be told apart. */
function duplicateRefs(lines: readonly { line: ScheduleLine | null; index: number }[]): Finding[] {
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  for (const { line, index } of lines) {
    if (!line) continue;
    const ref = line.ref as string;
    const first = seen.get(ref);
    if (first === undefined) seen.set(ref, index + 1);
    else
      findings.push(
        scheduleFinding("schedule.ref.duplicate", "error", index + 1, "ref", { value: ref, first }),
      );
  }
  return findings;
}

export function readScheduleLines(json: unknown): ScheduleReadResult {
  if (!Array.isArray(json))
    return { lines: [], findings: [scheduleFinding("schedule.notList", "error", undefined, "")] };
  if (json.length === 0)
    return { lines: [], findings: [scheduleFinding("schedule.empty", "error", undefined, "")] };
  if (json.length > MAX_SCHEDULE_LINES)
    return {
      lines: [],
      findings: [
        scheduleFinding("schedule.tooManyLines", "error", undefined, "", {
          count: json.length,
          max: MAX_SCHEDULE_LINES,
        }),
      ],
    };
  const read = json.map((raw, index) => ({ ...readLine(raw, index + 1), index }));
  const duplicates = duplicateRefs(read);
  const refused = new Set(duplicates.map((finding) => finding.location?.line));
  return {
    lines: read.flatMap(({ line, index }) => (line && !refused.has(index + 1) ? [line] : [])),
    findings: [...read.flatMap((entry) => entry.findings), ...duplicates],
  };
}
