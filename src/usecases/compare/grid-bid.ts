// A bid given as a filled standard grid (the template, or the grid's JSON): each line of the original priced from
// the grid by the variant the mapping read for it (priceVariant; in a standard schedule, the part of the price in
// the line's VAT category). A line that is not a variant of the standard, or that the grid cannot price, has no
// price: the bid is incomplete, and a finding says which line and why.

import type { Finding } from "../../core/findings";
import { validUntilOf } from "../../core/collection/identity";
import { isIsoDate } from "../../core/date-text";
import type { Grid } from "../../core/grid";
import type { Cents } from "../../core/money";
import { priceVariant } from "../../core/pricing";
import type { Basis } from "../../core/variant/model";
import type { GridLoad } from "../load-grid";
import type { BidOutcome } from "./bid-reading";
import { comparisonFinding } from "./findings";
import type { ComparedTender, TenderLine } from "./tender";

const RAISON_SOCIALE = "entreprise.raison_sociale";

interface LinePrice {
  /** On the schedule's basis: the variant's (or its part's) price HT, or TTC for a schedule asking TTC only. */
  readonly unit: Cents | null;
  readonly findings: readonly Finding[];
}

function linePrice(
  grid: Grid,
  line: TenderLine,
  place: { file: string; sheet: string; basis: Basis },
): LinePrice {
  const location = { file: place.file, sheet: place.sheet, cell: line.priceCell };
  const params = { ref: line.ref, designation: line.designation };
  if (!line.variant)
    return {
      unit: null,
      findings: [comparisonFinding("compare.grid.notStandard", "error", location, params)],
    };
  const priced = priceVariant(grid, line.variant);
  if (!priced.ok) {
    const cause = { ...priced.finding, severity: "error" as const, location };
    return {
      unit: null,
      findings: [comparisonFinding("compare.grid.unpriced", "error", location, params), cause],
    };
  }
  const onBasis = (price: { ht: Cents; ttc: Cents }) => (place.basis === "TTC" ? price.ttc : price.ht);
  if (!line.part) return { unit: onBasis(priced), findings: [] };
  const part = priced.byVat.find((entry) => entry.category === line.part);
  // By the schedule's construction the part is there; a damaged hidden column may ask for another one.
  if (part) return { unit: onBasis(part), findings: [] };
  return {
    unit: null,
    findings: [
      comparisonFinding("compare.grid.noPart", "error", location, { ...params, category: line.part }),
    ],
  };
}

function bidderOf(grid: Grid): string | null {
  const name = grid.identity[RAISON_SOCIALE];
  return typeof name === "string" && name.trim() !== "" ? name.trim() : null;
}

/** The grid's findings, placed in its file (a finding from a template keeps its sheet and cell). */
const inFile = (file: string) => (finding: Finding) => ({
  ...finding,
  location: { ...finding.location, file },
});

/** A grid whose prices expired before `today`: compared all the same, and said. */
function expiredFinding(grid: Grid, file: string, today: string | undefined): Finding[] {
  const until = validUntilOf(grid);
  if (!today || !isIsoDate(until) || until >= today) return [];
  return [comparisonFinding("compare.grid.expired", "warning", { file }, { file, date: until })];
}

/** Prices the original's lines from a grid; a grid that cannot price at all is refused with its reason. */
export function priceGridBid(
  tender: ComparedTender,
  file: string,
  load: GridLoad,
  today?: string,
): BidOutcome {
  if (!load.ok) {
    const reason =
      load.reason === "unusable" && load.blocking
        ? [load.blocking]
        : [comparisonFinding("compare.bid.gridUnusable", "error", { file }, { file })];
    const others = load.reason === "unusable" ? load.findings : [];
    return { refused: true, findings: [...reason, ...others].map(inFile(file)) };
  }
  const { grid } = load;
  const place = { file, sheet: tender.sheet, basis: tender.basis };
  const priced = tender.lines.map((line) => linePrice(grid, line, place));
  return {
    unit: priced.map((line) => line.unit),
    priceCells: priced.map(() => null),
    bidder: bidderOf(grid),
    findings: [
      ...expiredFinding(grid, file, today),
      ...load.findings.map(inFile(file)),
      ...priced.flatMap((line) => line.findings),
    ],
  };
}
