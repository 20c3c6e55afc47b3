// checkBidLine: every rule on one line of a bid, against the same line of the buyer's original schedule. The
// unit price HT prevails (R7): TTC and amounts are checked against it, never the other way round.

import type { Finding } from "../findings";
import type { VatCategory } from "../grid/catalogue";
import { cents, type BasisPoints, type Cents } from "../money/cents";
import { scaledFromNumber } from "../money/decimal";
import { withVat } from "../money/round";
import { lineAmount } from "../pricing/dqe";
import { messageValue, numberOf, readPrice, readRate, roundedScaled, sameValue } from "./cell-values";
import { COLUMN_ROLES, FIXED_ROLES, type BidColumns, type ColumnRole, type LineCells } from "./columns";
import { bidFinding, type BidPlace } from "./findings";
import { checkPrice } from "./price";
import { USUAL_RATES } from "./vat";

export interface BidLineInput {
  readonly file?: string;
  /** The bid's sheet name, for locations. */
  readonly sheet: string;
  /** The line's row in the bid (1-based). */
  readonly row: number;
  readonly columns: BidColumns;
  readonly bid: LineCells;
  readonly original: LineCells;
  /** The VAT category the line should be billed in, when the schedule says (e.g. from its variant). */
  readonly expectedVat?: VatCategory;
}

export interface BidLineResult {
  /** The unit price HT the comparison uses; null when blank or unusable. */
  readonly unitHt: Cents | null;
  readonly findings: readonly Finding[];
}

interface LineContext {
  readonly input: BidLineInput;
  readonly unitHt: Cents | null;
  /** The rate the bid's VAT cell holds, or null. */
  readonly rate: BasisPoints | null;
  place(role: ColumnRole): BidPlace;
}

type LineRule = (ctx: LineContext) => readonly Finding[];

/** What a rule returns when the line is right (most lines): one shared empty list, nothing allocated per line. */
const NONE: readonly Finding[] = Object.freeze([]);

const QUANTITY_SCALE = 1_000_000n;

/** |value − exact| < 1 cent, with value in cents and exact = numerator / denominator cents (on BigInt). */
function withinACent(value: Cents, numerator: bigint, denominator: bigint): boolean {
  const difference = BigInt(value) * denominator - numerator;
  return (difference < 0n ? -difference : difference) < denominator;
}

/** TTC = HT × (1 + rate), rounded either way to the cent; beyond that the TTC cell is wrong. */
const ttcRule: LineRule = ({ input, unitHt, rate, place }) => {
  const value = numberOf(input.bid.priceTtc);
  const scaled = value === null ? null : roundedScaled(value, 2);
  const ttc = scaled === null ? null : cents(scaled);
  if (unitHt === null || rate === null || ttc === null) return NONE;
  if (withinACent(ttc, BigInt(unitHt) * BigInt(10_000 + rate), 10_000n)) return NONE;
  const params = { ttc, price: unitHt, rate, expected: withVat(unitHt, rate) };
  return [bidFinding("bid.ttc.mismatch", "warning", place("priceTtc"), params)];
};

/** A rate the line's category is not usually billed at (alcohol not at 20 %, food not at 10 % or 5.5 %). */
const vatRule: LineRule = ({ input, rate, place }) => {
  const vat = input.bid.vat;
  if (input.columns.vat === undefined || vat === undefined || vat.value.type === "empty") return NONE;
  // A rate the buyer wrote as text (« 10 % / 20 % ») and the bidder left as it was is the schedule's, not the bid's:
  // asking the bidder to retype it would have it change the buyer's cell.
  if (rate === null)
    return sameValue(input.original.vat, vat)
      ? NONE
      : [bidFinding("bid.vat.unreadable", "warning", place("vat"), { text: messageValue(vat) })];
  const category = input.expectedVat;
  if (category === undefined || USUAL_RATES[category].includes(rate)) return NONE;
  const rates = USUAL_RATES[category].join(",");
  return [bidFinding("bid.vat.unusual", "warning", place("vat"), { rate, category, rates })];
};

/** The buyer's quantity prevails over the bid's copy of it. */
function quantityOf(input: BidLineInput): number | null {
  const quantity = numberOf(input.original.quantity) ?? numberOf(input.bid.quantity);
  return quantity !== null && scaledFromNumber(quantity, 6, Number.MAX_SAFE_INTEGER).ok ? quantity : null;
}

/** amount = quantity × unit price (R7); a bidder's other amount is an arithmetic error the buyer corrects. */
const amountRule: LineRule = ({ input, unitHt, place }) => {
  const value = numberOf(input.bid.amountHt);
  const scaledAmount = value === null ? null : roundedScaled(value, 2);
  const amount = scaledAmount === null ? null : cents(scaledAmount);
  // No amount typed (a formula of the buyer's not yet calculated, most often): no quantity to read either.
  if (unitHt === null || amount === null) return NONE;
  const quantity = quantityOf(input);
  if (quantity === null) return NONE;
  const scaled = scaledFromNumber(quantity, 6, Number.MAX_SAFE_INTEGER);
  if (scaled.ok && withinACent(amount, BigInt(scaled.value) * BigInt(unitHt), QUANTITY_SCALE)) return NONE;
  const params = { amount, quantity, price: unitHt, corrected: lineAmount(quantity, unitHt) };
  return [bidFinding("bid.amount.mismatch", "warning", place("amountHt"), params)];
};

const FIXED_ROLES_AND_VAT: readonly ColumnRole[] = [...FIXED_ROLES, "vat"];

/** Designation, unit, quantity (and ref, and a VAT rate the buyer wrote) must stay as the buyer wrote them. */
const changedRule: LineRule = ({ input, place }) => {
  const fixedVat = input.original.vat !== undefined && input.original.vat.value.type !== "empty";
  let findings = NONE;
  for (const role of fixedVat ? FIXED_ROLES_AND_VAT : FIXED_ROLES) {
    const original = input.original[role];
    const bid = input.bid[role];
    if (input.columns[role] === undefined || original?.formula !== undefined || sameValue(original, bid))
      continue;
    const params = { column: role, original: messageValue(original), value: messageValue(bid) };
    findings = [...findings, bidFinding("bid.cell.changed", "error", place(role), params)];
  }
  return findings;
};

/** A formula of the buyer's (TTC, amount…) replaced by a typed value: the product recomputes from the unit price. */
const formulaRule: LineRule = ({ input, place }) => {
  let findings = NONE;
  for (const role of COLUMN_ROLES) {
    const original = input.original[role];
    const bid = input.bid[role];
    if (original?.formula === undefined || bid?.formula !== undefined) continue;
    const params = { column: role, formula: original.formula, value: messageValue(bid) };
    findings = [...findings, bidFinding("bid.formula.replaced", "warning", place(role), params)];
  }
  return findings;
};

const LINE_RULES: readonly LineRule[] = [ttcRule, vatRule, amountRule, changedRule, formulaRule];

/** Every rule on one line: its unit price for the comparison and the findings, each at its cell. */
export function checkBidLine(input: BidLineInput): BidLineResult {
  const { file, sheet } = input;
  const place = (role: ColumnRole): BidPlace => {
    const cell = `${input.columns[role] ?? input.columns.priceHt}${input.row}`;
    return file !== undefined ? { file, sheet, cell } : { sheet, cell };
  };
  const price = checkPrice(readPrice(input.bid.priceHt), place("priceHt"));
  const ctx: LineContext = { input, unitHt: price.unitHt, rate: readRate(input.bid.vat), place };
  const findings = price.findings.slice();
  for (const rule of LINE_RULES) {
    const found = rule(ctx);
    if (found.length > 0) findings.push(...found);
  }
  return { unitHt: price.unitHt, findings };
}
