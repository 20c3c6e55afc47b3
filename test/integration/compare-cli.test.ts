import { promises as fs, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { t } from "../../src/i18n";
import { compoundFile } from "../helpers/compound-file";
import { expectValidWorkbook } from "../helpers/ooxml";
import { tamperedBid } from "../helpers/tampered-bid";
import { ttcBidBytes, ttcScheduleBytes } from "../helpers/ttc-schedule";
import { BIDS_DIR, EXPECTED, TENDERS_DIR } from "../unit/compare-usecase-helpers";
import { grille } from "./template-helpers";

// `grille compare` end to end on the public bids: exactly the JSON of expected-comparison.json, a bidder's text
// price and arithmetic error found in a tampered copy, unreadable bids listed with their reason while the others
// are compared, the workbook and the report written, and the exit codes (0 clean, 1 findings or flags, 2 unusable).

let dir = "";
const tender = path.join(TENDERS_DIR, EXPECTED.tender);
const bids = EXPECTED.bids.map((bid) => path.join(BIDS_DIR, bid.file));

interface Json {
  tender: string;
  points: number;
  basis: string;
  bids: {
    file: string;
    bidder: string | null;
    complete: boolean;
    total_ht: number | null;
    rank: number | null;
    score_classique: number | null;
    score_lineaire: number | null;
    oab: boolean;
    findings: { code: string; severity: string; cell: string | null; message: string }[];
  }[];
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-compare-cli-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function expectedOf(json: Json) {
  return json.bids.map((bid) => ({
    file: bid.file,
    complete: bid.complete,
    total_ht: bid.total_ht,
    rank: bid.rank,
    score_classique: bid.score_classique,
    score_lineaire: bid.score_lineaire,
    oab: bid.oab,
    arithmetic_error: bid.findings.some((finding) => finding.code === "bid.amount.mismatch"),
    text_price: bid.findings.some((finding) => finding.code === "bid.price.text"),
  }));
}

test("--json prints exactly the comparison's shape and expected-comparison.json's numbers; exit 1 (a flag, a blank)", async () => {
  const run = await grille(["compare", "--tender", tender, ...bids, "--json"]);
  expect(run.err).toBe("");
  const json = JSON.parse(run.out) as Json;
  expect(Object.keys(json)).toEqual(["tender", "points", "basis", "bids"]);
  expect(json.basis).toBe("HT");
  expect([json.tender, json.points]).toEqual([EXPECTED.tender, EXPECTED.points]);
  for (const bid of json.bids) {
    expect(Object.keys(bid)).toEqual([
      "file",
      "bidder",
      "complete",
      "total_ht",
      "total_ttc",
      "rank",
      "score_classique",
      "score_lineaire",
      "score_ecart",
      "oab",
      "findings",
    ]);
    for (const finding of bid.findings)
      expect(Object.keys(finding)).toEqual(["code", "severity", "cell", "message"]);
  }
  expect(expectedOf(json)).toEqual(EXPECTED.bids);
  expect(json.bids[3].findings).toContainEqual(
    expect.objectContaining({ code: "compare.oab.meanSigma", severity: "warning", cell: null }),
  );
  expect(run.code).toBe(1);
});

test("a tampered copy: the text price and the arithmetic error are found at their cells", async () => {
  const copy = path.join(dir, "bid-a-modifiee.xlsx");
  const bytes = await tamperedBid(new Uint8Array(readFileSync(bids[0])), {
    textPrice: { cell: "D15", text: "12,50 €", amountCell: "H15" },
    wrongAmount: { cell: "H16", value: 14100 },
  });
  await fs.writeFile(copy, bytes);
  const run = await grille(["compare", "--tender", tender, copy, ...bids.slice(1), "--json"]);
  const json = JSON.parse(run.out) as Json;
  const [bid] = json.bids;
  expect(bid.file).toBe("bid-a-modifiee.xlsx");
  expect(expectedOf(json)[0]).toMatchObject({ complete: true, text_price: true, arithmetic_error: true });
  expect(bid.findings.filter((f) => ["bid.price.text", "bid.amount.mismatch"].includes(f.code))).toEqual([
    expect.objectContaining({ code: "bid.price.text", severity: "warning", cell: "BPU-DQE!D15" }),
    expect.objectContaining({ code: "bid.amount.mismatch", severity: "warning", cell: "BPU-DQE!H16" }),
  ]);
  expect(bid.findings[0].message).toContain("« 12,50 € »");
  // 12.40 € became 12.50 € on 1 500 cocktails: +150 € on the total.
  expect(bid.total_ht).toBe(131_255);
});

test("bids that cannot be read (not a zip, encrypted, another schedule) are listed with their reason; the others compared", async () => {
  const notZip = path.join(dir, "offre-texte.xlsx");
  const encrypted = path.join(dir, "offre-chiffree.xlsx");
  await fs.writeFile(notZip, "Ceci n'est pas un classeur.");
  await fs.writeFile(encrypted, compoundFile(["EncryptionInfo", "EncryptedPackage"]));
  const other = path.join(TENDERS_DIR, "t-mairie.xlsx");
  const run = await grille(["compare", "--tender", tender, notZip, ...bids, encrypted, other, "--json"]);
  const json = JSON.parse(run.out) as Json;
  const listed = (file: string) => json.bids.find((bid) => bid.file === file)!;
  for (const [file, code] of [
    ["offre-texte.xlsx", "workbook.read.notZip"],
    ["offre-chiffree.xlsx", "workbook.read.encrypted"],
    ["t-mairie.xlsx", "compare.bid.otherSchedule"],
  ] as const) {
    const bid = listed(file);
    expect(bid).toMatchObject({
      complete: false,
      total_ht: null,
      rank: null,
      score_classique: null,
      oab: false,
    });
    expect(bid.findings[0]).toMatchObject({ code, severity: "error" });
    expect(bid.findings[0].message).toContain(file);
  }
  expect(expectedOf({ ...json, bids: json.bids.filter((bid) => bid.file.startsWith("bid-")) })).toEqual(
    EXPECTED.bids,
  );
  expect(run.code).toBe(1);
});

test("in words: the ranking with the flag « À justifier », the statistics, the findings; outputs written", async () => {
  const out = path.join(dir, "comparaison.xlsx");
  const report = path.join(dir, "rapport.html");
  const run = await grille(["compare", "--tender", tender, ...bids, "--out", out, "--report", report]);
  const lines = run.out.split("\n");
  expect(lines[0]).toBe(
    t("fr", "compare.cli.heading", {
      count: 4,
      file: EXPECTED.tender,
      sheet: "BPU-DQE",
      lines: 25,
      points: "40",
    }),
  );
  const first = lines.find((line) => /^\s+1\s/.test(line));
  expect(first).toContain("Saveurs Express Événements");
  expect(first).toContain("71\u00a0860,78\u00a0€");
  expect(first).toContain("À justifier (moyenne − écart type)");
  expect(run.out).toContain("seuil moyenne − écart type 82\u00a0526,91\u00a0€");
  expect(run.out).toContain("bid-c.xlsx: BPU-DQE!D43: erreur: Prix unitaire manquant");
  expect(run.out).toContain(t("fr", "compare.cli.written.workbook", { file: out }));
  await expectValidWorkbook(new Uint8Array(await fs.readFile(out)), "comparaison.xlsx");
  const html = await fs.readFile(report, "utf8");
  expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
  expect(html).toContain("Saveurs Express Événements");
  expect(run.code).toBe(1);
});

test("--method ecart shows the gap score first; English with --lang en", async () => {
  const run = await grille(["compare", "--lang", "en", "--method", "écart", "--tender", tender, ...bids]);
  const header = run.out.split("\n")[2];
  expect(header.indexOf("Gap")).toBeLessThan(header.indexOf("Proport."));
  expect(run.out).toContain("To be justified (mean − standard deviation)");
});

test("exit 0 when every bid is complete and none is flagged", async () => {
  const run = await grille(["compare", "--tender", tender, bids[0], bids[1]]);
  expect(run.code).toBe(0);
});

describe("exit 2: an input or an option that cannot be used, said in one line", () => {
  test.each([
    [
      "a missing original",
      ["--tender", path.join(dir || os.tmpdir(), "absent.xlsx"), bids[0]],
      "absent.xlsx",
    ],
    ["points that are not a number", ["--tender", tender, bids[0], "--points", "quarante"], "quarante"],
    ["an unknown scoring", ["--tender", tender, bids[0], "--method", "proportionnelle"], "proportionnelle"],
    ["an unreadable estimate", ["--tender", tender, bids[0], "--estimate", "beaucoup"], "beaucoup"],
    ["a report that is not .html", ["--tender", tender, bids[0], "--report", "rapport.xlsx"], "rapport.xlsx"],
  ])("%s", async (_name, args, named) => {
    const run = await grille(["compare", ...args]);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain(named);
  });

  test("an original without a price table (a grid's template)", async () => {
    const grid = path.join(dir, "grille.xlsx");
    await grille(["template", "--out", grid]);
    const run = await grille(["compare", "--tender", grid, bids[0]]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(t("fr", "compare.cli.tenderUnusable", { file: grid }));
  });
});

test("the demo writes a sample schedule, the grids' and the sample bids' comparisons (workbook, report, JSON)", async () => {
  const out = path.join(dir, "demo");
  const run = await grille(["demo", "--out", out]);
  expect(run.code).toBe(0);
  const files = await fs.readdir(out);
  for (const name of ["comparaison-offres", "comparaison-grilles"])
    expect(files).toEqual(expect.arrayContaining([`${name}.xlsx`, `${name}.html`, `${name}.json`]));
  expect(files).toContain("bordereau-exemple.xlsx");
  const json = JSON.parse(await fs.readFile(path.join(out, "comparaison-offres.json"), "utf8")) as Json;
  expect(expectedOf(json)).toEqual(EXPECTED.bids);
  const grids = JSON.parse(await fs.readFile(path.join(out, "comparaison-grilles.json"), "utf8")) as Json;
  expect(grids.bids.map((bid) => [bid.file, bid.complete])).toEqual([
    ["reference.json", true],
    ["traiteur-a.json", true],
    ["traiteur-b.json", true],
  ]);
});

test("a schedule asking TTC only: ranked on the totals TTC, said in words, no HT column; the JSON says TTC", async () => {
  const ttcDir = path.join(dir, "ttc");
  await fs.mkdir(ttcDir);
  const schedule = path.join(ttcDir, "bordereau-ttc.xlsx");
  await fs.writeFile(schedule, await ttcScheduleBytes());
  const offers: string[] = [];
  for (const [name, prices] of [
    ["a", [18.7, 22, 8.8, 25.3]],
    ["b", [16.5, 24.2, 7.7, 27.5]],
  ] as const) {
    const file = path.join(ttcDir, `offre-${name}.xlsx`);
    await fs.writeFile(file, await ttcBidBytes(`Traiteur ${name.toUpperCase()}`, prices));
    offers.push(file);
  }
  const out = path.join(ttcDir, "comparaison.xlsx");
  const run = await grille(["compare", "--tender", schedule, ...offers, "--out", out]);
  expect(run.err).toBe("");
  const header = run.out.split("\n").find((line) => line.includes("Candidat"));
  expect(header).toMatch(/Total TTC/);
  expect(header).not.toMatch(/Total HT/);
  // French numbers: the thousands and the euro sign are set off by no-break spaces.
  const text = run.out.replace(/[\u00a0\u202f]/g, " ");
  expect(text).toMatch(/^ +1 +Traiteur B +11 594,00 € +40,00/m);
  expect(text).toMatch(/^ +2 +Traiteur A +12 034,00 €/m);
  expect(text).toContain("moyenne des totaux TTC 11 814,00 €");
  expect(text).toContain("comparées sur leurs totaux TTC");
  await expectValidWorkbook(new Uint8Array(readFileSync(out)), "comparaison.xlsx");
  const json = JSON.parse((await grille(["compare", "--tender", schedule, ...offers, "--json"])).out) as Json;
  expect(json.basis).toBe("TTC");
  expect(json.bids.map((bid) => [bid.total_ht, bid.rank])).toEqual([
    [null, 2],
    [null, 1],
  ]);
});

test("a bid given twice is compared once, and said: the means and thresholds are not moved by a copy", async () => {
  const once = JSON.parse((await grille(["compare", "--tender", tender, ...bids, "--json"])).out) as Json;
  const run = await grille(["compare", "--tender", tender, bids[0], ...bids, "--json"]);
  expect(run.err).toContain(t("fr", "compare.cli.givenTwice", { file: bids[0] }));
  expect(JSON.parse(run.out)).toEqual(once);
});
