import type { Lang } from "../../i18n/types";
import type { VatCategory } from "../grid/catalogue";
import type { BasisPoints } from "../money/cents";
import type { Variant } from "../variant/model";

/** One line the buyer asks for: a variant of the standard, an estimated quantity, and its own number if any. */
export interface ScheduleLine {
  readonly variant: Variant;
  /** Estimated quantity for the DQE, > 0, at most 6 decimals. */
  readonly quantity: number;
  /** The buyer's item number ("1.1"); the line's position when absent. */
  readonly ref?: string;
}

export interface ScheduleOptions {
  /** Valid lines, as readScheduleLines returns them. */
  readonly lines: readonly ScheduleLine[];
  readonly lang: Lang;
  /** The consultation's title, shown under the sheet's title (written as text). */
  readonly title?: string;
  /** VAT rates by category; the standard's defaults (10 %, 20 %, 20 %, 5.5 %) when absent. */
  readonly vatRates?: Partial<Readonly<Record<VatCategory, BasisPoints>>>;
  /** Sheet protection password; none by default (protection guards against accidents). */
  readonly password?: string;
}
