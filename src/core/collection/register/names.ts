// The register's sheet and table names, in the reader's language, made free in a workbook that already has sheets
// or names (the task pane writes the register into the open workbook): "Annuaire" is taken, "Annuaire (2)" is used.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";

export const REGISTER_SHEETS = [
  "readme",
  "grids",
  "findings",
  "directory",
  "observatory",
  "byType",
  "byDepartment",
  "insertion",
] as const;
export type RegisterSheet = (typeof REGISTER_SHEETS)[number];

export const REGISTER_TABLES = [
  "grids",
  "findings",
  "directory",
  "observatory",
  "byType",
  "byDepartment",
] as const;
export type RegisterTable = (typeof REGISTER_TABLES)[number];

export interface RegisterNames {
  readonly sheets: Readonly<Record<RegisterSheet, string>>;
  readonly tables: Readonly<Record<RegisterTable, string>>;
}

/** Names already used in the workbook: sheets, and tables with defined names (they share one namespace). */
export interface TakenNames {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
}

const NO_NAMES: TakenNames = { sheets: [], names: [] };

function freeName(wanted: string, taken: Set<string>, suffix: (n: number) => string): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${wanted}${suffix(n)}`;
  taken.add(name.toLowerCase());
  return name;
}

function mapEach<K extends string>(keys: readonly K[], name: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, name(key)])) as Record<K, string>;
}

export function registerNames(lang: Lang, taken: TakenNames = NO_NAMES): RegisterNames {
  const sheets = new Set(taken.sheets.map((name) => name.toLowerCase()));
  const names = new Set(taken.names.map((name) => name.toLowerCase()));
  return {
    sheets: mapEach(REGISTER_SHEETS, (sheet) =>
      freeName(t(lang, `collect.sheet.${sheet}`), sheets, (n) => ` (${n})`),
    ),
    tables: mapEach(REGISTER_TABLES, (table) =>
      freeName(t(lang, `collect.table.${table}`), names, (n) => `_${n}`),
    ),
  };
}
