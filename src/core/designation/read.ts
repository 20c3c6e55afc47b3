// A tender line (designation + unit cell + the conditions that govern it) read as a variant of the standard.
// Precision first: a line with two readings, or a reading that needs a word the tender does not say, is never
// `mapped`; it is `uncertain` with the plausible reading as a suggestion, for the caterer to confirm.

import type { Finding } from "../findings";
import { checkVariant } from "../variant/check";
import type { Basis, Delivery, Staff, Variant } from "../variant/model";
import { isStandalone, productUnit } from "../variant/product";
import { decideDelivery, decideStaff, decideStandalone, type Decided } from "./event-costs";
import { readFacts } from "./facts";
import { numberWords } from "./numbers";
import { readProduct, type ProductRead } from "./product";
import { reason, type Reason, type ReasonCode } from "./reasons";
import { correctSpelling } from "./spelling";
import { DESIGNATION_LEVEL, said, type Stated } from "./stated";
import { repairText, tokenize } from "./text";
import { readUnit } from "./units";

export type LineStatus = "mapped" | "uncertain" | "unmapped";

export interface LineInput {
  readonly designation: string;
  /** The text of the line's unit cell; absent or blank when the schedule has none. */
  readonly unit?: string;
  /** Conditions of the tender, its rubriques and headings that govern the line. */
  readonly stated?: readonly Stated[];
  /** HT or TTC from the price column the bidder types into; null when the column does not say. */
  readonly basis: Basis | null;
}

export interface DesignationReading {
  readonly status: LineStatus;
  /** The variant asked, only when `mapped`. */
  readonly variant: Variant | null;
  /** The plausible reading of an `uncertain` line, to confirm; null otherwise. */
  readonly suggestion: Variant | null;
  /** Why: the first doubt, or what was recognised. */
  readonly reason: Reason;
  readonly doubts: readonly Reason[];
  /** The conditions (sheet!cell) the reading used. */
  readonly used: readonly string[];
}

/** Longer designations are left for the caterer (`tooLong`), never read. */
export const MAX_DESIGNATION_CHARS = 2000;

function unmapped(why: Reason): DesignationReading {
  return { status: "unmapped", variant: null, suggestion: null, reason: why, doubts: [why], used: [] };
}

/** Tokens of a designation with its typos corrected and its numbers in words turned into numbers. */
export function designationTokens(text: string) {
  return numberWords(correctSpelling(tokenize(text)));
}

/** Variant rules broken by a reading, as the doubts a caterer can answer. */
const CHECK_DOUBTS: Readonly<Record<string, ReasonCode>> = {
  "variant.guests.missing": "guestsMissing",
  "variant.zone.missing": "zoneMissing",
  "variant.unit.mismatch": "unitMismatch",
  "variant.pieces.missing": "piecesMissing",
  "variant.pieces.invalid": "piecesAmbiguous",
  "variant.eventCosts.standalone": "eventCostsStandalone",
  "variant.staff.role": "staffUnclear",
  "variant.staff.countMissing": "staffUnclear",
  "variant.staff.countAmbiguous": "staffUnclear",
  "variant.staff.hours": "staffUnclear",
};

function checkDoubts(findings: readonly Finding[]): Reason[] {
  return findings
    .filter((finding) => finding.severity === "error")
    .map((finding) => {
      const code = CHECK_DOUBTS[finding.code];
      return code ? reason(code) : reason("invalid", { detail: finding.code });
    });
}

interface Parts {
  readonly delivery: Decided<Delivery>;
  readonly staff: Decided<Staff>;
  readonly guests: Decided<number>;
  readonly basis: Decided<Basis>;
}

function decideGuests(sources: readonly Stated[]): Decided<number> {
  const guests = said(sources, (facts) => facts.guests);
  if (guests.values.length === 0) return { doubts: [], at: [] };
  const doubts =
    guests.values.length > 1 ? [reason("guestsAmbiguous", { values: guests.values.join(", ") })] : [];
  return { value: guests.values[0], doubts, at: guests.at };
}

function decideBasis(column: Basis | null, sources: readonly Stated[]): Decided<Basis> {
  if (column) return { value: column, doubts: [], at: [] };
  const stated = said(sources, (facts) => facts.basis);
  if (stated.values.length === 1) return { value: stated.values[0], doubts: [], at: stated.at };
  return { value: "HT", doubts: [reason("basisUnknown")], at: [] };
}

function decideParts(product: string, input: LineInput, own: Stated): Parts {
  const sources = [...(input.stated ?? []), own];
  const basis = decideBasis(input.basis, sources);
  if (!isStandalone({ product }))
    return {
      delivery: decideDelivery(sources, own),
      staff: decideStaff(sources),
      guests: decideGuests(sources),
      basis,
    };
  const nothing = { doubts: [], at: [] };
  return {
    delivery: product.startsWith("livraison.") ? nothing : decideStandalone(sources, "delivery"),
    staff: product.startsWith("personnel.") ? nothing : decideStandalone(sources, "staff"),
    guests: nothing,
    basis,
  };
}

function variantOf(read: ProductRead, product: string, unit: Variant["unit"], parts: Parts): Variant {
  return {
    product,
    ...(read.pieces !== undefined ? { pieces: read.pieces } : {}),
    extras: read.extras,
    ...(parts.guests.value !== undefined ? { guests: parts.guests.value } : {}),
    unit,
    ...(parts.delivery.value ? { delivery: parts.delivery.value } : {}),
    ...(parts.staff.value ? { staff: parts.staff.value } : {}),
    basis: parts.basis.value ?? "HT",
  };
}

function unique(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((item, index) => reasons.findIndex((other) => other.code === item.code) === index);
}

/** Reads one line. Pure: the same input always gives the same reading. */
export function readDesignation(input: LineInput): DesignationReading {
  // A buyer's longest designations run to a few hundred characters; a cell of tens of thousands (pasted terms,
  // a whole note) is not a line to read, and reading it would take seconds.
  if (input.designation.length > MAX_DESIGNATION_CHARS)
    return unmapped(reason("tooLong", { max: MAX_DESIGNATION_CHARS }));
  const text = repairText(input.designation);
  if (text.trim() === "") return unmapped(reason("empty"));
  const tokens = designationTokens(text);
  const read = readProduct(text, tokens);
  if (read.outside) return unmapped(reason("outside", { matched: read.outside }));
  if (!read.product) return unmapped(reason("unknown"));
  const product = read.product;
  const own: Stated = { facts: readFacts(tokens), level: DESIGNATION_LEVEL, explicit: true };
  const unit = readUnit(productUnit({ product }) ?? "personne", input.unit, text);
  const parts = decideParts(product, input, own);
  const variant = variantOf(read, product, unit.unit ?? unit.suggestion, parts);
  const doubts = unique([
    ...read.doubts,
    ...(unit.problem ? [reason(unit.problem, { unit: input.unit?.trim() ?? "" }, [product])] : []),
    ...parts.delivery.doubts,
    ...parts.staff.doubts,
    ...parts.guests.doubts,
    ...parts.basis.doubts,
  ]);
  const all = unique([...doubts, ...checkDoubts(checkVariant(variant))]);
  const used = [
    ...new Set([parts.delivery, parts.staff, parts.guests, parts.basis].flatMap((part) => part.at)),
  ];
  if (all.length > 0)
    return { status: "uncertain", variant: null, suggestion: variant, reason: all[0], doubts: all, used };
  const why =
    used.length > 0
      ? reason("mappedWithConditions", { matched: read.matched, cells: used.join(", ") })
      : reason("mapped", { matched: read.matched });
  return { status: "mapped", variant, suggestion: null, reason: why, doubts: [], used };
}
