import { readVariant } from "../../src/core/variant";
import { PRODUCT_CHOICES, variantJson, type VariantFields } from "../../src/usecases/variant-fields";
import { DEFAULT_FIELDS, fieldsForProduct, productFields } from "../../src/usecases/variant-fields-for";

// The variant form shows only what applies to the product and, when the product changes, empties what no longer
// applies: whatever the user had chosen before, the fields sent for the new product are a variant the core accepts.

const errorsOf = (fields: VariantFields) =>
  readVariant(variantJson(fields)).findings.filter((finding) => finding.severity === "error");

describe("what applies to a product", () => {
  test("a cook by the hour: no pieces, extras, guests, delivery or staff of its own; sold by the hour", () => {
    expect(productFields("personnel.cuisinier")).toEqual({
      pieces: false,
      extras: [],
      guests: false,
      delivery: false,
      staff: false,
      units: ["heure"],
    });
  });

  test("a cocktail: pieces, every usual extra, guests, delivery and staff; per person first", () => {
    const cocktail = productFields("cocktail");
    expect(cocktail).toMatchObject({ pieces: true, guests: true, delivery: true, staff: true });
    expect(cocktail.extras).toContain("boissons.vin");
    expect(cocktail.units[0]).toBe("personne");
  });

  test("a tray is sold per tray first; a product is never its own extra", () => {
    expect(productFields("plateau.classique").units[0]).toBe("plateau");
    expect(productFields("boissons.vin").extras).not.toContain("boissons.vin");
  });
});

describe("the fields once the product changes", () => {
  test("a fresh form is a variant the core accepts", () => {
    expect(errorsOf(DEFAULT_FIELDS)).toEqual([]);
  });

  test("from a fresh form to any product, and from any product to any other: a variant the core accepts", () => {
    for (const from of PRODUCT_CHOICES) {
      const start = fieldsForProduct({ ...DEFAULT_FIELDS, extras: ["boissons.vin"] }, from);
      expect([from, errorsOf(start)]).toEqual([from, []]);
      for (const to of PRODUCT_CHOICES) {
        const next = fieldsForProduct(start, to);
        expect([from, to, errorsOf(next)]).toEqual([from, to, []]);
      }
    }
  });

  test("cocktail to a cook: no delivery, extras, guests or pieces left; the unit is the hour", () => {
    const cook = fieldsForProduct({ ...DEFAULT_FIELDS, extras: ["boissons.vin"] }, "personnel.cuisinier");
    expect(cook).toMatchObject({
      product: "personnel.cuisinier",
      pieces: "",
      extras: [],
      guests: "",
      unit: "heure",
      delivery: "none",
      staff: "none",
    });
    // Back to a cocktail: its parts start again as on a fresh form.
    expect(fieldsForProduct(cook, "cocktail")).toEqual(DEFAULT_FIELDS);
  });

  test("between two services what applies to both is kept as typed; the unit follows the product", () => {
    const typed: VariantFields = {
      ...DEFAULT_FIELDS,
      extras: ["boissons.vin"],
      guests: "45",
      zone: "grande_couronne",
      evening: true,
      staff: "included",
      role: "serveur",
      staffNumber: "15",
    };
    expect(fieldsForProduct(typed, "plateau.classique")).toEqual({
      ...typed,
      product: "plateau.classique",
      pieces: "",
      unit: "plateau",
    });
  });
});
