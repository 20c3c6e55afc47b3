import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { readDesignation } from "../../src/core/designation";
import { readGridJson, writeGridJson, type Grid } from "../../src/core/grid";
import { MAX_CENTS, cents, centsFromEuroText, formatEuros } from "../../src/core/money";
import { priceVariant } from "../../src/core/pricing";
import { reasonText } from "../../src/core/tender/present";
import { readVariant } from "../../src/core/variant";
import {
  expectClearFindings,
  expectMessageKey,
  expectRendered,
  fuzzRuns,
  fuzzTimeout,
  hostileText,
  withinBound,
} from "../helpers/fuzz";

// The parsers of text and JSON that strangers' files feed, under generated and mutated inputs: none throws, each
// case ends within the bound, every refusal is a finding (or a reason) with a message in French and English.

const GRIDS = path.resolve(__dirname, "../../../shared/fixtures/grids");
const REFERENCE_JSON = JSON.parse(readFileSync(path.join(GRIDS, "reference.json"), "utf8")) as Record<
  string,
  unknown
>;
const REFERENCE: Grid = readGridJson(REFERENCE_JSON).grid as Grid;

const REJECTIONS = ["not-a-number", "negative", "decimals", "too-large"];

describe("centsFromEuroText (an amount typed as text)", () => {
  test(
    "any text: an amount in cents within bounds, or one of the named rejections; never an exception",
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, async (text) => {
          const result = await withinBound(() => centsFromEuroText(text));
          if (result.ok) {
            expect(Number.isSafeInteger(result.cents)).toBe(true);
            expect(result.cents).toBeGreaterThanOrEqual(0);
            expect(result.cents).toBeLessThanOrEqual(MAX_CENTS);
          } else expect(REJECTIONS).toContain(result.reason);
        }),
        fuzzRuns(400),
      );
    },
    fuzzTimeout(30_000),
  );

  const amountArb = fc.integer({ min: 0, max: MAX_CENTS }).map(cents);

  test("every amount as French and English write it reads back to the same cents", () => {
    fc.assert(
      fc.property(amountArb, (amount) => {
        for (const lang of ["fr", "en"] as const) {
          const read = centsFromEuroText(formatEuros(amount, lang));
          expect(read).toEqual({ ok: true, cents: amount });
        }
      }),
      fuzzRuns(300),
    );
  });

  test("amount-like texts (digits, separators, spaces, signs, currency in any order) never read as another amount", () => {
    const piece = fc.constantFrom(
      "1",
      "2",
      "5",
      "0",
      "9",
      ",",
      ".",
      " ",
      "\u00a0",
      "\u202f",
      "€",
      "EUR",
      "-",
      "(",
      ")",
      "%",
      "HT",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        const result = centsFromEuroText(text);
        if (!result.ok) return;
        // What was read is what the digits say, whichever separator was the decimal point.
        const digits = text.replace(/\D/g, "");
        expect(digits.replace(/^0+/, "")).toContain(
          String(Math.floor(result.cents / 100)).replace(/^0$/, ""),
        );
      }),
      fuzzRuns(400),
    );
  });
});

describe("readDesignation (a buyer's line)", () => {
  const WORDS = [
    "cocktail",
    "pièces",
    "plateau",
    "repas",
    "buffet",
    "froid",
    "chaud",
    "pause",
    "café",
    "petit-déjeuner",
    "livraison",
    "comprise",
    "incluse",
    "en sus",
    "hors",
    "service",
    "serveur",
    "maître d'hôtel",
    "heures",
    "h",
    "pour",
    "base",
    "convives",
    "personnes",
    "pers.",
    "Paris",
    "92",
    "93",
    "77",
    "soirée",
    "après 19 h",
    "samedi",
    "dimanche",
    "vin",
    "champagne",
    "softs",
    "6",
    "8",
    "huit",
    "douze",
    "12",
    "15",
    "20",
    "TTC",
    "HT",
    "forfait",
    "/",
    "-",
    "(",
    ")",
    ",",
    ";",
    "€",
    "\u00a0",
    "x",
  ];
  const designationArb = fc.oneof(
    hostileText,
    fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((words) => words.join(" ")),
  );
  const unitArb = fc.option(
    fc.oneof(fc.constantFrom("pers.", "plateau", "forfait", "heure", "u", ""), hostileText),
    {
      nil: undefined,
    },
  );

  test(
    "any line: mapped with a variant that prices or refuses in words, uncertain with a question, or unmapped",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          designationArb,
          unitArb,
          fc.constantFrom("HT", "TTC", null),
          async (designation, unit, basis) => {
            const reading = await withinBound(() => readDesignation({ designation, unit, basis }));
            expect(["mapped", "uncertain", "unmapped"]).toContain(reading.status);
            for (const why of [reading.reason, ...reading.doubts]) {
              expectMessageKey(why.key);
              for (const lang of ["fr", "en"] as const)
                expectRendered(reasonText(why, lang), `${why.key} (${lang})`);
            }
            if (reading.status === "mapped") {
              expect(reading.variant).not.toBeNull();
              const price = priceVariant(REFERENCE, reading.variant!);
              if (!price.ok) expectClearFindings([price.finding]);
            } else expect(reading.variant).toBeNull();
          },
        ),
        fuzzRuns(400),
      );
    },
    fuzzTimeout(60_000),
  );
});

/** Any JSON a file or a user could hold. */
const jsonArb = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<unknown>;

/** `base` with one value somewhere replaced, deleted or added (paths through objects and arrays). */
function mutated(base: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      fc.constantFrom("replace", "delete", "add"),
      jsonArb,
      fc.string(),
    )
    .map(([steps, action, value, key]) => {
      const copy = structuredClone(base) as unknown;
      let node = copy as Record<string, unknown> | unknown[];
      for (let i = 0; i < steps.length; i += 1) {
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const chosen = keys[steps[i] % keys.length];
        const child = (node as Record<string, unknown>)[chosen];
        const last = i === steps.length - 1 || child === null || typeof child !== "object";
        if (last) {
          if (action === "delete") delete (node as Record<string, unknown>)[chosen];
          else if (action === "add") (node as Record<string, unknown>)[key] = value;
          else (node as Record<string, unknown>)[chosen] = value;
          break;
        }
        node = child as Record<string, unknown>;
      }
      return copy;
    });
}

describe("readVariant (a variant's JSON, from --variant, a variants file or the pane)", () => {
  const VALID = [
    {
      product: "cocktail",
      pieces: 8,
      guests: 30,
      delivery: { included: true, zone: "paris", evening: true },
    },
    { product: "plateau_repas.classique", guests: 12, unit: "plateau", staff: { included: false } },
    {
      product: "buffet_froid",
      guests: 80,
      extras: ["boissons.vin"],
      staff: { role: "serveur", per_guests: 25, hours: 3 },
    },
  ];

  test(
    "any JSON, and valid variants with one field changed: a variant or findings in words; pricing never throws",
    async () => {
      const input = fc.oneof(jsonArb, ...VALID.map((valid) => mutated(valid)));
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const read = await withinBound(() => readVariant(value));
          expectClearFindings(read.findings);
          if (read.variant === null) expect(read.findings.some((f) => f.severity === "error")).toBe(true);
          else {
            const price = priceVariant(REFERENCE, read.variant);
            if (!price.ok) expectClearFindings([price.finding]);
            else expect(Number.isSafeInteger(price.ttc)).toBe(true);
          }
        }),
        fuzzRuns(400),
      );
    },
    fuzzTimeout(30_000),
  );
});

describe("readGridJson (a grid's JSON, from a file or my grid's import)", () => {
  test(
    "any JSON, and the reference grid with one value changed, removed or added: a grid or findings in words",
    async () => {
      const input = fc.oneof(
        { weight: 1, arbitrary: jsonArb },
        { weight: 4, arbitrary: mutated(REFERENCE_JSON) },
      );
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const read = await withinBound(() => readGridJson(value));
          expectClearFindings(read.findings);
          if (read.grid) {
            // A grid that was read writes back to JSON that reads as the same grid.
            expect(readGridJson(writeGridJson(read.grid)).grid).toEqual(read.grid);
            for (const price of Object.values(read.grid.prices))
              if (price !== null) expect(Number.isSafeInteger(price)).toBe(true);
          }
        }),
        fuzzRuns(300),
      );
    },
    fuzzTimeout(30_000),
  );
});
