import { readScheduleLines, type ScheduleLine } from "../../src/core/schedule";

/**
 * A buyer's list covering the shapes of the standard: worked examples E5 (cocktail + vin: two VAT categories),
 * E6 (the half-cent TTC), E9 (a prestation), E10 and E12 (lines billed alone), tableware as an extra with staff
 * included (repas + matériel), champagne alone, and fractional quantities (12.5 × 15.23 = 190.375: a half cent).
 */
export const SAMPLE_LINES_JSON = [
  {
    ref: "1.1",
    quantity: 12.5,
    variant: {
      product: "cocktail",
      pieces: 8,
      extras: ["boissons.vin"],
      guests: 30,
      unit: "personne",
      delivery: { included: true, zone: "petite_couronne", evening: true },
    },
  },
  {
    ref: "1.2",
    quantity: 150,
    variant: {
      product: "plateau.classique",
      guests: 12,
      unit: "plateau",
      delivery: { included: true, zone: "paris" },
    },
  },
  {
    ref: "1.3",
    quantity: 3,
    variant: {
      product: "buffet.froid",
      guests: 40,
      unit: "prestation",
      delivery: { included: true, zone: "grande_couronne", weekend: true },
    },
  },
  {
    quantity: 37.5,
    variant: {
      product: "cocktail",
      pieces: 12,
      extras: ["materiel.vaisselle"],
      guests: 100,
      delivery: { included: true, zone: "paris" },
      staff: { included: true, role: "serveur", per_guests: 30, hours: 3 },
    },
  },
  { ref: "2.1", quantity: 20, variant: { product: "personnel.maitre_hotel" } },
  { ref: "2.2", quantity: 10, variant: { product: "livraison.paris" } },
  { ref: "=1+1", quantity: 300, variant: { product: "boissons.champagne" } },
  { ref: "2.4", quantity: 0.5, variant: { product: "materiel.mange_debout" } },
];

export function sampleLines(): readonly ScheduleLine[] {
  const { lines, findings } = readScheduleLines(SAMPLE_LINES_JSON);
  if (findings.length > 0) throw new Error(`sample lines: ${JSON.stringify(findings)}`);
  return lines;
}
