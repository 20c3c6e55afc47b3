import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findingMessage } from "../../src/core/finding-message";
import { cents, formatEuros } from "../../src/core/money";
import { SCHEDULE_SHEET } from "../../src/core/schedule";
import { t } from "../../src/i18n";
import { mapTender } from "../../src/usecases/map-tender";
import { fillWorkbookBytes } from "../../src/xlsx/fill";
import { readWorkbook } from "../../src/xlsx/read";
import { expectValidWorkbook } from "../helpers/ooxml";
import { FIXTURES } from "../unit/pricing-helpers";
import { SAMPLE_LINES_JSON } from "../unit/schedule-helpers";
import { grille } from "./template-helpers";

// `grille bordereau` and `grille check` end to end: a schedule written from a lines file (valid, read back by the
// mapping at 100 %), a bad lines file refused line by line, the public bids checked against t-departement.xlsx in
// French and English, as JSON, with a grid; exit 0 clean, 1 findings, 2 unusable input.

let dir = "";
const tender = path.join(FIXTURES, "tenders", "t-departement.xlsx");
const bid = (name: string) => path.join(FIXTURES, "bids", `bid-${name}.xlsx`);
const grid = (name: string) => path.join(FIXTURES, "grids", `${name}.json`);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-buyer-cli-"));
  await fs.writeFile(path.join(dir, "lignes.json"), JSON.stringify(SAMPLE_LINES_JSON, null, 2));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("grille bordereau", () => {
  test("writes a valid schedule that grille map reads at 100 %, exit 0; refuses to replace it without --force", async () => {
    const out = path.join(dir, "BPU.xlsx");
    const lines = path.join(dir, "lignes.json");
    const run = await grille(["bordereau", "--lines", lines, "--out", out, "--title", "Lot 2"]);
    expect(run).toEqual({
      code: 0,
      out: `${t("fr", "cli.bordereau.written", { file: out, lines: 8, rows: 10 })}\n`,
      err: "",
    });
    const bytes = new Uint8Array(await fs.readFile(out));
    await expectValidWorkbook(bytes, "BPU.xlsx");
    const mapped = mapTender({ book: await readWorkbook(bytes, "BPU.xlsx") }).mapping;
    expect(mapped?.lines.map((line) => line.status)).toEqual(Array.from({ length: 10 }, () => "mapped"));
    const again = await grille(["bordereau", "--lines", lines, "--out", out]);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`${t("fr", "error.outputExists", { file: out })}\n`);
    expect((await grille(["bordereau", "--lines", lines, "--out", out, "--force"])).code).toBe(0);
  });

  test("in English (--lang en): the schedule's sheet and words in English", async () => {
    const out = path.join(dir, "schedule-en.xlsx");
    const run = await grille([
      "--lang",
      "en",
      "bordereau",
      "--lines",
      path.join(dir, "lignes.json"),
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    const book = await readWorkbook(new Uint8Array(await fs.readFile(out)), "schedule-en.xlsx");
    expect(book.sheets[0].name).toBe(SCHEDULE_SHEET);
    expect(book.sheets[0].cells[0][0].value).toEqual({ type: "text", value: t("en", "schedule.title") });
  });

  test("a bad lines file: each mistake at its line and field, nothing written, exit 1", async () => {
    const lines = path.join(dir, "mauvaises.json");
    await fs.writeFile(
      lines,
      JSON.stringify([
        { ref: "1.1", quantity: 100, variant: { product: "cocktail", pieces: 8 } },
        { ref: "1.2", quantity: 0, variant: { product: "plateau.classique" } },
        { ref: "1.3", quantity: 10, variant: { product: "coktail", pieces: 8 } },
      ]),
    );
    const out = path.join(dir, "jamais.xlsx");
    const run = await grille(["bordereau", "--lines", lines, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    const err = run.err.trim().split("\n");
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(
      new RegExp(`^${escape(lines)}, ligne 2, champ « quantity »: erreur: Quantité 0 invalide`),
    );
    expect(err[1]).toMatch(new RegExp(`^${escape(lines)}, ligne 3, champ « variant.product »: erreur: `));
    expect(err[2]).toBe(t("fr", "cli.bordereau.refused", { file: lines }));
    await expect(fs.access(out)).rejects.toThrow();
  });

  test.each([
    ["not JSON", "[{", "error.jsonInvalidAt"],
    ["not a list", '{"lines": []}', "schedule.notList"],
  ])("a lines file that is %s: one line, exit 2", async (_name, text, key) => {
    const lines = path.join(dir, `${key}.json`);
    await fs.writeFile(lines, text);
    const run = await grille(["bordereau", "--lines", lines, "--out", path.join(dir, "x.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err.trim().split("\n")).toHaveLength(1);
    if (key === "schedule.notList") expect(run.err).toContain(t("fr", "schedule.notList"));
  });
});

describe("grille check", () => {
  test("bid-a: nothing to report in French, exit 0", async () => {
    const run = await grille(["check", bid("a"), "--tender", tender]);
    expect(run).toEqual({
      code: 0,
      out: [
        t("fr", "cli.check.checked", { bid: bid("a"), tender, sheet: "BPU-DQE", lines: 25 }),
        t("fr", "cli.check.clean"),
        "",
      ].join("\n"),
      err: "",
    });
  });

  test("bid-c: the missing price at its cell, in English, exit 1", async () => {
    const run = await grille(["--lang", "en", "check", bid("c"), "--tender", tender]);
    const message = findingMessage(
      { code: "bid.price.missing", severity: "error", messageKey: "bid.price.missing" },
      "en",
    );
    expect(run.code).toBe(1);
    expect(run.out.split("\n").slice(1, 3)).toEqual([
      `${bid("c")}: BPU-DQE!D43: error: ${message}`,
      t("en", "cli.check.summary", { errors: 1, warnings: 0 }),
    ]);
  });

  test("--json: exactly {bid, tender, findings: [{code, severity, cell, message}]}", async () => {
    const run = await grille(["check", bid("c"), "--tender", tender, "--json"]);
    expect(run.code).toBe(1);
    expect(run.err).toBe("");
    const json = JSON.parse(run.out) as { findings: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(["bid", "tender", "findings"]);
    expect(json).toMatchObject({ bid: bid("c"), tender });
    expect(json.findings).toEqual([
      {
        code: "bid.price.missing",
        severity: "error",
        cell: "BPU-DQE!D43",
        message: expect.stringMatching(/^Prix unitaire manquant/),
      },
    ]);
  });

  test("a price typed as text and a stale price with --grid: both at their cells", async () => {
    const { data } = await fillWorkbookBytes(
      new Uint8Array(await fs.readFile(bid("a"))),
      "bid-a.xlsx",
      [
        { sheet: "BPU-DQE", cell: "D16", value: "17,50 €" },
        { sheet: "BPU-DQE", cell: "D25", value: 6.5 },
      ],
      { overwrite: true },
    );
    const tampered = path.join(dir, "offre.xlsx");
    await fs.writeFile(tampered, data);
    const run = await grille(["check", tampered, "--tender", tender, "--grid", grid("reference"), "--json"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out) as { findings: { code: string; cell: string; message: string }[] };
    // The line's TTC and amount are the buyer's formulas, their old results dropped by the fill: nothing to say.
    expect(json.findings.map((f) => [f.code, f.cell])).toEqual([
      ["bid.price.text", "BPU-DQE!D16"],
      ["bid.price.stale", "BPU-DQE!D25"],
    ]);
    expect(json.findings[0].message).toContain("17,50 €");
    expect(json.findings[1].message).toContain(formatEuros(cents(620), "fr"));
  });

  test("with the grid that made the bid: the lines compared are said, nothing is stale", async () => {
    const run = await grille(["check", bid("b"), "--tender", tender, "--grid", grid("traiteur-a")]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(t("fr", "cli.check.grid", { grid: grid("traiteur-a"), count: 24 }));
  });

  test.each([
    [
      "a bid that answers another schedule",
      () => [bid("a"), "--tender", path.join(FIXTURES, "tenders", "t-mairie.xlsx")],
    ],
    ["a bid file that does not exist", () => [path.join(dir, "absente.xlsx"), "--tender", tender]],
    ["an original that is not a workbook", () => [bid("a"), "--tender", grid("reference")]],
  ])("%s: one line naming it, exit 2", async (_name, args) => {
    const run = await grille(["check", ...args()]);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err.trim().split("\n")).toHaveLength(1);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
