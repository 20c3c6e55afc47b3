// A reading corrected by the user: the JSON `grille map --json` printed (map-tender-json.ts), where the caterer
// changed a line's `status` or `variant`, checked against a fresh reading of the same workbook. Its lines become
// corrections for mapTender: a `mapped` line with its variant, an `unmapped` one set aside, an `uncertain` one held
// back from the fill. A file made from another workbook, a row the table does not have, or a variant that breaks
// the standard is a finding naming the line and what to do: nothing is filled from a doubtful file.

import { reason } from "../core/designation";
import { findingMessage } from "../core/finding-message";
import type { Finding } from "../core/findings";
import { canonicalVariantJson } from "../core/schedule/canonical";
import { readVariant } from "../core/variant/read";
import type { MessageKey, MessageParams } from "../i18n";
import type { Lang } from "../i18n";
import type { LineCorrection, LineStatus, MappedLine, TenderMapping } from "./map-tender";

export interface MappingFileRead {
  readonly corrections: readonly LineCorrection[];
  /** Rows the file marks `uncertain` while the workbook reads them as mapped: not filled. */
  readonly held: readonly number[];
  /** Errors: the file cannot be used as it is (nothing should be filled from it). */
  readonly findings: readonly Finding[];
}

const STATUSES: readonly LineStatus[] = ["mapped", "uncertain", "unmapped"];

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function problem(key: MessageKey, file: string, params: MessageParams, row?: number): Finding {
  return {
    code: key,
    severity: "error",
    location: { file, ...(row !== undefined ? { line: row } : {}) },
    messageKey: key,
    params: { file, ...params },
  };
}

/** Designations compared as a reader sees them: spaces and line breaks folded. */
const folded = (text: string) => text.replace(/\s+/g, " ").trim();

interface FileLine {
  readonly row: number;
  readonly status: LineStatus;
  readonly variant: unknown;
  readonly designation?: string;
}

/** One entry of `lines`, or the finding that says what is wrong with its shape. */
function fileLine(value: unknown, index: number, file: string): FileLine | Finding {
  const at = { index: index + 1 };
  if (!isObject(value)) return problem("fill.map.lineShape", file, at);
  const { row, status, variant, designation } = value;
  if (typeof row !== "number" || !Number.isInteger(row) || row < 1)
    return problem("fill.map.rowShape", file, { ...at, value: JSON.stringify(row ?? null) });
  if (typeof status !== "string" || !STATUSES.includes(status as LineStatus))
    return problem(
      "fill.map.status",
      file,
      { row, value: typeof status === "string" ? status : JSON.stringify(status ?? null) },
      row,
    );
  return {
    row,
    status: status as LineStatus,
    variant,
    ...(typeof designation === "string" ? { designation } : {}),
  };
}

/** What one line of the file asks, against the workbook's own reading of that row. */
function lineChange(
  entry: FileLine,
  line: MappedLine,
  file: string,
  lang: Lang,
): LineCorrection | "hold" | null | Finding {
  const { row } = entry;
  if (entry.designation !== undefined && folded(entry.designation) !== folded(line.designation))
    return problem(
      "fill.map.designation",
      file,
      { row, given: entry.designation, text: line.designation },
      row,
    );
  if (entry.status === "unmapped") return line.status === "unmapped" ? null : { row, variant: null };
  if (entry.status === "uncertain") {
    if (entry.variant !== null && entry.variant !== undefined)
      return problem("fill.map.variantNotMapped", file, { row }, row);
    return line.status === "mapped" ? "hold" : null;
  }
  if (entry.variant === null || entry.variant === undefined)
    return problem("fill.map.variantMissing", file, { row }, row);
  const read = readVariant(entry.variant);
  if (!read.variant) {
    const first = read.findings.find((finding) => finding.severity === "error");
    const detail = first ? findingMessage(first, lang) : "";
    return problem("fill.map.variantInvalid", file, { row, detail }, row);
  }
  const same =
    line.status === "mapped" &&
    line.variant &&
    canonicalVariantJson(line.variant) === canonicalVariantJson(read.variant);
  return same ? null : { row, variant: read.variant };
}

/**
 * Reads a corrected reading (`json`, the parsed file) against `reading`, the workbook's own reading: the
 * corrections to apply with mapTender, the rows to hold back, and every problem of the file.
 */
export function readMappingFile(
  json: unknown,
  file: string,
  reading: TenderMapping,
  lang: Lang,
): MappingFileRead {
  const none = { corrections: [], held: [] };
  if (!isObject(json) || !Array.isArray(json.lines))
    return { ...none, findings: [problem("fill.map.shape", file, {})] };
  if (typeof json.sheet === "string" && json.sheet.toLowerCase() !== reading.sheet.toLowerCase())
    return {
      ...none,
      findings: [problem("fill.map.sheet", file, { sheet: json.sheet, read: reading.sheet })],
    };
  const byRow = new Map(reading.lines.map((line) => [line.row, line]));
  const seen = new Set<number>();
  const corrections: LineCorrection[] = [];
  const held: number[] = [];
  const findings: Finding[] = [];
  json.lines.forEach((value, index) => {
    const entry = fileLine(value, index, file);
    if ("code" in entry) return void findings.push(entry);
    const line = byRow.get(entry.row);
    if (!line)
      return void findings.push(
        problem("fill.map.row", file, { row: entry.row, sheet: reading.sheet }, entry.row),
      );
    if (seen.has(entry.row))
      return void findings.push(problem("fill.map.duplicate", file, { row: entry.row }, entry.row));
    seen.add(entry.row);
    const change = lineChange(entry, line, file, lang);
    if (change === "hold") held.push(entry.row);
    else if (change !== null && "code" in change) findings.push(change);
    else if (change !== null) corrections.push(change);
  });
  return { corrections, held, findings };
}

/** The lines of `rows` held back by the user: asked again, never filled. */
export function holdLines(mapping: TenderMapping, rows: readonly number[]): TenderMapping {
  if (rows.length === 0) return mapping;
  const held = new Set(rows);
  const why = reason("heldByUser");
  return {
    ...mapping,
    lines: mapping.lines.map((line) =>
      held.has(line.row)
        ? {
            ...line,
            status: "uncertain",
            suggestion: line.variant,
            variant: null,
            reason: why,
            doubts: [why],
          }
        : line,
    ),
  };
}

/** The sheet a corrected reading names, to read that sheet when none is asked. */
export function mappingFileSheet(json: unknown): string | undefined {
  return isObject(json) && typeof json.sheet === "string" ? json.sheet : undefined;
}
