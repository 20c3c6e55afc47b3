import * as path from "node:path";
import { run, type CliStreams } from "../../src/cli/main";
import { t } from "../../src/i18n";
import { FIXTURES } from "./pricing-helpers";

// `grille price --designation`: the buyer's words priced, or not priced with the reason (exit 1); options that would
// describe the variant twice are refused (exit 2).

const REFERENCE = path.join(FIXTURES, "grids", "reference.json");

async function grille(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const streams: CliStreams = {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: {},
  };
  const code = await run(["node", "grille", "price", "--grid", REFERENCE, "--lang", "fr", ...args], streams);
  return { code, out, err };
}

test("a worded line with its guests: the price and its breakdown, exit 0", async () => {
  const { code, out } = await grille(
    "--designation",
    "Cocktail 6 pièces, livraison comprise Paris",
    "--convives",
    "50",
  );
  expect(code).toBe(0);
  // Amounts are written with a non-breaking space before the euro sign.
  expect(out).toMatch(/10,50\s€ HT · 11,55\s€ TTC/);
  expect(out).toMatch(/Répartition : 45,00\s€ ÷ 50/);
});

test("an uncertain reading: not priced, the reason, exit 1; in JSON an error with the reason's code", async () => {
  const words = ["--designation", "Cocktail 8 pièces pour 30 convives", "--guests", "50"];
  const reason = t("fr", "tender.reason.guestsAmbiguous", { values: "50, 30" });
  const text = await grille(...words);
  expect({ code: text.code, out: text.out.trim() }).toEqual({ code: 1, out: `Non chiffré : ${reason}` });
  const json = await grille(...words, "--json");
  expect(json.code).toBe(1);
  expect(JSON.parse(json.out)).toEqual([
    { id: "variant", error: { code: "designation.guestsAmbiguous", message: reason } },
  ]);
});

test.each([
  [["--designation", "Livraison Paris", "--zone", "Paris"], "cli.price.designationOptions", {}],
  [["--designation", "Livraison Paris", "--variant", "{}"], "cli.price.designationOptions", {}],
  [
    ["--designation", "Livraison Paris", "--guests", "cinquante"],
    "cli.price.designationGuests",
    { value: "cinquante" },
  ],
  [["--designation", "Livraison Paris", "--base", "brut"], "cli.price.designationBasis", { value: "brut" }],
] as const)("%j: refused, exit 2", async (args, key, params) => {
  const { code, err } = await grille(...args);
  expect(code).toBe(2);
  expect(err).toContain(t("fr", key, params));
});
