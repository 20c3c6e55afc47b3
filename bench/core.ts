// The pure core at scale, each job in its own Node process so its peak memory is its own: pricing 100 000 variants,
// reading 5 000 designations, comparing 50 bids × 500 lines. Time per item and peak memory; shown, not checked
// (they depend on the machine).

import { readFileSync } from "node:fs";
import path from "node:path";
import { compareBids, type BidPrices, type CompareLine } from "../src/core/compare";
import { readDesignation } from "../src/core/designation";
import { readGridJson, REFERENCE_GRID_JSON } from "../src/core/grid";
import { basisPoints, cents } from "../src/core/money";
import { priceVariant } from "../src/core/pricing";
import type { Variant } from "../src/core/variant";
import { reportFromChild, runChild } from "./measure";
import type { Row } from "./report";

const PRICINGS = 100_000;
const DESIGNATIONS = 5_000;
const BIDS = 50;
const LINES = 500;

/** A spread of variants: cocktails of 4 to 25 pieces, trays, buffets, staff and delivery, per person or flat. */
function variantAt(index: number): Variant {
  const guests = 10 + (index % 190);
  const zones = ["paris", "petite_couronne", "grande_couronne"] as const;
  const delivery = {
    included: true,
    zone: zones[index % 3],
    evening: index % 5 === 0,
    weekend: index % 7 === 0,
  };
  switch (index % 5) {
    case 0:
      return {
        product: "cocktail",
        pieces: 4 + (index % 22),
        extras: [],
        guests,
        unit: "personne",
        delivery,
        basis: "HT",
      };
    case 1:
      return { product: "plateau.classique", extras: [], guests, unit: "plateau", delivery, basis: "TTC" };
    case 2:
      return {
        product: "cocktail",
        pieces: 8,
        extras: ["boissons.vin"],
        guests,
        unit: "personne",
        delivery,
        staff: { included: true, role: "serveur", per_guests: 30, hours: 3 },
        basis: "TTC",
      };
    case 3:
      return { product: "buffet.froid", extras: [], guests, unit: "prestation", delivery, basis: "HT" };
    default:
      return { product: "personnel.maitre_hotel", extras: [], unit: "heure", basis: "HT" };
  }
}

function pricing(): Record<string, number> {
  const grid = readGridJson(REFERENCE_GRID_JSON).grid;
  if (!grid) throw new Error("reference grid unreadable");
  const start = process.hrtime.bigint();
  let priced = 0;
  for (let index = 0; index < PRICINGS; index += 1) if (priceVariant(grid, variantAt(index)).ok) priced += 1;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { items: PRICINGS, priced, ms };
}

function designations(): Record<string, number> {
  const table = readFileSync(
    path.resolve(__dirname, "../test/fixtures/designations/designations.tsv"),
    "utf8",
  );
  const lines = table
    .split("\n")
    .slice(1)
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
  const start = process.hrtime.bigint();
  for (let index = 0; index < DESIGNATIONS; index += 1) {
    const [designation, unit] = lines[index % lines.length];
    readDesignation({ designation, unit, basis: "HT" });
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { items: DESIGNATIONS, ms };
}

function comparison(): Record<string, number> {
  const lines: CompareLine[] = Array.from({ length: LINES }, (_, index) => ({
    quantity: 1 + (index % 120),
    vatBp: basisPoints(index % 9 === 0 ? 2000 : 1000),
  }));
  const bids: BidPrices[] = Array.from({ length: BIDS }, (_, bid) => ({
    name: `Offre ${bid + 1}`,
    unit: lines.map((_, line) => cents(800 + ((bid * 37 + line * 11) % 2400))),
  }));
  const start = process.hrtime.bigint();
  compareBids({ basis: "HT", lines, bids, options: { points: 40, trimmedMean: true } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { items: BIDS * LINES, ms };
}

const JOBS: Readonly<Record<string, () => Record<string, number>>> = { pricing, designations, comparison };

const LABELS: Readonly<Record<string, string>> = {
  pricing: `pricing ${PRICINGS.toLocaleString("en")} variants`,
  designations: `reading ${DESIGNATIONS.toLocaleString("en")} designations`,
  comparison: `comparing ${BIDS} bids × ${LINES} lines`,
};

export function coreRows(): Row[] {
  return Object.keys(JOBS).flatMap((job): Row[] => {
    const { result, peakMb } = runChild("core.ts", job);
    return [
      {
        section: "Core",
        name: `${LABELS[job]}: per item`,
        value: (result.ms * 1000) / result.items,
        unit: "µs",
      },
      { section: "Core", name: `${LABELS[job]}: total`, value: result.ms, unit: "ms" },
      { section: "Core", name: `${LABELS[job]}: peak memory`, value: peakMb, unit: "MB" },
    ];
  });
}

// Run as a child: `node -r bench/register.js bench/core.ts <job>`.
if (require.main === module) {
  const job = JOBS[process.argv[2] ?? ""];
  if (!job) throw new Error(`unknown job ${process.argv[2]}`);
  reportFromChild(job());
}
