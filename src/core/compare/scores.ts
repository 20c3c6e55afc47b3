// Scoring the price criterion by the formulas French buyers use (DAJ practical sheet on price scoring), in
// hundredths of a point rounded half away from zero, on exact integers: N × a ratio of totals is one BigInt
// product and one rounded division, never a float.

import type { Cents } from "../money/cents";
import { divRoundBig, toSafeNumber } from "./exact";
import type { ScoreMethod, Scores } from "./types";

/** The lowest and highest complete totals, and the weight N in hundredths of a point. */
export interface ScoreBasis {
  readonly pointsHundredths: number;
  readonly minCents: Cents;
  readonly maxCents: Cents;
}

type ScoreRule = (price: bigint, min: bigint, max: bigint, points: bigint) => bigint;

/** classique (proportional): N × Pmin / P. A total of 0 is the lowest: it gets N. */
const classique: ScoreRule = (price, min, _max, points) =>
  price === 0n ? points : divRoundBig(points * min, price);

/** linéaire: N × (Pmax − P) / (Pmax − Pmin); everyone gets N when all totals are equal. */
const lineaire: ScoreRule = (price, min, max, points) =>
  max === min ? points : divRoundBig(points * (max - price), max - min);

/**
 * écart au moins-disant: N × (1 − (P − Pmin) / Pmin) = N × (2·Pmin − P) / Pmin, floored at 0 (the formula goes
 * negative from twice the lowest price). With Pmin = 0 the gap is not defined: the lowest gets N, others 0.
 */
const ecart: ScoreRule = (price, min, _max, points) => {
  if (min === 0n) return price === 0n ? points : 0n;
  const remaining = 2n * min - price;
  return remaining <= 0n ? 0n : divRoundBig(points * remaining, min);
};

const RULES: Readonly<Record<ScoreMethod, ScoreRule>> = { classique, lineaire, ecart };

/** The three scores of one complete total. */
export function scoresOf(total: Cents, basis: ScoreBasis): Scores {
  const args = [
    BigInt(total),
    BigInt(basis.minCents),
    BigInt(basis.maxCents),
    BigInt(basis.pointsHundredths),
  ];
  const score = (method: ScoreMethod) => toSafeNumber(RULES[method](args[0], args[1], args[2], args[3]));
  return { classique: score("classique"), lineaire: score("lineaire"), ecart: score("ecart") };
}
