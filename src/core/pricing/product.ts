import type { Finding } from "../findings";
import type { MessageKey } from "../../i18n";
import type { Cents } from "../money/cents";
import { COCKTAIL_PIECES, standaloneVat, type VatCategory } from "../grid/catalogue";
import type { Grid } from "../grid/model";
import { COCKTAIL, type Variant, type VariantUnit } from "../variant/model";
import { priceLine } from "../variant/product";
import { notPriceable } from "./findings";
import type { BreakdownStep } from "./types";

export const PIECE_ID = "cocktail.piece_supplementaire";
export const formulaId = (pieces: number): string => `cocktail.formule.${pieces}`;

/** One per-person amount of a variant (its product or an extra) with its VAT category and how it was found. */
export interface PerPersonPart {
  readonly id: string;
  readonly cents: Cents;
  readonly category: VatCategory;
  readonly step: BreakdownStep;
}

export type PartResult =
  { readonly ok: true; readonly part: PerPersonPart } | { readonly ok: false; readonly finding: Finding };

/**
 * R1: the price of a cocktail of N pieces per person HT. The formula N if priced; else the largest priced formula
 * M < N plus (N − M) extra pieces; no such formula, or no piece price: not priceable.
 */
export function cocktailPrice(grid: Grid, pieces: number): PartResult {
  const id = formulaId(pieces);
  const own = grid.prices[id] ?? null;
  if (own !== null)
    return part(id, own, "repas", {
      key: "pricing.step.cocktail",
      params: { pieces, price: { money: own } },
    });
  const below = COCKTAIL_PIECES.filter(
    (count) => count < pieces && (grid.prices[formulaId(count)] ?? null) !== null,
  );
  const base = below.at(-1);
  if (base === undefined)
    return { ok: false, finding: notPriceable("pricing.cocktail.noFormula", id, { pieces }) };
  const piece = grid.prices[PIECE_ID] ?? null;
  if (piece === null)
    return { ok: false, finding: notPriceable("pricing.cocktail.noPiecePrice", PIECE_ID, { pieces, base }) };
  const basePrice = grid.prices[formulaId(base)] as Cents;
  const extra = pieces - base;
  const cents = basePrice + extra * piece;
  const step: BreakdownStep = {
    key: "pricing.step.cocktailFallback",
    params: {
      pieces,
      base,
      basePrice: { money: basePrice },
      extra,
      piece: { money: piece },
      price: { money: cents },
    },
  };
  return part(id, cents, "repas", step);
}

function part(id: string, cents: Cents, category: VatCategory, step: BreakdownStep): PartResult {
  return { ok: true, part: { id, cents, category, step } };
}

/** A price line's own price, or "not offered". Per-person lines keep their VAT category (accessoire → repas). */
export function linePrice(
  grid: Grid,
  id: string,
  stepKey: MessageKey,
  unit: VariantUnit = "personne",
): PartResult {
  const line = priceLine(id);
  const cents = grid.prices[id] ?? null;
  if (!line || cents === null) return { ok: false, finding: notPriceable("pricing.line.notOffered", id) };
  const category = standaloneVat(line);
  return part(id, cents, category, {
    key: stepKey,
    params: { label: { label: id }, price: { money: cents }, unit: { unit }, category: { category } },
  });
}

/** The product of a per-person variant (R1 for a cocktail, else its line), then its extras (R2). */
export function perPersonParts(
  grid: Grid,
  variant: Variant,
): { ok: true; parts: PerPersonPart[] } | { ok: false; finding: Finding } {
  const unit: VariantUnit = variant.unit === "plateau" ? "plateau" : "personne";
  const product =
    variant.product === COCKTAIL
      ? cocktailPrice(grid, variant.pieces ?? 0)
      : linePrice(grid, variant.product, "pricing.step.product", unit);
  if (!product.ok) return product;
  const parts = [product.part];
  for (const id of variant.extras) {
    const extra = linePrice(grid, id, "pricing.step.extra", unit);
    if (!extra.ok) return extra;
    parts.push(extra.part);
  }
  return { ok: true, parts };
}
