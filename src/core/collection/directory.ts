// The directory of the offer for buyers: one row per caterer with a valid grid, what it is and what it offers,
// never a price. Sorted by company name, as a buyer looks one up.

import type { Grid } from "../grid/model";
import { listOf, nameOf, numberOf, offeredLines, siretOf, textOf, validUntilOf } from "./identity";
import type { DirectoryRow } from "./model";

export function directoryRow(file: string, grid: Grid): DirectoryRow {
  return {
    file,
    name: nameOf(grid),
    siret: siretOf(grid),
    type: textOf(grid, "entreprise.type_structure"),
    approval: textOf(grid, "entreprise.agrement"),
    departments: listOf(grid, "entreprise.departements"),
    coversPerDay: numberOf(grid, "capacite.couverts_max_jour"),
    leadDays: numberOf(grid, "commande.delai_jours"),
    insertionHours: numberOf(grid, "engagements.heures_insertion_an"),
    organicPct: numberOf(grid, "engagements.part_bio_pct"),
    shortCircuitPct: numberOf(grid, "engagements.part_circuits_courts_pct"),
    validUntil: validUntilOf(grid),
    offered: offeredLines(grid),
  };
}

/** Rows sorted by name (French collation, case and accents aside), then SIRET. */
export function buildDirectory(entries: readonly { file: string; grid: Grid }[]): DirectoryRow[] {
  return entries
    .map(({ file, grid }) => directoryRow(file, grid))
    .sort(
      (a, b) => a.name.localeCompare(b.name, "fr", { sensitivity: "base" }) || a.siret.localeCompare(b.siret),
    );
}
