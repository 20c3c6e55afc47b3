// The unit a line is priced in, from the schedule's unit column ("pers.", "forfait", "U", "h") or, when that is
// blank, from the designation ("prix par personne", "l'unité"). Alias tables, then the rule that fits a unit to a
// product.

import type { PriceUnit } from "../grid/catalogue";
import { UNITS_FOR } from "../variant/product";
import type { VariantUnit } from "../variant/model";
import { foldWord, phraseWords } from "./text";

/** What a unit cell can say: a unit of the standard, or "pièce" (per piece: per person for extra pieces). */
export type ColumnUnit = VariantUnit | "piece";

const UNIT_ALIASES: Readonly<Record<ColumnUnit, readonly string[]>> = {
  personne: ["personne", "pers.", "p.", "convive", "participant", "invité", "couvert", "pax", "par personne"],
  plateau: ["plateau", "coffret", "panier", "box", "le plateau"],
  prestation: [
    "forfait",
    "prix global",
    "global",
    "prestation",
    "ens.",
    "ensemble",
    "F",
    "Ft",
    "Fft",
    "forfaitaire",
  ],
  heure: ["heure", "h", "H", "taux horaire", "horaire", "l'heure"],
  unite: ["unité", "U", "u.", "un", "l'unité", "table", "par table", "la table", "nombre", "nb"],
  livraison: ["livraison", "livr.", "liv.", "par livraison", "la livraison", "déplacement", "passage"],
  piece: ["pièce", "pce", "pc", "la pièce"],
};

const ALIAS_BY_WORDS: ReadonlyMap<string, ColumnUnit> = new Map(
  (Object.keys(UNIT_ALIASES) as ColumnUnit[]).flatMap((unit) =>
    UNIT_ALIASES[unit].map((alias) => [phraseWords(alias).join(" "), unit] as const),
  ),
);

/** The unit a unit cell names; `null` for a cell that says something the standard has no unit for ("jour"). */
export function columnUnit(text: string): ColumnUnit | null | undefined {
  const words = phraseWords(text).join(" ");
  if (words === "") return undefined;
  return ALIAS_BY_WORDS.get(words) ?? null;
}

/** Phrases in a designation that say its unit, matched on folded text ("prix par personne", "/pers"). */
const DESIGNATION_CUES: Readonly<Partial<Record<ColumnUnit, readonly string[]>>> = {
  personne: ["par personne", "par pers", "/pers", "/ pers", "par convive", "par participant"],
  plateau: ["par plateau", "le plateau"],
  prestation: ["prix global", "forfait global", "prix forfaitaire", "forfaitaire"],
  heure: ["de l'heure", "par heure", "l'heure", "/h", "taux horaire"],
  unite: ["l'unite", "par table", "la table", "a l'unite"],
  livraison: ["par livraison", "la livraison"],
};

function foldedText(text: string): string {
  return ` ${text
    .split(/\s+/)
    .map((word) => foldWord(word))
    .join(" ")
    .replace(/[’]/g, "'")} `;
}

/** The units a designation states; empty when it states none. */
export function designationUnits(text: string): ColumnUnit[] {
  const folded = foldedText(text);
  return (Object.keys(DESIGNATION_CUES) as ColumnUnit[]).filter((unit) =>
    (DESIGNATION_CUES[unit] ?? []).some((cue) => cuePattern(cue).test(folded)),
  );
}

/** A cue as a whole word ("forfait", not "forfaitaire"); "/pers" may follow a word ("8 pces/pers."). */
function cuePattern(cue: string): RegExp {
  const body = cue.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const left = /^\p{L}/u.test(cue) ? "[\\s(,]" : "";
  return new RegExp(`${left}${body}(?=[\\s).,;:])`, "u");
}

/** A unit the product is not sold in, but that means its own unit: a delivery "forfait" is per delivery. */
const EQUIVALENT: Readonly<Partial<Record<PriceUnit, Partial<Record<ColumnUnit, VariantUnit>>>>> = {
  livraison: { prestation: "livraison", unite: "livraison" },
  piece: { piece: "personne" },
  unite: { piece: "unite" },
};

/**
 * Units a product may be priced in but that a schedule does not mean for it: "plateau" beside a cocktail is more
 * likely a platter of pieces than one cocktail per tray. Read, then asked.
 */
const NOT_READ_AS: Readonly<Partial<Record<PriceUnit, readonly ColumnUnit[]>>> = {
  personne: ["plateau"],
  piece: ["plateau"],
};

/** The variant unit for a product priced in `productUnit`, or undefined when the unit does not fit it. */
export function fitUnit(productUnit: PriceUnit, unit: ColumnUnit): VariantUnit | undefined {
  if (NOT_READ_AS[productUnit]?.includes(unit)) return undefined;
  if (unit !== "piece" && UNITS_FOR[productUnit].includes(unit)) return unit;
  return EQUIVALENT[productUnit]?.[unit];
}

export interface UnitReading {
  /** The unit read; absent when the line must say it. */
  readonly unit?: VariantUnit;
  /** The unit to suggest when it is not read. */
  readonly suggestion: VariantUnit;
  readonly problem?: "unitUnknown" | "unitMismatch" | "unitMissing" | "unitUnclear";
}

/** The unit of a line: its unit cell first, the designation's words when the cell is blank. */
export function readUnit(productUnit: PriceUnit, cell: string | undefined, designation: string): UnitReading {
  const allowed = UNITS_FOR[productUnit];
  const suggestion = allowed[0];
  const fromCell = columnUnit(cell ?? "");
  if (fromCell === null) return { suggestion, problem: "unitUnknown" };
  if (fromCell !== undefined) {
    const unit = fitUnit(productUnit, fromCell);
    return unit ? { unit, suggestion } : { suggestion, problem: "unitMismatch" };
  }
  const stated = designationUnits(designation);
  if (stated.length > 1) return { suggestion, problem: "unitUnclear" };
  if (stated.length === 1) {
    const unit = fitUnit(productUnit, stated[0]);
    return unit ? { unit, suggestion } : { suggestion, problem: "unitMismatch" };
  }
  // Lines billed alone have one unit; a dish sold per person, per tray or as a whole must say which.
  return allowed.length === 1 ? { unit: suggestion, suggestion } : { suggestion, problem: "unitMissing" };
}
