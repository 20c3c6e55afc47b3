import { readFileSync } from "node:fs";
import * as path from "node:path";
import { canonicalVariantJson, readScheduleLines } from "../../src/core/schedule";
import { readVariant } from "../../src/core/variant";
import { isMessageKey } from "../../src/i18n";
import { FIXTURES } from "./pricing-helpers";
import { SAMPLE_LINES_JSON } from "./schedule-helpers";

// The buyer's list of lines: what is accepted, what is refused and why, each finding on its line and field.

const codes = (json: unknown) =>
  readScheduleLines(json).findings.map((finding) => [
    finding.code,
    finding.location?.line,
    finding.location?.path,
  ]);

test("the sample list is read whole; a line without a number takes its position", () => {
  const { lines, findings } = readScheduleLines(SAMPLE_LINES_JSON);
  expect(findings).toEqual([]);
  expect(lines.map((line) => line.ref)).toEqual(["1.1", "1.2", "1.3", "4", "2.1", "2.2", "=1+1", "2.4"]);
  expect(lines[3].quantity).toBe(37.5);
});

type Case = readonly [name: string, json: unknown, expected: readonly (readonly unknown[])[]];

const CASES: readonly Case[] = [
  ["not a list", { lines: [] }, [["schedule.notList", undefined, ""]]],
  ["an empty list", [], [["schedule.empty", undefined, ""]]],
  ["a line that is not an object", [42], [["schedule.line.notObject", 1, ""]]],
  [
    "an unknown field",
    [{ quantity: 1, variant: { product: "pause.cafe" }, quantite: 3 }],
    [["schedule.line.unknownField", 1, "quantite"]],
  ],
  ["no quantity", [{ variant: { product: "pause.cafe" } }], [["schedule.quantity.missing", 1, "quantity"]]],
  ...[0, -2, 1.0000001, "12", 2e7].map((quantity): Case => [
    `quantity ${JSON.stringify(quantity)}`,
    [{ quantity, variant: { product: "pause.cafe" } }],
    [["schedule.quantity.invalid", 1, "quantity"]],
  ]),
  [
    "a blank ref",
    [{ ref: " ", quantity: 1, variant: { product: "pause.cafe" } }],
    [["schedule.ref.invalid", 1, "ref"]],
  ],
  ["no variant", [{ quantity: 1 }], [["schedule.variant.missing", 1, "variant"]]],
  [
    "a variant that breaks the standard",
    [
      { quantity: 1, variant: { product: "pause.cafe" } },
      { quantity: 1, variant: { product: "cocktail" } },
    ],
    [["variant.pieces.missing", 2, "variant.pieces"]],
  ],
  [
    "a misspelt variant field",
    [{ quantity: 1, variant: { product: "cocktail", pieces: 8, delivry: { included: false } } }],
    [["variant.unknownField", 1, "variant.delivry"]],
  ],
  [
    "two lines with the same number (given, or by position)",
    [
      { ref: "2", quantity: 1, variant: { product: "pause.cafe" } },
      { quantity: 1, variant: { product: "pause.accueil" } },
    ],
    [["schedule.ref.duplicate", 2, "ref"]],
  ],
  [
    "a TTC basis (a warning: the line is kept in HT)",
    [{ quantity: 1, variant: { product: "pause.cafe", basis: "TTC" } }],
    [["schedule.basis.ht", 1, "variant.basis"]],
  ],
];

test.each(CASES)("%s", (_name, json, expected) => {
  expect(codes(json)).toEqual(expected);
});

test("refused lines are left out, kept lines are the valid ones; every code has its message", () => {
  const result = readScheduleLines([
    { quantity: 1, variant: { product: "pause.cafe", basis: "TTC" } },
    { quantity: 0, variant: { product: "pause.cafe" } },
    { quantity: 2, variant: { product: "cocktail", pieces: 4 } },
  ]);
  expect(result.lines.map((line) => [line.ref, line.variant.basis])).toEqual([
    ["1", "HT"],
    ["3", "HT"],
  ]);
  for (const finding of result.findings) expect(isMessageKey(finding.messageKey)).toBe(true);
});

describe("the canonical JSON of a variant", () => {
  const fixtureVariants = ["t-mairie", "t-departement", "t-etablissement"].flatMap((name) => {
    const expected = JSON.parse(
      readFileSync(path.join(FIXTURES, "tenders", `${name}.expected.json`), "utf8"),
    ) as {
      lines: { expect: string; variant?: unknown }[];
    };
    return expected.lines.filter((line) => line.expect === "mapped").map((line) => line.variant);
  });

  test("reads back as the same variant, for every mapped line of the three public tenders", () => {
    expect(fixtureVariants.length).toBeGreaterThan(30);
    for (const raw of fixtureVariants) {
      const variant = readVariant(raw).variant;
      expect(variant).not.toBeNull();
      const text = canonicalVariantJson(variant!);
      expect(readVariant(JSON.parse(text))).toEqual({ variant, findings: [] });
    }
  });

  test("is compact, in the standard's field order, without null or absent fields", () => {
    const variant = readVariant({
      basis: "HT",
      staff: { hours: 3, per_guests: 30, role: "serveur", included: true },
      unit: "personne",
      guests: 100,
      pieces: 12,
      product: "cocktail",
    }).variant!;
    expect(canonicalVariantJson(variant)).toBe(
      '{"product":"cocktail","pieces":12,"extras":[],"guests":100,"unit":"personne",' +
        '"staff":{"included":true,"role":"serveur","per_guests":30,"hours":3},"basis":"HT"}',
    );
  });
});
