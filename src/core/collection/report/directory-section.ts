// The directory for buyers in the report: one row per caterer with a valid grid (never a price), and filters by
// department and by product that work in the file itself, without a server; without script every row shows.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import { DEPARTMENTS, PRICE_LINE_ENTRIES, catalogueEntry, type SectionId } from "../../grid/catalogue";
import { element, type Html } from "../../report/html";
import type { Collection, DirectoryRow } from "../model";
import { familyLabel, familyOf } from "../texts";
import { formatIsoDate } from "../../date-text";
import { htmlTable, integerText, section, type HtmlColumn } from "./parts";

const label = (id: string, lang: Lang): string => catalogueEntry(id)?.label[lang] ?? id;

/** "Cocktails (5), Plateaux-repas (3)": the families offered with how many of their lines. */
function productsText(row: DirectoryRow, lang: Lang): string {
  const families = new Map<SectionId, number>();
  for (const id of row.offered) families.set(familyOf(id), (families.get(familyOf(id)) ?? 0) + 1);
  return [...families]
    .map(([family, count]) => t(lang, "collect.report.family", { family: familyLabel(family, lang), count }))
    .join(", ");
}

function percentText(value: number | null, lang: Lang): string {
  return value === null ? "—" : t(lang, "collect.report.percent", { value: integerText(value, lang) });
}

function columns(lang: Lang): HtmlColumn<DirectoryRow>[] {
  return [
    { header: label("entreprise.raison_sociale", lang), cell: (row) => row.name },
    { header: label("entreprise.type_structure", lang), cell: (row) => row.type },
    { header: label("entreprise.agrement", lang), cell: (row) => row.approval || "—" },
    { header: label("entreprise.departements", lang), cell: (row) => row.departments.join(", ") || "—" },
    {
      header: label("capacite.couverts_max_jour", lang),
      numeric: true,
      cell: (row) => integerText(row.coversPerDay, lang),
    },
    {
      header: label("commande.delai_jours", lang),
      numeric: true,
      cell: (row) => integerText(row.leadDays, lang),
    },
    {
      header: label("engagements.heures_insertion_an", lang),
      numeric: true,
      cell: (row) => integerText(row.insertionHours, lang),
    },
    {
      header: label("engagements.part_bio_pct", lang),
      numeric: true,
      cell: (row) => percentText(row.organicPct, lang),
    },
    {
      header: label("engagements.part_circuits_courts_pct", lang),
      numeric: true,
      cell: (row) => percentText(row.shortCircuitPct, lang),
    },
    { header: t(lang, "collect.report.products"), fit: "wrap", cell: (row) => productsText(row, lang) },
    { header: label("prix.validite", lang), cell: (row) => formatIsoDate(row.validUntil, lang) || "—" },
  ];
}

function filters(lang: Lang): Html {
  const any = (text: string) => element("option", { value: "" }, [text]);
  const departments = element("select", { id: "filter-department" }, [
    any(t(lang, "collect.report.filter.anyDepartment")),
    DEPARTMENTS.map((department) => element("option", { value: department }, [department])),
  ]);
  const families = [...new Set(PRICE_LINE_ENTRIES.map((entry) => familyOf(entry.id)))];
  const products = element("select", { id: "filter-product" }, [
    any(t(lang, "collect.report.filter.anyProduct")),
    families.map((family) =>
      element(
        "optgroup",
        { label: familyLabel(family, lang) },
        PRICE_LINE_ENTRIES.filter((entry) => familyOf(entry.id) === family).map((entry) =>
          element("option", { value: entry.id }, [entry.label[lang]]),
        ),
      ),
    ),
  ]);
  return element("div", { id: "filters", class: "filters", hidden: true }, [
    element("label", {}, [t(lang, "collect.report.filter.department"), departments]),
    element("label", {}, [t(lang, "collect.report.filter.product"), products]),
    element("p", {
      id: "filter-count",
      role: "status",
      "aria-live": "polite",
      "data-one": t(lang, "collect.report.filter.count.one"),
      "data-many": t(lang, "collect.report.filter.count.many"),
    }),
  ]);
}

export function directorySection(collection: Collection, lang: Lang): Html {
  const rows = collection.directory;
  return section("directory-section", t(lang, "collect.report.directory"), [
    element("p", {}, [t(lang, "collect.report.directoryAbout")]),
    filters(lang),
    rows.length === 0
      ? element("p", {}, [t(lang, "collect.report.directoryEmpty")])
      : htmlTable(
          t(lang, "collect.report.directoryCaption", { count: rows.length }),
          columns(lang),
          rows,
          (row) => ({
            "data-departments": row.departments.join(" "),
            "data-products": row.offered.join(" "),
          }),
          "directory",
        ),
  ]);
}
