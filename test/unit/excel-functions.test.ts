import * as path from "node:path";
import { writeGridJson } from "../../src/core/grid";
import { detail, price, variant } from "../../src/functions/functions";
import { t } from "../../src/i18n";
import { designationVariant } from "../../src/usecases/designation-variant";
import { MY_GRID_KEY, saveMyGrid } from "../../src/usecases/my-grid";
import {
  answerOf,
  cliCell,
  grillePrice,
  installExcelRuntime,
  prixSheetRange,
  removeExcelRuntime,
  type RangeCell,
} from "../helpers/excel-functions";
import { FIXTURES, WORKED_EXAMPLES, loadGrid, type WorkedExample } from "./pricing-helpers";

// =GRILLE.PRIX, =GRILLE.VARIANTE, =GRILLE.DETAIL called as Excel's runtime calls them (numbers, strings, the 2-D
// array of a range, omitted optionals as null or undefined), against `grille price` for the same line: the standard's
// worked examples worded as a buyer words them, over the template's Prix sheet and over my grid.

const REFERENCE = path.join(FIXTURES, "grids", "reference.json");
const reference = loadGrid("reference");
let prix: RangeCell[][];

/** Section 6's examples as a buyer's schedule words them, with the guests the cell gives beside the words. */
const WORDED: Readonly<Record<string, { readonly words: string; readonly guests?: number }>> = {
  E1: { words: "Cocktail 6 pièces, livraison comprise Paris", guests: 50 },
  E2: { words: "Cocktail 8 pièces, livraison en sus" },
  E3: { words: "Cocktail 9 pièces hors livraison" },
  E4: { words: "Cocktail 15 pièces, livraison en sus" },
  E5: {
    words: "Cocktail 8 pièces avec forfait vin, livraison comprise petite couronne en soirée",
    guests: 30,
  },
  E6: { words: "Plateau-repas classique livré Paris", guests: 12 },
  E7: { words: "Cocktail 10 pièces livraison comprise Paris", guests: 120 },
  E8: {
    words:
      "Cocktail 12 pièces, livraison comprise Paris, service compris : 1 serveur pour 30 convives, 3 heures",
    guests: 100,
  },
  E9: { words: "Buffet froid, prix forfaitaire, livraison comprise grande couronne le samedi", guests: 40 },
  E10: { words: "Heure de maître d'hôtel" },
  E11: { words: "Mange-debout, l'unité" },
  E12: { words: "Livraison Paris" },
  E13: { words: "Cocktail 4 pièces" },
};

function cliArgs(words: string, guests?: number, basis?: string): string[] {
  return [
    "--grid",
    REFERENCE,
    "--designation",
    words,
    ...(guests === undefined ? [] : ["--guests", String(guests)]),
    ...(basis === undefined ? [] : ["--basis", basis]),
  ];
}

beforeAll(async () => {
  prix = await prixSheetRange(reference);
});

beforeEach(() => installExcelRuntime(null));
afterEach(() => removeExcelRuntime());

describe("the worked examples, worded as a buyer words them", () => {
  test.each(WORKED_EXAMPLES.map((example) => [example.name, example] as const))(
    "%s reads as the example's variant",
    (name, example) => {
      const { words, guests } = WORDED[name];
      expect(designationVariant({ designation: words, guests })).toEqual({
        ok: true,
        variant: example.variant,
      });
    },
  );

  test.each(
    WORKED_EXAMPLES.flatMap((example) => (["HT", "TTC"] as const).map((basis) => [example, basis] as const)),
  )(
    "=GRILLE.PRIX on %#: %o answers what grille price --designation answers, and the standard's amount",
    async (example: WorkedExample, basis) => {
      const { words, guests } = WORDED[example.name];
      const cell = await answerOf(price(words, guests ?? (null as unknown as number), basis, prix));
      expect(cell).toEqual(await cliCell(cliArgs(words, guests, basis), basis));
      const cents = basis === "TTC" ? example.ttc : example.ht;
      if (cents === null)
        expect(cell).toMatchObject({ code: "#N/A", message: expect.stringMatching(/4 pièces/) });
      else expect(cell).toBe(cents / 100);
    },
  );

  test("=GRILLE.DETAIL spills the breakdown grille price prints, each step with its amount", async () => {
    for (const example of WORKED_EXAMPLES.filter((one) => one.ht !== null)) {
      const { words, guests } = WORDED[example.name];
      const rows = (await detail(words, guests ?? (null as unknown as number), "TTC", prix)) as unknown[][];
      const cli = (await grillePrice(...cliArgs(words, guests))).lines[0];
      expect(rows.map((row) => row[0])).toEqual(cli.breakdown);
      expect(rows.every((row) => row.length === 2 && (typeof row[1] === "number" || row[1] === ""))).toBe(
        true,
      );
      const total = (key: string) => rows.find((row) => String(row[0]).startsWith(key))?.[1];
      expect({ ht: total("Prix HT"), ttc: total("Prix TTC") }).toEqual({
        ht: (example.ht as number) / 100,
        ttc: (example.ttc as number) / 100,
      });
    }
  });
});

/** The fields of =GRILLE.VARIANTE for an example, as a caterer types them (labels, not ids), null when blank. */
function fieldsOf(example: WorkedExample): unknown[] {
  const { variant: v } = example;
  const zones: Record<string, string> = {
    paris: "Paris",
    petite_couronne: "petite couronne",
    grande_couronne: "grande couronne",
  };
  const delivery = v.delivery ? (v.delivery.included ? "comprise" : "en sus") : null;
  return [
    v.product === "cocktail" ? "Cocktail" : v.product,
    v.pieces ?? null,
    v.guests ?? null,
    delivery,
    v.delivery?.zone ? zones[v.delivery.zone] : null,
    v.delivery?.evening ?? null,
    v.delivery?.weekend ?? null,
    v.extras.length > 0 ? [["Forfait vin"]] : null,
  ];
}

function optionsOf(example: WorkedExample): string[] {
  const v = example.variant;
  return [
    "--product",
    v.product,
    ...(v.pieces === undefined ? [] : ["--pieces", String(v.pieces)]),
    ...(v.guests === undefined ? [] : ["--guests", String(v.guests)]),
    ...(v.delivery ? ["--delivery", v.delivery.included ? "included" : "excluded"] : []),
    ...(v.delivery?.zone ? ["--zone", v.delivery.zone] : []),
    ...(v.delivery?.evening ? ["--evening"] : []),
    ...(v.delivery?.weekend ? ["--weekend"] : []),
    ...v.extras.flatMap((extra) => ["--extra", extra]),
  ];
}

describe("=GRILLE.VARIANTE", () => {
  // Staff (E8) and a flat-fee unit (E9) are not among its fields: the words carry them (=GRILLE.PRIX above).
  const describable = WORKED_EXAMPLES.filter((example) => !["E8", "E9"].includes(example.name));

  test.each(describable.map((example) => [example.name, example] as const))(
    "%s: the fields price as grille price with the same options, and as the standard",
    async (_name, example) => {
      for (const basis of ["HT", "TTC"] as const) {
        const args = [...fieldsOf(example), basis, prix] as unknown as Parameters<typeof variant>;
        const cell = await answerOf(variant(...args));
        expect(cell).toEqual(
          await cliCell(["--grid", REFERENCE, ...optionsOf(example), "--basis", basis], basis),
        );
        const cents = basis === "TTC" ? example.ttc : example.ht;
        if (cents !== null) expect(cell).toBe(cents / 100);
      }
    },
  );
});

describe("uncertain or outside the standard: #N/A with the reason, never a guess", () => {
  const fr = (key: Parameters<typeof t>[1], params = {}) => ({ code: "#N/A", message: t("fr", key, params) });

  test.each([
    ["Cocktail 8 pièces pour 30 convives", 50, fr("tender.reason.guestsAmbiguous", { values: "50, 30" })],
    ["Animation DJ", 50, fr("tender.reason.outside", { matched: "Animation" })],
    ["Prestation sur devis", 50, fr("tender.reason.unknown")],
  ] as const)("%s (%s convives)", async (words, guests, expected) => {
    const cell = await answerOf(price(words, guests, null as never, prix));
    expect(cell).toEqual(expected);
  });

  test("a wording that needs the guests it does not give asks for them", async () => {
    const cell = await answerOf(
      price("Cocktail 8 pièces livraison comprise Paris", null as never, null as never, prix),
    );
    expect(cell).toMatchObject({ code: "#N/A", message: expect.stringMatching(/convives/) });
  });

  test("a basis that is neither HT nor TTC", async () => {
    const cell = await answerOf(price("Livraison Paris", null as never, "brut", prix));
    expect(cell).toEqual(fr("functions.basis.invalid", { value: "brut" }));
  });

  test("in English where Excel is in English", async () => {
    installExcelRuntime(null, "en-US");
    const cell = await answerOf(price("Animation DJ", 50, null as never, prix));
    expect(cell).toEqual({
      code: "#N/A",
      message: t("en", "tender.reason.outside", { matched: "Animation" }),
    });
  });
});

describe("[grille]: a range of the template's Prix sheet prices like the grid", () => {
  const e1 = WORDED.E1;

  test("the whole sheet A:E and the price and id columns D:E alone", async () => {
    const columnsDE = prix.map((row) => row.slice(3, 5));
    expect(await price(e1.words, e1.guests as number, "HT", prix)).toBe(10.5);
    expect(await price(e1.words, e1.guests as number, "HT", columnsDE)).toBe(10.5);
  });

  test("a price changed in the range changes the answer (Excel recalculates the cell)", async () => {
    const changed = prix.map((row) =>
      row[4] === "cocktail.formule.6" ? [...row.slice(0, 3), 10, row[4]] : row,
    );
    expect(await price(e1.words, e1.guests as number, "HT", changed)).toBe(10.9);
  });

  test("VAT rates at the standard's defaults, or as the range's TVA rows say (a fraction, as the TVA sheet holds it)", async () => {
    expect(await price("Livraison Paris", null as never, "TTC", prix)).toBe(49.5);
    const withVat = [...prix, ["TVA repas", null, null, 0.2, "tva.repas"]];
    expect(await price("Livraison Paris", null as never, "TTC", withVat)).toBe(54);
  });

  test("the id column alone, or a range without ids, says what to give", async () => {
    const ids = prix.map((row) => [row[4]]);
    expect(await answerOf(price(e1.words, 50, "HT", ids))).toEqual({
      code: "#N/A",
      message: t("fr", "functions.range.noValueColumn"),
    });
    expect(await answerOf(price(e1.words, 50, "HT", [[1, 2]]))).toEqual({
      code: "#N/A",
      message: t("fr", "functions.range.noIds"),
    });
  });

  test("where Excel passed empty cells as 0, a price resting on one is refused, the others priced", async () => {
    const zeroed = prix.map((row) => row.map((cell) => cell ?? 0));
    // Cocktail 15 pieces has no price in the grid: as 0 it would be 0 + pieces; as blank it is 12 + 3 pieces.
    expect(await answerOf(price(WORDED.E4.words, null as never, "HT", zeroed))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("Cocktail 15 pièces"),
    });
    expect(await price(WORDED.E2.words, null as never, "HT", zeroed)).toBe(12.4);
  });
});

describe("without [grille]: my grid, saved by the pane into OfficeRuntime.storage", () => {
  function savedText(): string {
    const store = new Map<string, string>();
    saveMyGrid(
      {
        getItem: (k) => store.get(k) ?? null,
        setItem: (k, v) => void store.set(k, v),
        removeItem: (k) => void store.delete(k),
      },
      reference,
    );
    return store.get(MY_GRID_KEY) as string;
  }

  test("prices every worked example as grille price does", async () => {
    installExcelRuntime(new Map([[MY_GRID_KEY, savedText()]]));
    for (const example of WORKED_EXAMPLES) {
      const { words, guests } = WORDED[example.name];
      const cli = await cliCell(cliArgs(words, guests, "TTC"), "TTC");
      expect(await answerOf(price(words, guests as number, "TTC"))).toEqual(cli);
    }
  });

  test("optionals omitted at the end (undefined) or in the middle (null) are the same", async () => {
    installExcelRuntime(new Map([[MY_GRID_KEY, savedText()]]));
    const [product, pieces, guests, delivery, zone] = fieldsOf(WORKED_EXAMPLES[1]) as Parameters<
      typeof variant
    >;
    const trailing = await variant(product, pieces, guests, delivery, zone);
    const nulls = await variant(
      product,
      pieces,
      guests,
      delivery,
      zone,
      null as never,
      null as never,
      null as never,
    );
    expect(trailing).toBe(12.4);
    expect(nulls).toBe(12.4);
    expect(await price("Livraison Paris")).toBe(
      await price("Livraison Paris", null as never, null as never, null as never),
    );
  });

  test("no grid saved, or no shared storage: #N/A saying where to get one", async () => {
    const none = { code: "#N/A", message: t("fr", "functions.grid.none") };
    installExcelRuntime(new Map());
    expect(await answerOf(price("Livraison Paris"))).toEqual(none);
    installExcelRuntime(null);
    expect(await answerOf(price("Livraison Paris"))).toEqual(none);
  });

  test("a stored grid that no longer reads: #N/A asking to save it again", async () => {
    installExcelRuntime(new Map([[MY_GRID_KEY, JSON.stringify({ savedAt: "x", grid: { prix: "?" } })]]));
    expect(await answerOf(price("Livraison Paris"))).toEqual({
      code: "#N/A",
      message: t("fr", "functions.grid.unreadable"),
    });
  });

  test("the grid saved again is the one the next calculation uses", async () => {
    const store = new Map([[MY_GRID_KEY, savedText()]]);
    installExcelRuntime(store);
    expect(await price("Livraison Paris")).toBe(45);
    const dearer = { ...writeGridJson(reference) } as Record<string, Record<string, unknown>>;
    dearer.prix = { ...dearer.prix, "livraison.paris": 50 };
    store.set(MY_GRID_KEY, JSON.stringify({ savedAt: new Date().toISOString(), grid: dearer }));
    expect(await price("Livraison Paris")).toBe(50);
  });
});
