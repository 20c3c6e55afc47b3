import { cents, sumCents, ZERO_CENTS, type BasisPoints, type Cents } from "../money/cents";
import { scaledFromNumber } from "../money/decimal";
import { vatOf } from "../money/round";

/** One DQE line: an estimated quantity (up to 6 decimals) of a BPU unit price HT at a VAT rate. */
export interface DqeLine {
  readonly quantity: number;
  readonly unitHt: Cents;
  readonly vatBp: BasisPoints;
}

export interface DqeRate {
  readonly rate: BasisPoints;
  readonly ht: Cents;
  readonly vat: Cents;
}

export interface DqeResult {
  /** quantity × unit price per line, exact (rounded to the cent only for a fractional quantity). */
  readonly amounts: readonly Cents[];
  readonly totalHt: Cents;
  /** One entry per rate, by increasing rate: the HT total of the lines at that rate and its VAT. */
  readonly byRate: readonly DqeRate[];
  readonly totalVat: Cents;
  readonly totalTtc: Cents;
}

const QUANTITY_SCALE = 1_000_000;

/**
 * quantity × unit price in cents (HT, or TTC on a schedule asking TTC only); a quantity is read from its decimal
 * text, never multiplied as a float.
 */
export function lineAmount(quantity: number, unitPrice: Cents): Cents {
  const scaled = scaledFromNumber(quantity, 6, Number.MAX_SAFE_INTEGER);
  if (!scaled.ok) throw new RangeError(`invalid DQE quantity ${quantity}: ${scaled.reason}`);
  if (scaled.value % QUANTITY_SCALE === 0) return cents((scaled.value / QUANTITY_SCALE) * unitPrice);
  return cents(
    Number((BigInt(scaled.value) * BigInt(unitPrice) + BigInt(QUANTITY_SCALE / 2)) / BigInt(QUANTITY_SCALE)),
  );
}

/**
 * R7: amount = quantity × unit price; total = sum of amounts; VAT per rate on the totals: round(total_HT_rate × rate).
 * The BPU unit price prevails: amounts are always recomputed here, never taken from a bidder's cells.
 */
export function dqe(lines: readonly DqeLine[]): DqeResult {
  const amounts = lines.map((line) => lineAmount(line.quantity, line.unitHt));
  const htByRate = new Map<BasisPoints, Cents>();
  lines.forEach((line, index) =>
    htByRate.set(line.vatBp, sumCents([htByRate.get(line.vatBp) ?? ZERO_CENTS, amounts[index]])),
  );
  const byRate = [...htByRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rate, ht]) => ({ rate, ht, vat: vatOf(ht, rate) }));
  const totalHt = sumCents(amounts);
  const totalVat = sumCents(byRate.map((part) => part.vat));
  return { amounts, totalHt, byRate, totalVat, totalTtc: sumCents([totalHt, totalVat]) };
}
