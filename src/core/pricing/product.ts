import type { MessageKey } from "../../i18n";
import { COCKTAIL_PIECES, standaloneVat, type CatalogueEntry, type VatCategory } from "../grid/catalogue";
import type { CheckedPerPerson, CheckedPrestation } from "../variant/checked";
import type { VariantUnit } from "../variant/model";
import {
  cell,
  fail,
  fixed,
  moneyOf,
  note,
  num,
  priceCell,
  priced,
  product,
  required,
  step,
  sum,
  when,
  type Expr,
} from "./expression";
import { notPriceable } from "./findings";
import type { Scope } from "./scope";

export const PIECE_ID = "cocktail.piece_supplementaire";
export const formulaId = (pieces: number): string => `cocktail.formule.${pieces}`;

/** One per-person amount of a variant (its product or an extra) with its VAT category. */
export interface Part {
  readonly value: Expr;
  readonly category: VatCategory;
}

/**
 * R1: a cocktail of N pieces per person HT. The formula N if priced; else the largest priced formula M < N plus
 * (N − M) extra pieces; no such formula, or no piece price: not priceable.
 */
export function cocktailPrice(pieces: number): Expr {
  const own = priceCell(formulaId(pieces));
  const fallback = fromSmallerFormula(pieces);
  if (!COCKTAIL_PIECES.some((count) => count === pieces)) return fallback;
  const ownStep = step("pricing.step.cocktail", { pieces: fixed(pieces), price: moneyOf("self") });
  return when(priced(own), note(ownStep, cell(own)), fallback);
}

function fromSmallerFormula(pieces: number): Expr {
  const noFormula = fail(notPriceable("pricing.cocktail.noFormula", formulaId(pieces), { pieces }));
  const below = COCKTAIL_PIECES.filter((count) => count < pieces);
  if (below.length === 0) return noFormula;
  const piece = priceCell(PIECE_ID);
  // The formulas below N, the largest tried first; `use` says what a priced one gives.
  const chain = (use: (base: number) => Expr): Expr =>
    below.reduce<Expr>(
      (otherwise, base) => when(priced(priceCell(formulaId(base))), use(base), otherwise),
      noFormula,
    );
  const withPieces = (base: number): Expr => {
    const baseCell = priceCell(formulaId(base));
    const fallbackStep = step("pricing.step.cocktailFallback", {
      pieces: fixed(pieces),
      base: fixed(base),
      basePrice: moneyOf(cell(baseCell)),
      extra: fixed(pieces - base),
      piece: moneyOf(cell(piece)),
      price: moneyOf("self"),
    });
    return note(fallbackStep, sum(cell(baseCell), product(num(pieces - base), cell(piece))));
  };
  const noPiece = (base: number): Expr =>
    fail(notPriceable("pricing.cocktail.noPiecePrice", PIECE_ID, { pieces, base }));
  return when(priced(piece), chain(withPieces), chain(noPiece));
}

/** A price line's own price, or "not offered", noted with its unit and VAT category (accessoire → repas). */
export function linePrice(line: CatalogueEntry, stepKey: MessageKey, unit: VariantUnit): Expr {
  const lineStep = step(stepKey, {
    label: fixed({ label: line.id }),
    price: moneyOf("self"),
    unit: fixed({ unit }),
    category: fixed({ category: standaloneVat(line) }),
  });
  return note(lineStep, required(priceCell(line.id), notPriceable("pricing.line.notOffered", line.id)));
}

/** The product of a service (R1 for a cocktail, else its line), then its extras (R2), each bound in that order. */
export function serviceParts(scope: Scope, variant: CheckedPerPerson | CheckedPrestation): Part[] {
  const unit: VariantUnit = variant.kind === "perPerson" ? variant.unit : "personne";
  const sold = variant.product;
  const main: Part =
    sold.kind === "cocktail"
      ? { value: scope.bind("product", cocktailPrice(sold.pieces)), category: "repas" }
      : {
          value: scope.bind("product", linePrice(sold.line, "pricing.step.product", unit)),
          category: standaloneVat(sold.line),
        };
  const extras = variant.extras.map((line) => ({
    value: scope.bind(`extra:${line.id}`, linePrice(line, "pricing.step.extra", unit)),
    category: standaloneVat(line),
  }));
  return [main, ...extras];
}
