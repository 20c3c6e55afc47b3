import type { Finding } from "../findings";
import type { MessageKey } from "../../i18n";
import type { BasisPoints, Cents } from "../money/cents";
import type { VatCategory } from "../grid/catalogue";
import type { StaffRole, VariantUnit } from "../variant/model";

/**
 * A value in a breakdown step, rendered in the reader's language by renderStep: an amount, an exact quotient of
 * cents (shown with its decimals before rounding), a catalogue label, a VAT category, a rate, hours, a unit.
 */
export type StepValue =
  | string
  | number
  | { readonly money: Cents }
  /** An exact amount of numerator / denominator cents, shown with its decimals before rounding. */
  | { readonly quotient: readonly [numerator: number, denominator: number] }
  | { readonly label: string }
  | { readonly category: VatCategory }
  | { readonly rate: BasisPoints }
  | { readonly hours: number }
  | { readonly unit: VariantUnit }
  /** A staff role in words, singular or plural by count: "serveur", "4 serveurs". */
  | { readonly role: StaffRole; readonly count: number };

/** One step of a price's breakdown: a message key of src/i18n/messages/pricing.ts and its values. */
export interface BreakdownStep {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, StepValue>>;
}

/** The HT and TTC of one VAT category within a price. */
export interface VatPart {
  readonly category: VatCategory;
  readonly rate: BasisPoints;
  readonly ht: Cents;
  readonly ttc: Cents;
}

export type PriceResult =
  | {
      readonly ok: true;
      /** Price of one unit of the variant (per person, per tray, per hour…, or the whole prestation). */
      readonly ht: Cents;
      readonly ttc: Cents;
      /** Per VAT category, in the order repas, alcool, materiel, emporter; only categories present. */
      readonly byVat: readonly VatPart[];
      readonly breakdown: readonly BreakdownStep[];
    }
  | { readonly ok: false; readonly finding: Finding };
