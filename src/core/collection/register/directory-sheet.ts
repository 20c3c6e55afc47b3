// The directory of the offer as an Excel table: who each caterer is, what it commits to, the departments it serves
// and the products it offers as "oui"/"non" columns, so a buyer filters by department and by product with the
// table's own filter buttons. Never a price.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import { DEPARTMENTS, PRICE_LINE_ENTRIES, catalogueEntry } from "../../grid/catalogue";
import { columnLetters } from "../../workbook/address";
import type { SheetPlan } from "../../workbook/plan";
import type { Collection, DirectoryRow } from "../model";
import type { RegisterNames } from "./names";
import { REGISTER_STYLE as S } from "./styles";
import { dateValue, tableBlock, type Column } from "./table-block";

const label = (id: string, lang: Lang): string => catalogueEntry(id)?.label[lang] ?? id;

type Field = Omit<Column<DirectoryRow>, "header"> & { readonly id: string };

/** The directory's first columns, by name: the insertion sheet's formulas find their data through these keys. */
const IDENTITY_FIELDS = {
  name: { id: "entreprise.raison_sociale", width: 30, style: S.text, value: (row) => row.name },
  siret: { id: "entreprise.siret", width: 16, style: S.text, value: (row) => row.siret },
  type: { id: "entreprise.type_structure", width: 9, style: S.text, value: (row) => row.type },
  approval: { id: "entreprise.agrement", width: 16, style: S.text, value: (row) => row.approval },
  departments: {
    id: "entreprise.departements",
    width: 16,
    style: S.text,
    value: (row) => row.departments.join(", "),
  },
  covers: { id: "capacite.couverts_max_jour", width: 11, style: S.integer, value: (row) => row.coversPerDay },
  leadDays: { id: "commande.delai_jours", width: 10, style: S.integer, value: (row) => row.leadDays },
  insertionHours: {
    id: "engagements.heures_insertion_an",
    width: 11,
    style: S.integer,
    value: (row) => row.insertionHours,
  },
  organic: { id: "engagements.part_bio_pct", width: 10, style: S.number, value: (row) => row.organicPct },
  shortCircuit: {
    id: "engagements.part_circuits_courts_pct",
    width: 11,
    style: S.number,
    value: (row) => row.shortCircuitPct,
  },
  validUntil: {
    id: "prix.validite",
    width: 12,
    style: S.date,
    value: (row) => dateValue(row.validUntil),
  },
} satisfies Record<string, Field>;

const IDENTITY_KEYS = Object.keys(IDENTITY_FIELDS) as (keyof typeof IDENTITY_FIELDS)[];

/** The directory's column letter of an identity field or of a department's "oui"/"non" column. */
export function directoryColumn(of: keyof typeof IDENTITY_FIELDS | { readonly department: string }): string {
  const index =
    typeof of === "string"
      ? IDENTITY_KEYS.indexOf(of)
      : IDENTITY_KEYS.length + (DEPARTMENTS as readonly string[]).indexOf(of.department);
  return columnLetters(index);
}

function identityColumns(lang: Lang): Column<DirectoryRow>[] {
  return IDENTITY_KEYS.map((key) => {
    const { id, ...column } = IDENTITY_FIELDS[key] as Field;
    return { header: label(id, lang), ...column };
  });
}

function yesNo(lang: Lang, yes: boolean): string {
  return t(lang, yes ? "collect.yes" : "collect.no");
}

export function directoryColumns(lang: Lang): Column<DirectoryRow>[] {
  const departments: Column<DirectoryRow>[] = DEPARTMENTS.map((department) => ({
    header: t(lang, "collect.column.department", { department }),
    width: 8,
    style: S.text,
    value: (row) => yesNo(lang, row.departments.includes(department)),
  }));
  const products: Column<DirectoryRow>[] = PRICE_LINE_ENTRIES.map((entry) => ({
    header: entry.label[lang],
    width: 12,
    style: S.text,
    value: (row) => yesNo(lang, row.offered.includes(entry.id)),
  }));
  return [...identityColumns(lang), ...departments, ...products];
}

export function directorySheet(collection: Collection, lang: Lang, names: RegisterNames): SheetPlan {
  const block = tableBlock(names.tables.directory, 1, directoryColumns(lang), collection.directory);
  return {
    name: names.sheets.directory,
    cells: block.cells,
    tables: [block.table],
    columns: block.columns,
    freeze: { rows: 1, columns: 1 },
  };
}
