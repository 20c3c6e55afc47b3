// `grille map` in words: the table found, its conditions, and each line with what it was read as. Labels come from
// the core (variantLabel, reasonText, conditionText); this file only lays them out.

import { conditionText, reasonText, type TenderColumns } from "../core/tender";
import { variantLabel } from "../core/variant/label";
import type { MappedLine, TenderMapping } from "../usecases/map-tender";
import type { MessageKey } from "../i18n";
import type { CliContext } from "./context";

const ROLES: readonly (keyof TenderColumns)[] = [
  "ref",
  "designation",
  "unit",
  "quantity",
  "price_ht",
  "vat",
  "price_ttc",
  "amount",
];

function columnsText(mapping: TenderMapping, ctx: CliContext): string {
  const typed = new Set(mapping.inputs.map((input) => input.column));
  return ROLES.flatMap((role) => {
    const letter = mapping.columns[role];
    if (!letter) return [];
    const mark = typed.has(letter) && role.startsWith("price") ? ` (${ctx.t("tender.cli.toType")})` : "";
    return [`${ctx.t(`tender.column.${role}`)} ${letter}${mark}`];
  }).join(" · ");
}

function lineText(line: MappedLine, ctx: CliContext): string[] {
  const designation = line.designation.replace(/\s*\n\s*/g, " ").trim();
  const head = `  ${ctx.t("tender.cli.line", { row: line.row, ref: line.ref || "—", designation })}`;
  const detail = (key: MessageKey, params: Record<string, string>, indent = "    ") =>
    `${indent}${ctx.t(key, params)}`;
  if (line.status === "mapped" && line.variant)
    return [head, detail("tender.cli.mapped", { label: variantLabel(line.variant, ctx.lang) })];
  const reason = reasonText(line.reason, ctx.lang);
  if (line.status === "unmapped") return [head, detail("tender.cli.unmapped", { reason })];
  const suggestion = line.suggestion
    ? [detail("tender.cli.suggestion", { label: variantLabel(line.suggestion, ctx.lang) }, "      ")]
    : [];
  return [head, detail("tender.cli.uncertain", { reason }), ...suggestion];
}

/** The whole reading, line by line, ready to print. */
export function mappingText(mapping: TenderMapping, ctx: CliContext): string[] {
  const count = (status: MappedLine["status"]) =>
    mapping.lines.filter((line) => line.status === status).length;
  const conditions =
    mapping.conditions.length > 0
      ? [
          ctx.t("tender.cli.conditions"),
          ...mapping.conditions.map((condition) => `  ${conditionText(condition, ctx.lang)}`),
        ]
      : [ctx.t("tender.cli.noConditions")];
  const hidden =
    mapping.hiddenColumns.length > 0
      ? [ctx.t("tender.cli.hiddenColumns", { columns: mapping.hiddenColumns.join(", ") })]
      : [];
  return [
    ctx.t("tender.cli.table", { file: mapping.file, sheet: mapping.sheet, row: mapping.headerRow }),
    ctx.t("tender.cli.columns", { columns: columnsText(mapping, ctx) }),
    ...hidden,
    ...conditions,
    ctx.t("tender.cli.lines"),
    ...mapping.lines.flatMap((line) => lineText(line, ctx)),
    ctx.t("tender.cli.summary", {
      total: mapping.lines.length,
      mapped: count("mapped"),
      uncertain: count("uncertain"),
      unmapped: count("unmapped"),
    }),
  ];
}
