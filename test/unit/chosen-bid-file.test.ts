import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { findingMessage } from "../../src/core/finding-message";
import { jsonProblem } from "../../src/core/json-syntax";
import { t } from "../../src/i18n";
import { bidInputOf } from "../../src/usecases/compare-bids";
import { readChosenBidFile } from "../../src/xlsx/chosen-file";

// A bid chosen in the pane or the offline page, read by the one door function both use, then taken by the
// comparison: a grid's JSON by its name, anything else as a workbook; a bad file becomes an unreadable bid with its
// reason in the buyer's words, never an exception that would stop a comparison of thirty.

const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");
const bytesOf = (...parts: string[]) => new Uint8Array(readFileSync(path.join(FIXTURES, ...parts)));

test("a returned bid workbook and a grid's JSON are read as such", async () => {
  const [bid] = readdirSync(path.join(FIXTURES, "bids"))
    .filter((name) => name.endsWith(".xlsx"))
    .sort();
  const workbook = bidInputOf(await readChosenBidFile(bid, bytesOf("bids", bid)));
  expect(workbook.file).toBe(bid);
  expect(workbook.source.kind).toBe("workbook");
  const json = bidInputOf(await readChosenBidFile("reference.json", bytesOf("grids", "reference.json")));
  expect(json.source).toEqual({
    kind: "gridJson",
    json: JSON.parse(readFileSync(path.join(FIXTURES, "grids", "reference.json"), "utf8")),
  });
});

test("a JSON that does not parse, a file that is no workbook: unreadable, each with its reason", async () => {
  const broken = bidInputOf(
    await readChosenBidFile("grille.json", new TextEncoder().encode("{ pas du JSON")),
  );
  if (broken.source.kind !== "unreadable") throw new Error("a broken JSON is unreadable");
  expect(findingMessage(broken.source.finding, "fr")).toMatch(
    /^grille\.json : JSON invalide à la ligne 1, colonne 3 /,
  );
  expect(broken.source.finding.messageKey).toBe("error.jsonInvalidAt");

  const fake = bidInputOf(await readChosenBidFile("offre.xlsx", new TextEncoder().encode("pas un classeur")));
  if (fake.source.kind !== "unreadable") throw new Error("text named .xlsx is unreadable");
  expect(fake.source.finding.location).toEqual({ file: "offre.xlsx" });
  expect(findingMessage(fake.source.finding, "fr")).toContain("offre.xlsx");
  expect(fake.source.finding.messageKey).toMatch(/^workbook\.read\./);
});

test("a JSON mistake is placed at its line and column, in the reader's words, never the engine's English", () => {
  const text = '{\n  "identite": {\n    "raison_sociale": "Traiteur"\n    "siret": "1"\n  }\n}';
  let error: unknown;
  try {
    JSON.parse(text);
  } catch (caught) {
    error = caught;
  }
  const problem = jsonProblem("grille.json", text, error);
  expect(problem).toEqual({
    messageKey: "error.jsonInvalidAt",
    params: { file: "grille.json", line: 4, column: 5 },
  });
  expect(t("fr", problem.messageKey, problem.params)).not.toMatch(/Expected|position/);
  expect(jsonProblem("x.json", "", new Error("no place"))).toEqual({
    messageKey: "error.jsonInvalid",
    params: { file: "x.json" },
  });
});
