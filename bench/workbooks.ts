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
import { bpuLayout, workbookOf } from "../test/helpers/tender-layouts";

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
    const prices = priced.bids[index % SAMPLE_GRIDS.length].unitHt;
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

/** A buyer's own BPU of `lines` lines (not the standard schedule): what a caterer fills. */
export const tenderBytes = memo(async (lines: number): Promise<Uint8Array> => {
  const layout = bpuLayout({ lines, notes: ["Prix HT, livraison en sus."] });
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
