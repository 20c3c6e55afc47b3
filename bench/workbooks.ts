// The workbooks the bench works on, written by the product's own writers: a buyer's standard schedule of n lines,
// bids on it (the schedule filled with a sample grid's prices), a buyer's own BPU of n lines, and returned grids
// (filled templates, one in five as JSON) as a facilitator receives them.

import { readFileSync } from "node:fs";
import path from "node:path";
import { sampleGrids } from "../src/cli/demo/sample-grids";
import { readGridJson } from "../src/core/grid";
import { compareTenderBids } from "../src/usecases/compare-bids";
import { makeSchedule } from "../src/usecases/make-schedule";
import { makeTemplate } from "../src/usecases/make-template";
import { fillWorkbookBytes } from "../src/xlsx/fill";
import { readWorkbook } from "../src/xlsx/read";
import { writeWorkbook } from "../src/xlsx/write";
import { bpuLayout, workbookOf, type PoolLine } from "../test/helpers/tender-layouts";

export const GRIDS_DIR = path.resolve(__dirname, "../../shared/fixtures/grids");
export const SAMPLE_GRIDS = ["reference", "traiteur-a", "traiteur-b"] as const;
/** The facilitator's day: the sample grids' validity is read against it. */
export const TODAY = "2026-12-01";

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Generated once per size: the door's actions and the CLI share the same workbooks. */
function memo<T>(make: (size: number) => Promise<T>): (size: number) => Promise<T> {
  const made = new Map<number, Promise<T>>();
  return (size) => {
    const known = made.get(size);
    if (known) return known;
    const fresh = make(size);
    made.set(size, fresh);
    return fresh;
  };
}

export function gridJson(name: string): unknown {
  return JSON.parse(readFileSync(path.join(GRIDS_DIR, `${name}.json`), "utf8")) as unknown;
}

const ZONES = ["paris", "petite_couronne", "grande_couronne"] as const;

/** A buyer's line: cocktails, trays, buffets, staff and delivery in turn, with their own quantity. */
function scheduleLine(index: number): unknown {
  const delivery = { included: true, zone: ZONES[index % 3], evening: index % 4 === 0 };
  const variants: unknown[] = [
    { product: "cocktail", pieces: 4 + (index % 20), extras: [], guests: 20 + (index % 80), delivery },
    { product: "plateau.classique", guests: 10 + (index % 40), unit: "plateau", delivery },
    { product: "buffet.froid", guests: 30 + (index % 60), unit: "prestation", delivery },
    { product: "personnel.maitre_hotel" },
    { product: "livraison.paris" },
  ];
  return {
    ref: `${1 + Math.floor(index / 100)}.${1 + (index % 100)}`,
    quantity: 1 + (index % 50),
    variant: variants[index % 5],
  };
}

/** The standard schedule (BPU valant DQE) of `lines` lines, as the buyer's command writes it. */
export const scheduleBytes = memo(async (lines: number): Promise<Uint8Array> => {
  const making = makeSchedule({
    lines: Array.from({ length: lines }, (_, index) => scheduleLine(index)),
    lang: "fr",
    title: "Bench",
  });
  if (!making.plan) throw new Error(`bench schedule refused: ${JSON.stringify(making.findings.slice(0, 3))}`);
  return new Uint8Array(await writeWorkbook(making.plan));
});

export function scheduleJson(lines: number): unknown[] {
  return Array.from({ length: lines }, (_, index) => scheduleLine(index));
}

/** Bids on `schedule`: each filled with a sample grid's prices, scaled by a factor so that they differ. */
const madeBids = new WeakMap<Uint8Array, Map<number, Promise<NamedBytes[]>>>();

export function bidFiles(schedule: Uint8Array, count: number): Promise<NamedBytes[]> {
  const made = madeBids.get(schedule) ?? new Map<number, Promise<NamedBytes[]>>();
  madeBids.set(schedule, made);
  const known = made.get(count);
  if (known) return known;
  const fresh = makeBids(schedule, count);
  made.set(count, fresh);
  return fresh;
}

async function makeBids(schedule: Uint8Array, count: number): Promise<NamedBytes[]> {
  const tender = await readWorkbook(schedule, "bordereau.xlsx");
  const priced = compareTenderBids({
    tender,
    bids: SAMPLE_GRIDS.map((grid) => ({ file: grid, source: { kind: "gridJson", json: gridJson(grid) } })),
    options: { points: 40 },
  });
  if (!priced.ok) throw new Error("bench schedule not comparable");
  const { sheet, lines } = priced.tender;
  const files: NamedBytes[] = [];
  for (let index = 0; index < count; index += 1) {
    const prices = priced.bids[index % SAMPLE_GRIDS.length].unit;
    const factor = 100 - (index % 7) * 3 + Math.floor(index / 7);
    const name = `offre-${String(index + 1).padStart(2, "0")}.xlsx`;
    const wanted = lines.map((line, at) => ({
      sheet,
      cell: line.priceCell,
      value: Math.round(((prices[at] ?? 0) * factor) / 100) / 100,
    }));
    const filled = await fillWorkbookBytes(schedule, name, wanted);
    files.push({ name, bytes: filled.data });
  }
  return files;
}

const range = (first: number, last: number, step = 1): number[] =>
  Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, index) => first + index * step);

/**
 * 200 distinct designations as buyers write them (worded after the fixtures' tenders): cocktails by pieces and
 * guests, trays, buffets and breaks for so many people, deliveries, staff by the hour, drinks, equipment, and a few
 * lines outside the standard. A large tender lists such a set again for each of its sites.
 */
export const SITE_LINES: readonly PoolLine[] = [
  ...range(4, 24).map((pieces) => ({ designation: `Cocktail ${pieces} pièces`, unit: "pers." })),
  ...range(4, 22).map((pieces) => ({ designation: `Cocktail ${pieces} pièces salées`, unit: "personne" })),
  ...range(10, 24).map((pieces) => ({
    designation: `Cocktail dînatoire ${pieces} pces / pers.`,
    unit: "pers.",
  })),
  ...[6, 8, 10, 12].flatMap((pieces) =>
    range(20, 100, 10).map((guests) => ({
      designation: `Cocktail ${pieces} pièces pour ${guests} convives`,
      unit: "personne",
    })),
  ),
  ...["classique", "prestige", "végétarien"].flatMap((kind) => [
    ...range(10, 50, 10).map((guests) => ({
      designation: `Plateau-repas ${kind} (entrée, plat, dessert), ${guests} personnes`,
      unit: "plateau",
    })),
    ...["Paris", "petite couronne", "grande couronne"].map((zone) => ({
      designation: `Plateau-repas ${kind}, livraison ${zone} comprise`,
      unit: "plateau",
    })),
  ]),
  ...["froid", "chaud"].flatMap((kind) =>
    range(20, 200, 10).map((guests) => ({
      designation: `Buffet ${kind} pour ${guests} convives`,
      unit: "personne",
    })),
  ),
  ...range(10, 150, 10).map((guests) => ({
    designation: `Pause-café pour ${guests} participants`,
    unit: "personne",
  })),
  ...range(10, 100, 10).map((guests) => ({
    designation: `Café d'accueil pour ${guests} personnes`,
    unit: "personne",
  })),
  ...range(20, 110, 10).map((seats) => ({
    designation: `Location de salle (${seats} places)`,
    unit: "forfait",
  })),
  { designation: "Maître d'hôtel (par heure de présence)", unit: "heure" },
  { designation: "Serveur – prix de l'heure", unit: "heure" },
  { designation: "Cuisinier (par heure de présence)", unit: "heure" },
  { designation: "Livraison Paris (75)", unit: "forfait" },
  { designation: "Livraison petite couronne (92, 93, 94)", unit: "forfait" },
  { designation: "Livraison grande couronne (77, 78, 91, 95)", unit: "forfait" },
  { designation: "Coupe de champagne brut (12 cl)", unit: "coupe" },
  { designation: "Forfait vin (rouge, blanc, rosé – 1/3 de bouteille par pers.)", unit: "personne" },
  { designation: "Forfait boissons sans alcool (jus, sodas, eaux)", unit: "personne" },
  { designation: "Location de mange-debout", unit: "unité" },
  { designation: "Nappage tissu, par table", unit: "table" },
  { designation: "Vaisselle et verrerie (par convive)", unit: "personne" },
];

/**
 * A buyer's own BPU of `lines` lines (not the standard schedule): what a caterer fills. Its lines run through
 * SITE_LINES, under one site heading per 200 lines, so that a 2 000-line tender reads 200 distinct designations
 * (each repeated once per site, as a framework agreement lists them), not a handful.
 */
export const tenderBytes = memo(async (lines: number): Promise<Uint8Array> => {
  const sites = Array.from(
    { length: Math.ceil(lines / SITE_LINES.length) },
    (_, index) => `SITE ${index + 1} – Bâtiment ${String.fromCharCode(65 + (index % 26))}`,
  );
  const layout = bpuLayout({ lines, notes: ["Prix HT, livraison en sus."], pool: SITE_LINES, sites });
  return new Uint8Array(await writeWorkbook(workbookOf(layout.sheet)));
});

/** `count` sample grids as their JSON (plus the update the samples carry; one in eight expired). */
export function returnedGridJson(count: number): { name: string; json: unknown }[] {
  return sampleGrids({
    count,
    seed: 11,
    validUntil: "2027-06-30",
    expiredUntil: "2026-06-30",
    expiredEvery: 8,
  });
}

/** `count` returned grids (plus the update the samples carry): filled templates, every fifth one as JSON. */
export async function returnedGridFiles(count: number): Promise<NamedBytes[]> {
  const samples = returnedGridJson(count);
  const files: NamedBytes[] = [];
  for (const [index, { name, json }] of samples.entries()) {
    if (index % 5 === 4) {
      files.push({ name: `${name}.json`, bytes: new TextEncoder().encode(JSON.stringify(json)) });
      continue;
    }
    const grid = readGridJson(json).grid;
    if (!grid) throw new Error(`sample ${name} does not read`);
    files.push({
      name: `${name}.xlsx`,
      bytes: new Uint8Array(await writeWorkbook(makeTemplate({ lang: "fr", grid }))),
    });
  }
  return files;
}
