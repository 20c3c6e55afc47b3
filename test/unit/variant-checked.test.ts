import { checkVariant, checkedVariant, type Variant } from "../../src/core/variant";
import { variantArbitrary, workedExample } from "./pricing-helpers";
import fc from "fast-check";

// checkedVariant: the checked form pricing reads, typed by how the line is priced.

const checked = (variant: Variant) => checkedVariant(variant).variant;

describe("checkedVariant gives each kind of line its typed fields", () => {
  test("E8: per person, spread over 100 guests, delivery in Paris, 1 waiter per 30 guests for 3 h", () => {
    expect(checked(workedExample("E8").variant)).toMatchObject({
      kind: "perPerson",
      product: { kind: "cocktail", pieces: 12 },
      extras: [],
      unit: "personne",
      spread: {
        guests: 100,
        costs: {
          delivery: { zone: "paris", evening: false, weekend: false, pickup: false },
          staff: { role: "serveur", centiHours: 300, headcount: { kind: "ratio", perGuests: 30 } },
        },
      },
    });
  });

  test("E5: the extra comes with its catalogue line; flags absent in the JSON are false", () => {
    const variant = workedExample("E5").variant;
    const result = checked({
      ...variant,
      delivery: { included: true, zone: "petite_couronne", evening: true },
    });
    expect(result).toMatchObject({
      kind: "perPerson",
      extras: [{ id: "boissons.vin" }],
      spread: {
        costs: { delivery: { zone: "petite_couronne", evening: true, weekend: false }, staff: null },
      },
    });
  });

  test("E9: a prestation keeps its guests even with nothing included; E2: nothing to spread", () => {
    expect(checked(workedExample("E9").variant)).toMatchObject({
      kind: "prestation",
      product: { kind: "line", line: { id: "buffet.froid" } },
      guests: 40,
      costs: { delivery: { zone: "grande_couronne", weekend: true }, staff: null },
    });
    expect(checked(workedExample("E2").variant)).toMatchObject({ kind: "perPerson", spread: null });
  });

  test("E10: a line billed alone, in its own unit", () => {
    expect(checked(workedExample("E10").variant)).toMatchObject({
      kind: "standalone",
      line: { id: "personnel.maitre_hotel" },
      unit: "heure",
    });
  });

  test("a fixed staff count is a count, hours keep their decimals in hundredths", () => {
    const variant: Variant = {
      ...workedExample("E9").variant,
      staff: { included: true, role: "cuisinier", count: 2, per_guests: null, hours: 4.75 },
    };
    expect(checked(variant)).toMatchObject({
      costs: { staff: { role: "cuisinier", centiHours: 475, headcount: { kind: "count", count: 2 } } },
    });
  });
});

test("a variant breaking a rule has no checked form, and every finding of checkVariant", () => {
  const broken: Variant = {
    ...workedExample("E8").variant,
    guests: undefined,
    delivery: { included: true },
    staff: { included: true, count: 2, per_guests: 10, hours: 0 },
  };
  const result = checkedVariant(broken);
  expect(result.variant).toBeNull();
  expect(result.findings.map((finding) => finding.code)).toEqual([
    "variant.guests.missing",
    "variant.zone.missing",
    "variant.staff.role",
    "variant.staff.countAmbiguous",
    "variant.staff.hours",
  ]);
  expect(checkVariant(broken)).toEqual(result.findings);
});

test("every generated valid variant has a checked form of the kind its unit says", () => {
  for (const variant of fc.sample(variantArbitrary, { numRuns: 500, seed: 5 })) {
    const result = checkedVariant(variant);
    expect(result.findings).toEqual([]);
    const kind = result.variant?.kind;
    if (variant.unit === "prestation") expect(kind).toBe("prestation");
    else if (["personne", "plateau"].includes(variant.unit)) expect(kind).toBe("perPerson");
    else expect(kind).toBe("standalone");
  }
});
