// The demo's sample schedule: a few lines of the standard as a buyer would list them (docs/buyer.md, section 3),
// built into a standard schedule by the core (buildSchedulePlan) and priced from the sample grids.

export const SAMPLE_SCHEDULE_LINES: readonly unknown[] = [
  {
    ref: "1",
    quantity: 400,
    variant: {
      product: "cocktail",
      pieces: 8,
      extras: ["boissons.vin"],
      guests: 50,
      delivery: { included: true, zone: "petite_couronne" },
    },
  },
  {
    ref: "2",
    quantity: 600,
    variant: {
      product: "plateau.classique",
      guests: 15,
      unit: "plateau",
      delivery: { included: true, zone: "paris" },
    },
  },
  { ref: "3", quantity: 800, variant: { product: "buffet.froid", delivery: { included: false } } },
  { ref: "4", quantity: 1000, variant: { product: "boissons.chaudes" } },
  { ref: "5", quantity: 40, variant: { product: "livraison.paris" } },
  { ref: "6", quantity: 120, variant: { product: "personnel.serveur" } },
];
