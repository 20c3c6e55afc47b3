import type { VatCategory } from "../grid/catalogue";
import type { BasisPoints } from "../money/cents";

/**
 * The rates a line of each category is usually billed at (domain.md, CGI art. 279 m and 278): food at 10 %
 * (5.5 % when sold for later consumption), alcohol and equipment hire at 20 %, take-away at 5.5 %. Any other rate is
 * a warning: the rates are parameters an accountant may change, so the buyer checks rather than rejects.
 */
export const USUAL_RATES: Readonly<Record<VatCategory, readonly BasisPoints[]>> = {
  repas: [1000, 550],
  alcool: [2000],
  materiel: [2000],
  emporter: [550],
};
