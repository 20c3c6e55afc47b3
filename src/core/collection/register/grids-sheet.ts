// The register's "Grilles" sheet (one line per file, its state and a note in words) and "Constats" sheet (every
// finding of every file, with its sheet and cell), each an Excel table with filters.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import { findingMessage } from "../../finding-message";
import type { Finding } from "../../findings";
import type { SheetPlan } from "../../workbook/plan";
import { gridLine, type GridHeader, type GridLine } from "../lines";
import type { Collection } from "../model";
import type { RegisterNames } from "./names";
import { REGISTER_STYLE as S } from "./styles";
import { tableBlock, type Column } from "./table-block";

function gridColumns(lang: Lang): Column<GridLine>[] {
  const header = (key: GridHeader) => gridHeader(lang, key);
  return [
    { header: header("file"), width: 36, style: S.text, value: (line) => line.file },
    { header: header("name"), width: 30, style: S.text, value: (line) => line.name },
    { header: header("siret"), width: 16, style: S.text, value: (line) => line.siret },
    { header: header("type"), width: 9, style: S.text, value: (line) => line.type },
    { header: header("departments"), width: 16, style: S.text, value: (line) => line.departments.join(", ") },
    { header: header("validUntil"), width: 13, style: S.text, value: (line) => line.validUntil },
    {
      header: header("status"),
      width: 13,
      style: S.text,
      value: (line) => t(lang, `collect.status.${line.status}`),
    },
    { header: header("errors"), width: 8, style: S.integer, value: (line) => line.errors },
    { header: header("warnings"), width: 9, style: S.integer, value: (line) => line.warnings },
    {
      header: header("offered"),
      width: 10,
      style: S.share,
      value: (line) => (line.offered ? line.offered.lines / line.offered.of : null),
    },
    { header: header("note"), width: 60, style: S.wrap, value: (line) => line.note },
  ];
}

function gridHeader(lang: Lang, key: GridHeader): string {
  return t(lang, `collect.column.${key}`);
}

export function gridsSheet(collection: Collection, lang: Lang, names: RegisterNames): SheetPlan {
  const lines = collection.grids.map((grid) => gridLine(grid, lang, collection.today));
  const block = tableBlock(names.tables.grids, 1, gridColumns(lang), lines);
  return {
    name: names.sheets.grids,
    cells: block.cells,
    tables: [block.table],
    columns: block.columns,
    freeze: { rows: 1, columns: 2 },
  };
}

interface FindingRow {
  readonly file: string;
  readonly finding: Finding;
}

function findingColumns(lang: Lang): Column<FindingRow>[] {
  return [
    { header: gridHeader(lang, "file"), width: 36, style: S.text, value: (row) => row.file },
    {
      header: t(lang, "collect.column.severity"),
      width: 13,
      style: S.text,
      value: (row) => t(lang, `severity.${row.finding.severity}`),
    },
    {
      header: t(lang, "collect.column.sheet"),
      width: 14,
      style: S.text,
      value: (row) => row.finding.location?.sheet ?? "",
    },
    {
      header: t(lang, "collect.column.cell"),
      width: 8,
      style: S.text,
      value: (row) => row.finding.location?.cell ?? "",
    },
    {
      header: t(lang, "collect.column.message"),
      width: 90,
      style: S.wrap,
      value: (row) => findingMessage(row.finding, lang),
    },
  ];
}

export function findingsSheet(collection: Collection, lang: Lang, names: RegisterNames): SheetPlan {
  const rows = collection.grids.flatMap((grid) =>
    grid.findings.map((finding) => ({ file: grid.file, finding })),
  );
  const block = tableBlock(names.tables.findings, 1, findingColumns(lang), rows);
  return {
    name: names.sheets.findings,
    cells: block.cells,
    tables: [block.table],
    columns: block.columns,
    freeze: { rows: 1, columns: 1 },
  };
}
