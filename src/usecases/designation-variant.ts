// A line worded by a buyer ("cocktail dînatoire 8 pièces livraison comprise Paris 75") read as a variant of the
// standard, outside any tender: what =GRILLE.PRIX and `grille price --designation` price. The French designation
// reader decides; this adds only what a cell or a command line gives beside the words (the guests, the basis) and
// the one default a tender's unit column would otherwise give. A reading the reader is unsure of is never priced:
// the answer is its reason.

import {
  DESIGNATION_LEVEL,
  readDesignation,
  readFacts,
  type DesignationReading,
  type Reason,
  type Stated,
} from "../core/designation";
import type { Basis, Variant } from "../core/variant";

export interface DesignationRequest {
  readonly designation: string;
  /** The guests the price is for (events costs are spread over them); absent when not given. */
  readonly guests?: number;
  /** HT or TTC when the caller chooses it; absent: what the words say, else HT. */
  readonly basis?: Basis;
}

export type DesignationVariant =
  { readonly ok: true; readonly variant: Variant } | { readonly ok: false; readonly reason: Reason };

const NO_FACTS = readFacts([]);

/**
 * What the caller says beside the words. The guests rank with the designation itself, so words that state other
 * guests ("pour 30 convives" with 50 given) make the reading ambiguous instead of one silently winning; HT is the
 * weakest default, which any basis in the words overrides.
 */
function callerStatements(request: DesignationRequest): Stated[] {
  const guests: Stated[] =
    request.guests === undefined
      ? []
      : [{ facts: { ...NO_FACTS, guests: [request.guests] }, level: DESIGNATION_LEVEL, explicit: true }];
  return [...guests, { facts: { ...NO_FACTS, basis: ["HT"] }, level: 0, explicit: true }];
}

function read(request: DesignationRequest, unit?: string): DesignationReading {
  return readDesignation({
    designation: request.designation,
    unit,
    stated: callerStatements(request),
    basis: request.basis ?? null,
  });
}

/**
 * The variant the words ask for, or why they cannot be priced. Words that do not say their unit are read in the
 * product's own unit (a cocktail per person, a tray per tray), as `grille price` does without --per; a product
 * sold several ways still needs "forfait" or "par personne" to be read otherwise.
 */
export function designationVariant(request: DesignationRequest): DesignationVariant {
  let reading = read(request);
  const unitMissing = reading.doubts.some((doubt) => doubt.code === "unitMissing");
  if (reading.status === "uncertain" && unitMissing && reading.suggestion)
    reading = read(request, reading.suggestion.unit);
  return reading.status === "mapped" && reading.variant
    ? { ok: true, variant: reading.variant }
    : { ok: false, reason: reading.reason };
}
