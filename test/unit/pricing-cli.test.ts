import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run, type CliStreams } from "../../src/cli/main";
import { MAX_LINES } from "../../src/usecases/price-variants";
import { pricing } from "../../src/cli/demo/pricing";
import { MAX_INPUT_MB } from "../../src/cli/io";
import { translator } from "../../src/i18n";
import { FIXTURES, WORKED_EXAMPLES } from "./pricing-helpers";

// `grille price`: the standard's worked examples through the command line, human and JSON outputs, exit codes.

const REFERENCE = path.join(FIXTURES, "grids", "reference.json");
const BAD = path.resolve(__dirname, "../fixtures/grids-bad");
const NOT_A_WORKBOOK = path.join(BAD, "not-a-workbook.xlsx");

async function grille(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const streams: CliStreams = {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: {},
  };
  const code = await run(["node", "grille", ...args], streams);
  return { code, out, err };
}

let dir = "";
let examplesFile = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-price-"));
  examplesFile = path.join(dir, "examples.json");
  const lines = WORKED_EXAMPLES.map((example) => ({ id: example.name, variant: example.variant }));
  await fs.writeFile(examplesFile, JSON.stringify(lines));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

test("--variants --json: E1–E12 priced to the cent, E13 an error with code and message; exit 1", async () => {
  const { code, out, err } = await grille("price", "--grid", REFERENCE, "--variants", examplesFile, "--json");
  expect(err).toBe("");
  expect(code).toBe(1);
  const lines = JSON.parse(out) as {
    id: string;
    ht?: number;
    ttc?: number;
    breakdown?: string[];
    error?: object;
  }[];
  for (const [index, example] of WORKED_EXAMPLES.entries()) {
    if (example.ht === null) {
      expect(lines[index]).toEqual({
        id: "E13",
        error: {
          code: "pricing.cocktail.noFormula",
          message: expect.stringContaining("Cocktail 4 pièces non chiffrable"),
        },
      });
    } else {
      expect(lines[index]).toMatchObject({
        id: example.name,
        ht: euros(example.ht),
        ttc: euros(example.ttc),
      });
      expect(Object.keys(lines[index])).toEqual(["id", "ht", "ttc", "breakdown"]);
      expect(lines[index].breakdown?.length).toBeGreaterThan(2);
    }
  }
});

test("human output in French: label, HT and TTC, breakdown; money as 24,48 €", async () => {
  const e6 = JSON.stringify(WORKED_EXAMPLES[5].variant);
  const { code, out } = await grille("price", "--grid", REFERENCE, "--variant", e6);
  expect(code).toBe(0);
  expect(out).toContain("Plateau-repas classique, livraison comprise (Paris), base 12 plateaux");
  expect(out).toContain("22,25\u00a0€ HT · 24,48\u00a0€ TTC");
  expect(out).toContain("Répartition : 45,00\u00a0€ ÷ 12 = 3,75\u00a0€ → arrondi à 3,75\u00a0€ par plateau");
});

test("human output in English: money as €24.48", async () => {
  const e6 = JSON.stringify(WORKED_EXAMPLES[5].variant);
  const { code, out } = await grille("price", "--lang", "en", "--grid", REFERENCE, "--variant", e6);
  expect(code).toBe(0);
  expect(out).toContain("€22.25 before VAT · €24.48 incl. VAT");
  expect(out).toContain("VAT food 10%: €22.25 before VAT → €24.475 → rounded to €24.48 incl. VAT");
});

test("a line with a bad variant gets its own error; the others are priced", async () => {
  const file = path.join(dir, "mixed.json");
  await fs.writeFile(
    file,
    JSON.stringify([
      { id: "ok", variant: { product: "cocktail", pieces: 8 } },
      { id: "zero", variant: { product: "cocktail", pieces: 8, guests: 0 } },
      { variant: { product: "cocktail", pieces: 8, delivery: { included: true, zone: "lyon" }, guests: 10 } },
      { id: "no-variant" },
    ]),
  );
  const { code, out } = await grille(
    "price",
    "--grid",
    REFERENCE,
    "--variants",
    file,
    "--json",
    "--lang",
    "en",
  );
  expect(code).toBe(1);
  const lines = JSON.parse(out) as { id: string; ht?: number; error?: { code: string } }[];
  expect(lines.map((line) => [line.id, line.ht ?? line.error?.code])).toEqual([
    ["ok", 12.4],
    ["zero", "variant.guests.invalid"],
    ["3", "variant.zone.unknown"],
    ["no-variant", "variant.notObject"],
  ]);
});

test("a misspelt field (delivry) makes the line not priced, never priced without it (exit 1)", async () => {
  const variant = { product: "cocktail", pieces: 8, delivry: { included: true, zone: "paris" } };
  const human = await grille("price", "--grid", REFERENCE, "--variant", JSON.stringify(variant));
  expect(human.code).toBe(1);
  expect(human.out).toContain("Champ « delivry » inconnu dans la variante : la ligne n'est pas chiffrée.");
  expect(human.out).not.toContain("12,40");
  const json = await grille("price", "--grid", REFERENCE, "--variant", JSON.stringify(variant), "--json");
  expect(JSON.parse(json.out)).toMatchObject([{ id: "variant", error: { code: "variant.unknownField" } }]);
});

test("two lines with the same id: the repeat is flagged with both line numbers", async () => {
  const file = path.join(dir, "doublons.json");
  const variant = { product: "cocktail", pieces: 8 };
  await fs.writeFile(
    file,
    JSON.stringify([
      { id: "L1", variant },
      { id: "L2", variant },
      { id: "L1", variant },
    ]),
  );
  const { code, out } = await grille(
    "price",
    "--grid",
    REFERENCE,
    "--variants",
    file,
    "--json",
    "--lang",
    "en",
  );
  expect(code).toBe(0);
  const lines = JSON.parse(out) as { id: string; warnings?: { code: string; message: string }[] }[];
  expect(lines.map((line) => line.warnings?.map((one) => one.message))).toEqual([
    undefined,
    undefined,
    ['line 3: the id "L1" is already used by line 1; give each line its own id.'],
  ]);
});

test("an unusable grid: the summary names what stops pricing, every other problem is listed above it", async () => {
  const file = path.join(dir, "types.json");
  const json = JSON.parse(await fs.readFile(REFERENCE, "utf8")) as Record<string, Record<string, unknown>>;
  json.engagements = { ...json.engagements, part_bio_pct: "45%" };
  json.prix = { ...json.prix, "cocktail.formule.8": "11,90" };
  await fs.writeFile(file, JSON.stringify(json));
  const { code, out, err } = await grille("price", "--grid", file, "--variant", "{}");
  expect(code).toBe(2);
  expect(out).toBe("");
  const lines = err.trim().split("\n");
  expect(lines).toHaveLength(2);
  // Labels, not the standard's ids: a caterer reads the template's words.
  expect(lines[0]).toContain("« Part de produits bio (%) »");
  expect(lines[1]).toMatch(/types\.json : grille inutilisable pour chiffrer : .*« Cocktail 8 pièces »/);
  expect(err).not.toMatch(/engagements\.part_bio_pct|cocktail\.formule\.8/);
});

test.each([
  ["UTF-16 with its byte-order mark (Notepad's 'Unicode')", "utf16le"],
  ["UTF-8 with a byte-order mark", "utf8bom"],
] as const)("a grid saved as %s is read", async (_name, encoding) => {
  const text = await fs.readFile(REFERENCE, "utf8");
  const file = path.join(dir, `grid-${encoding}.json`);
  const bytes =
    encoding === "utf16le"
      ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
      : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  await fs.writeFile(file, bytes);
  const { code } = await grille("price", "--grid", file, "--variant", '{"product":"cocktail","pieces":8}');
  expect(code).toBe(0);
});

test("a grid in Windows-1252 is refused rather than read with its accents replaced by �", async () => {
  const json = JSON.parse(await fs.readFile(REFERENCE, "utf8")) as Record<string, Record<string, unknown>>;
  json.entreprise = { ...json.entreprise, raison_sociale: "Traiteur Écologique" };
  const file = path.join(dir, "latin1.json");
  await fs.writeFile(file, Buffer.from(JSON.stringify(json), "latin1"));
  const { code, err } = await grille("price", "--grid", file, "--variant", "{}", "--lang", "en");
  expect(code).toBe(2);
  expect(err.trim()).toBe(
    `${file}: this file is not encoded in UTF-8 (accented letters would be misread). Save it as UTF-8 and run again.`,
  );
});

test("a variants file over the line limit is refused before pricing, naming the count and the limit", async () => {
  const file = path.join(dir, "trop.json");
  const line = { id: "x", variant: { product: "cocktail", pieces: 8 } };
  await fs.writeFile(file, JSON.stringify(Array.from({ length: MAX_LINES + 1 }, () => line)));
  const { code, out, err } = await grille("price", "--grid", REFERENCE, "--variants", file, "--lang", "en");
  expect(code).toBe(2);
  expect(out).toBe("");
  expect(err.trim()).toBe(
    `${file}: ${MAX_LINES + 1} lines, over the limit of ${MAX_LINES} per file. Split it into several files.`,
  );
});

test("an input over the size bound is refused after reading no more than the bound", async () => {
  const file = path.join(dir, "enorme.json");
  await fs.writeFile(file, "");
  await fs.truncate(file, (MAX_INPUT_MB + 1) * 1024 * 1024); // sparse: no disk used
  const { code, err } = await grille("price", "--grid", file, "--variant", "{}");
  expect(code).toBe(2);
  expect(err.trim()).toBe(
    `${file} : fichier de plus de ${MAX_INPUT_MB} Mo, trop gros pour une grille ou une liste de variantes. Vérifiez que c'est le bon fichier.`,
  );
});

test("a device that never ends (/dev/zero) is refused once the bound is read, not read on", async () => {
  const { code, err } = await grille("price", "--grid", "/dev/zero", "--variant", "{}");
  expect(code).toBe(2);
  expect(err.trim()).toBe(
    `/dev/zero : fichier de plus de ${MAX_INPUT_MB} Mo, trop gros pour une grille ou une liste de variantes. Vérifiez que c'est le bon fichier.`,
  );
});

describe("unusable input: exit 2 and one line saying why", () => {
  test.each<[string, string[], RegExp]>([
    [
      "missing grid",
      ["--grid", "no-such-grid.json", "--variant", "{}"],
      /no-such-grid\.json : fichier introuvable/,
    ],
    [
      "grid with an amount of 3 decimals",
      ["--grid", path.join(BAD, "amount-decimals.json"), "--variant", "{}"],
      /« Cocktail 6 pièces » : 9,605 a plus de 2 décimales/,
    ],
    [
      "not a grid of the standard",
      ["--grid", path.join(BAD, "wrong-standard.json"), "--variant", "{}"],
      /grille-traiteur-maison/,
    ],
    ["invalid --variant JSON", ["--grid", REFERENCE, "--variant", "{product"], /--variant : JSON invalide/],
    ["no variant given", ["--grid", REFERENCE], /soit --variant/],
    [
      "both --variant and --variants",
      ["--grid", REFERENCE, "--variant", "{}", "--variants", "x.json"],
      /pas les deux/,
    ],
    [
      "a variants file that is not a list",
      ["--grid", REFERENCE, "--variants", REFERENCE],
      /il faut une liste JSON/,
    ],
    ["a folder given as the grid", ["--grid", BAD, "--variant", "{}"], /grids-bad est un dossier/],
    [
      "a missing Excel grid",
      ["--grid", "grille.xlsx", "--variant", "{}"],
      /grille\.xlsx : fichier introuvable/,
    ],
    [
      "an Excel grid that is not a workbook",
      ["--grid", NOT_A_WORKBOOK, "--variant", "{}"],
      /not-a-workbook\.xlsx/,
    ],
  ])("%s", async (_name, args, message) => {
    const { code, out, err } = await grille("price", ...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(message);
  });
});

test("a grid whose identity breaks a rule still prices, and says so on stderr", async () => {
  const { code, out, err } = await grille(
    "price",
    "--grid",
    path.join(BAD, "siret-checksum.json"),
    "--variant",
    '{"product":"cocktail","pieces":8}',
  );
  expect(code).toBe(0);
  expect(out).toContain("12,40\u00a0€ HT");
  expect(err).toMatch(/siret-checksum\.json: erreur: « SIRET » /);
});

test("the demo step prices typical lines from the built-in reference grid and writes text, JSON and R8 formulas", async () => {
  const out = path.join(dir, "demo");
  await fs.mkdir(out);
  const lines: string[] = [];
  const ctx = {
    lang: "en" as const,
    t: translator("en"),
    debug: false,
    out: (text: string) => lines.push(text),
    err: () => undefined,
  };
  const written = await pricing.run(ctx, out);
  expect(written).toEqual(["prix-variantes.txt", "prix-variantes.json", "formules-r8.txt"]);
  const json = JSON.parse(await fs.readFile(path.join(out, "prix-variantes.json"), "utf8")) as {
    id: string;
    ht?: number;
  }[];
  expect(json.find((line) => line.id === "E6")).toMatchObject({ ht: 22.25, ttc: 24.48 });
  expect(lines.join("\n")).toContain("€22.25 before VAT · €24.48 incl. VAT");
  expect(await fs.readFile(path.join(out, "formules-r8.txt"), "utf8")).toContain(
    "E10 HT:  =ROUND(IF(ISNUMBER(GCT_personnel_maitre_hotel)",
  );
});
