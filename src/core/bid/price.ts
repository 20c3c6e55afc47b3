// The rules of one unit price HT as the bidder typed it: missing, typed as text, unreadable, negative, zero,
// absurd, more than 2 decimals, a date or a percentage, a formula never calculated. What each reading means for the comparison is in this one table.

import type { Finding } from "../findings";
import { cents, type Cents } from "../money/cents";
import type { PriceReading } from "./cell-values";
import { bidFinding, type BidFindingCode, type BidPlace } from "./findings";

/**
 * Above 10 000 € HT a unit price is most likely typed in cents or with a misplaced decimal point (the dearest
 * usual line, a flat-rate buffet for a large event, stays well below). A warning: the buyer checks it.
 */
export const ABSURD_UNIT_PRICE: Cents = cents(1_000_000);

export interface PriceCheck {
  /** The unit price the comparison uses, or null: the line has no usable price. */
  readonly unitHt: Cents | null;
  readonly findings: Finding[];
}

type Kind = PriceReading["kind"];
type Rule<K extends Kind> = (reading: Extract<PriceReading, { kind: K }>, place: BidPlace) => PriceCheck;

const none = (findings: Finding[]): PriceCheck => ({ unitHt: null, findings });

function amountFindings(cents: Cents, place: BidPlace): Finding[] {
  if (cents === 0) return [bidFinding("bid.price.zero", "warning", place)];
  if (cents > ABSURD_UNIT_PRICE)
    return [bidFinding("bid.price.absurd", "warning", place, { price: cents, max: ABSURD_UNIT_PRICE })];
  return [];
}

/** A price that cannot be used: the line counts as blank for the comparison, with the reason. */
const refused =
  (code: BidFindingCode) =>
  (reading: { readonly text: string }, place: BidPlace): PriceCheck =>
    none([bidFinding(code, "error", place, { text: reading.text })]);

const RULES: { readonly [K in Kind]: Rule<K> } = {
  blank: (_reading, place) => none([bidFinding("bid.price.missing", "error", place)]),
  number: ({ cents }, place) => ({ unitHt: cents, findings: amountFindings(cents, place) }),
  text: ({ cents, text }, place) => ({
    unitHt: cents,
    findings: [
      bidFinding("bid.price.text", "warning", place, { text, price: cents }),
      ...amountFindings(cents, place),
    ],
  }),
  unreadable: refused("bid.price.unreadable"),
  negative: refused("bid.price.negative"),
  decimals: refused("bid.price.decimals"),
  tooLarge: refused("bid.price.tooLarge"),
  notAmount: refused("bid.price.notAmount"),
  uncomputed: refused("bid.price.uncomputed"),
};

/** The unit price the comparison may use, and what the buyer should know about the cell. */
export function checkPrice(reading: PriceReading, place: BidPlace): PriceCheck {
  // TypeScript cannot tie RULES[reading.kind] to reading's own kind; the mapped type above guarantees it.
  const rule = RULES[reading.kind] as (reading: PriceReading, place: BidPlace) => PriceCheck;
  return rule(reading, place);
}
