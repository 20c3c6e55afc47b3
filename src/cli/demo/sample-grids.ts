// Sample returned grids for the demo and the benchmarks: deterministic (a seeded generator, the same files on every
// run), varied like a real call for grids: structure types, departments, prices around the reference grid rounded
// to 10 cents as caterers write them (so prices often coincide), lines not offered, commitments, some grids expired,
// and one caterer that sent its grid twice. All names and SIRETs are fictional.

import { DEPARTMENTS, PRICE_LINE_ENTRIES, REFERENCE_GRID_JSON, STRUCTURE_TYPES } from "../../core/grid";

export interface SampleOptions {
  readonly count: number;
  readonly seed?: number;
  /** Validity date of current grids, and of the expired ones (before the collection's "today"). */
  readonly validUntil: string;
  readonly expiredUntil: string;
  /** Every how many grids one is expired (0: none). */
  readonly expiredEvery?: number;
}

export interface SampleGrid {
  /** A file name without extension, unique in the set. */
  readonly name: string;
  readonly json: Record<string, unknown>;
}

/** mulberry32: a small, well-known 32-bit generator; enough for varied, repeatable samples. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

/** A 14-digit SIRET passing the Luhn check (section 1 of the standard). */
export function luhnSiret(random: Random): string {
  const body = `8${Array.from({ length: 12 }, () => between(random, 0, 9)).join("")}`;
  for (let check = 0; check <= 9; check += 1) {
    const digits = `${body}${check}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i += 1) {
      const digit = Number(digits[digits.length - 1 - i]);
      const doubled = i % 2 === 1 ? digit * 2 : digit;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error("unreachable: one check digit always fits");
}

const FIRST = [
  "Les Cuisines",
  "La Table",
  "L'Atelier",
  "Saveurs",
  "Le Fournil",
  "Les Jardins",
  "La Marmite",
  "Le Comptoir",
];
const SECOND = [
  "Solidaires",
  "du Canal",
  "de Bièvre",
  "des Lilas",
  "Partagée",
  "de l'Ourcq",
  "du Val",
  "des Coteaux",
];
/** Types as a call for grids meets them: more ACI, EI and ESAT than SCIC. */
const TYPES = [
  "ACI",
  "ACI",
  "EI",
  "EI",
  "ESAT",
  "ESAT",
  "EA",
  "EA",
  "ETTI",
  "AI",
  "SCOP",
  "SCIC",
  "ESUS",
  "AUTRE",
];

const REFERENCE_PRICES = REFERENCE_GRID_JSON.prix as Readonly<Record<string, number | null>>;
/** The reference grid leaves the 15-piece cocktail blank; its R1 price (example E4) stands in. */
const MISSING_REFERENCE: Readonly<Record<string, number>> = { "cocktail.formule.15": 21.25 };

/** A price around the reference (−20 % to +25 %), rounded to 10 cents; some lines not offered. */
function prices(random: Random): Record<string, number | null> {
  const level = 0.8 + random() * 0.45;
  const result: Record<string, number | null> = {};
  for (const entry of PRICE_LINE_ENTRIES) {
    const reference = REFERENCE_PRICES[entry.id] ?? MISSING_REFERENCE[entry.id] ?? 0;
    const offered = random() < 0.82;
    const spread = 0.92 + random() * 0.16;
    result[entry.id] = offered ? Math.round(reference * level * spread * 10) / 10 : null;
  }
  result["livraison.franco_seuil_ht"] = pick(random, [null, 1000, 1200, 1500, 2000]);
  result["personnel.minimum_heures"] = pick(random, [null, 3, 4]);
  return result;
}

function departments(random: Random): string[] {
  const chosen = DEPARTMENTS.filter(() => random() < 0.4);
  return chosen.length > 0 ? chosen : [pick(random, DEPARTMENTS)];
}

function sampleJson(random: Random, index: number, validite: string): Record<string, unknown> {
  const type = pick(random, TYPES);
  const name = `${pick(random, FIRST)} ${pick(random, SECOND)} ${index + 1}`;
  return {
    standard: REFERENCE_GRID_JSON.standard,
    version: REFERENCE_GRID_JSON.version,
    entreprise: {
      raison_sociale: name,
      siret: luhnSiret(random),
      type_structure: (STRUCTURE_TYPES as readonly string[]).includes(type) ? type : "AUTRE",
      agrement:
        type === "ESAT" || type === "EA"
          ? `Agrément n° 0${between(random, 75, 95)}-${between(random, 1000, 9999)}`
          : "",
      contact_nom: `Contact ${index + 1}`,
      contact_email: `devis${index + 1}@traiteur-exemple.example`,
      contact_telephone: `01 99 00 ${String(between(random, 10, 99))} ${String(between(random, 10, 99))}`,
      departements: departments(random),
    },
    engagements: {
      heures_insertion_an: between(random, 10, 240) * 50,
      part_bio_pct: between(random, 0, 16) * 5,
      part_circuits_courts_pct: between(random, 0, 12) * 5,
    },
    capacite: { couverts_max_jour: between(random, 1, 60) * 50 },
    commande: { delai_jours: between(random, 1, 10), minimum_ht: pick(random, [null, 150, 250, 400]) },
    prix: prices(random),
    tva: REFERENCE_GRID_JSON.tva,
    validite,
  };
}

/**
 * `count` sample grids; every `expiredEvery`-th one expired, and the third one sent again as the last, with its
 * prices changed and valid for longer (the duplicate SIRET the desk must resolve).
 */
export function sampleGrids(options: SampleOptions): SampleGrid[] {
  const random = generator(options.seed ?? 2026);
  const every = options.expiredEvery ?? 0;
  const grids: SampleGrid[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const expired = every > 0 && index % every === every - 1;
    const json = sampleJson(random, index, expired ? options.expiredUntil : options.validUntil);
    grids.push({ name: `grille-${String(index + 1).padStart(3, "0")}`, json });
  }
  if (grids.length >= 3) {
    const first = grids[2].json;
    const later = { ...first, prix: prices(random), validite: laterDate(options.validUntil) };
    grids.push({ name: `${grids[2].name}-mise-a-jour`, json: later });
  }
  return grids;
}

/** One year after an ISO date. */
function laterDate(iso: string): string {
  const year = Number(iso.slice(0, 4));
  return `${year + 1}${iso.slice(4)}`;
}
