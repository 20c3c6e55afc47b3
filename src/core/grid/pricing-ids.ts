import { PRICE_ENTRIES, VAT_ENTRIES } from "./catalogue";

/**
 * The ids a price depends on: every price line, the two parameters and the four VAT rates, and the JSON sections
 * holding them ("prix", "tva"). An error on one of these makes a grid unsafe to price; an error elsewhere (a SIRET,
 * an e-mail) does not.
 */
const PRICING_IDS: ReadonlySet<string> = new Set([
  "prix",
  "tva",
  ...[...PRICE_ENTRIES, ...VAT_ENTRIES].map((item) => item.id),
]);

export function isPricingId(id: string): boolean {
  return PRICING_IDS.has(id);
}
