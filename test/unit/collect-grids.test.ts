import fc from "fast-check";
import {
  DEPARTMENTS,
  PRICE_LINE_ENTRIES,
  STANDARD_NAME,
  STANDARD_VERSION,
  STRUCTURE_TYPES,
} from "../../src/core/grid";
import {
  collectGrids,
  collectJson,
  readReturnedGrid,
  registerPlan,
  type ReturnedFile,
} from "../../src/usecases/collect-grids";
import { gridLine, type Collection } from "../../src/core/collection";
import { excelSerialOfIsoDate } from "../../src/core/date-text";
import { findingMessage } from "../../src/core/finding-message";
import type { PriceStatistic, Published } from "../../src/core/observatory";

// The desk's statistics on generated sets of returned grids equal an independent computation written here from the
// brief: the later validity date wins for a SIRET met twice (the later file at equal dates), grids expired before
// "today" are left out, each line's quartiles (Excel's QUARTILE.INC, exact, rounded half up) are shown only from 5
// caterers, not when one caterer's own price in a set under 10, not for a group 1 to 4 caterers short of the whole;
// insertion hours summed by type and by department.

const TODAY = "2026-12-01";
const DATES = ["2026-01-31", "2026-11-30", TODAY, "2027-06-30", "2028-01-01"];
const TYPES = ["ACI", "EI", "ESAT", "EA"];
/** A few lines carry generated prices; the others stay blank (not offered), which the rule must also handle. */
const LINES = ["cocktail.formule.8", "plateau.classique", "livraison.paris", "personnel.serveur"];

function luhnComplete(body: string): string {
  for (let check = 0; check <= 9; check += 1) {
    const digits = `${body}${check}`;
    const sum = [...digits]
      .reverse()
      .map(Number)
      .reduce(
        (total, digit, i) => total + (i % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit),
        0,
      );
    if (sum % 10 === 0) return digits;
  }
  throw new Error("no check digit");
}

/** Twelve SIRETs: a set of 5 to 40 grids meets some of them twice. */
const SIRETS = Array.from({ length: 12 }, (_, i) => luhnComplete(`8123456700${String(i).padStart(3, "0")}`));

interface Draft {
  readonly siret: number;
  readonly type: string;
  readonly departments: readonly string[];
  readonly date: string;
  readonly hours: number;
  readonly prices: readonly (number | null)[];
}

/** Prices drawn from a short list (so they tie) or anywhere; about one in five blank. */
const priceArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(1000, 1050, 1100, 1200, 1250) },
  { weight: 4, arbitrary: fc.integer({ min: 500, max: 5000 }) },
  { weight: 2, arbitrary: fc.constant(null) },
);

const draftArb: fc.Arbitrary<Draft> = fc.record({
  siret: fc.integer({ min: 0, max: SIRETS.length - 1 }),
  type: fc.constantFrom(...TYPES),
  departments: fc.subarray([...DEPARTMENTS], { minLength: 1 }),
  date: fc.constantFrom(...DATES),
  hours: fc.integer({ min: 0, max: 20_000 }),
  prices: fc.array(priceArb, { minLength: LINES.length, maxLength: LINES.length }),
});

function gridJson(draft: Draft, index: number): unknown {
  return {
    standard: STANDARD_NAME,
    version: STANDARD_VERSION,
    entreprise: {
      raison_sociale: `Traiteur ${index}`,
      siret: SIRETS[draft.siret],
      type_structure: draft.type,
      departements: draft.departments,
    },
    engagements: { heures_insertion_an: draft.hours },
    prix: Object.fromEntries(
      LINES.map((id, i) => [id, draft.prices[i] === null ? null : draft.prices[i]! / 100]),
    ),
    validite: draft.date,
  };
}

function collect(drafts: readonly Draft[]): Collection {
  const grids = drafts.map((draft, index) =>
    readReturnedGrid(
      { kind: "json", file: `g${index}.json`, value: gridJson(draft, index) },
      { today: TODAY },
    ),
  );
  return collectGrids(grids, { today: TODAY });
}

// ---- the independent computation ----

/** The index kept for each SIRET: the latest validity date, then the latest file. */
function keptIndexes(drafts: readonly Draft[]): Set<number> {
  const kept = new Map<number, number>();
  drafts.forEach((draft, index) => {
    const current = kept.get(draft.siret);
    if (current === undefined || draft.date >= drafts[current].date) kept.set(draft.siret, index);
  });
  return new Set(kept.values());
}

function validDrafts(drafts: readonly Draft[]): Draft[] {
  const kept = keptIndexes(drafts);
  return drafts.filter((draft, index) => kept.has(index) && draft.date >= TODAY);
}

/** QUARTILE.INC × 4 through PERCENTILE.INC's rank, then half up: in cents. */
function quartile(values: readonly number[], k: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank4 = 4 + k * (sorted.length - 1);
  const below = Math.floor(rank4 / 4);
  const weight = rank4 - 4 * below;
  const quarter = sorted[below - 1] * (4 - weight) + (weight === 0 ? 0 : sorted[below] * weight);
  return Math.floor((quarter * 2 + 4) / 8);
}

type Expected = { count: number; q1: number | null; median: number | null; q3: number | null };

function expected(values: readonly number[], whole = values.length): Expected {
  const count = values.length;
  const outside = whole - count;
  if (count < 5 || (outside > 0 && outside < 5)) return { count, q1: null, median: null, q3: null };
  const figure = (k: number) => {
    const value = quartile(values, k);
    const holders = values.filter((price) => price === value).length;
    return count < 10 && holders === 1 ? null : value;
  };
  return { count, q1: figure(1), median: figure(2), q3: figure(3) };
}

const centsOf = (value: Published): number | null => (value.kind === "shown" ? value.cents : null);
const actual = (statistic: PriceStatistic): Expected => ({
  count: statistic.count,
  q1: centsOf(statistic.q1),
  median: centsOf(statistic.median),
  q3: centsOf(statistic.q3),
});

const pricesOf = (drafts: readonly Draft[], line: number): number[] =>
  drafts.flatMap((draft) => (draft.prices[line] === null ? [] : [draft.prices[line]!]));

const setArb = fc.array(draftArb, { minLength: 1, maxLength: 40 });
const RUNS = { numRuns: 120, seed: 42 };

describe("collected statistics equal an independent computation", () => {
  test("per line over all valid grids: count and quartiles, and the JSON in euros", () => {
    fc.assert(
      fc.property(setArb, (drafts) => {
        const collection = collect(drafts);
        const valid = validDrafts(drafts);
        LINES.forEach((id, line) => {
          const statistic = collection.observatory.lines.find((one) => one.id === id)!;
          expect(actual(statistic)).toEqual(expected(pricesOf(valid, line)));
        });
        const json = collectJson(collection);
        expect(json.lines.map((one) => one.id)).toEqual(PRICE_LINE_ENTRIES.map((entry) => entry.id));
        for (const one of json.lines) {
          const index = LINES.indexOf(one.id);
          const want = index < 0 ? expected([]) : expected(pricesOf(valid, index));
          const euros = (value: number | null) => (value === null ? null : value / 100);
          expect(one).toEqual({
            id: one.id,
            count: want.count,
            q1: euros(want.q1),
            median: euros(want.median),
            q3: euros(want.q3),
          });
        }
      }),
      RUNS,
    );
  });

  test("by structure type and by department, with the group rule", () => {
    fc.assert(
      fc.property(setArb, (drafts) => {
        const { observatory } = collect(drafts);
        const valid = validDrafts(drafts);
        LINES.forEach((id, line) => {
          const whole = pricesOf(valid, line).length;
          for (const type of TYPES.filter((one) => valid.some((draft) => draft.type === one))) {
            const group = observatory.byType.find((one) => one.id === id && one.group === type)!;
            const members = valid.filter((draft) => draft.type === type);
            expect(actual(group)).toEqual(expected(pricesOf(members, line), whole));
          }
          for (const department of observatory.departments) {
            const group = observatory.byDepartment.find((one) => one.id === id && one.group === department)!;
            const members = valid.filter((draft) => draft.departments.includes(department));
            expect(actual(group)).toEqual(expected(pricesOf(members, line), whole));
          }
        });
        expect(observatory.types).toEqual(
          STRUCTURE_TYPES.filter((type) => valid.some((d) => d.type === type)),
        );
      }),
      RUNS,
    );
  });

  test("insertion hours and the directory count only valid grids; every file keeps its line", () => {
    fc.assert(
      fc.property(setArb, (drafts) => {
        const collection = collect(drafts);
        const valid = validDrafts(drafts);
        const sum = (list: readonly Draft[]) => list.reduce((total, draft) => total + draft.hours, 0);
        expect(collection.insertion.total).toEqual({
          group: "",
          structures: valid.length,
          hours: sum(valid),
        });
        for (const group of collection.insertion.byType) {
          const members = valid.filter((draft) => draft.type === group.group);
          expect(group).toEqual({ group: group.group, structures: members.length, hours: sum(members) });
        }
        for (const group of collection.insertion.byDepartment) {
          const members = valid.filter((draft) => draft.departments.includes(group.group));
          expect(group).toEqual({ group: group.group, structures: members.length, hours: sum(members) });
        }
        expect(collection.directory.map((row) => row.siret).sort()).toEqual(
          valid.map((draft) => SIRETS[draft.siret]).sort(),
        );
        const kept = keptIndexes(drafts);
        const json = collectJson(collection);
        expect(json.grids.map((grid) => [grid.file, grid.siret, grid.valid])).toEqual(
          drafts.map((draft, index) => [
            `g${index}.json`,
            SIRETS[draft.siret],
            kept.has(index) && draft.date >= TODAY,
          ]),
        );
        collection.grids.forEach((grid, index) => {
          const want = !kept.has(index) ? "replaced" : drafts[index].date < TODAY ? "expired" : "valid";
          expect(grid.status).toBe(want);
        });
      }),
      RUNS,
    );
  });
});

describe("choices said in words", () => {
  const draft = (siret: number, date: string, price: number): Draft => ({
    siret,
    type: "ESAT",
    departments: ["93"],
    date,
    hours: 100,
    prices: [price, null, null, null],
  });

  test("the same SIRET twice: the later validity wins, both are listed, each says which was kept and why", () => {
    const collection = collect([draft(0, "2027-06-30", 1000), draft(0, "2027-01-31", 1100)]);
    expect(collection.grids.map((grid) => grid.status)).toEqual(["valid", "replaced"]);
    expect(collection.grids[1].duplicate).toEqual({
      kept: "g0.json",
      files: ["g0.json", "g1.json"],
      choice: "laterValidity",
    });
  });

  test("an expired grid says its dates as the reader writes them: 30/06/2026 in French, 2026-06-30 in English", () => {
    const collection = collect([draft(0, "2026-06-30", 1000)]);
    const [grid] = collection.grids;
    expect(grid.status).toBe("expired");
    expect(gridLine(grid, "fr", TODAY).note).toContain("jusqu'au 30/06/2026, avant le 01/12/2026");
    expect(gridLine(grid, "en", TODAY).note).toContain("until 2026-06-30, before 2026-12-01");
    const past = grid.findings.find((finding) => finding.code === "grid.date.past");
    expect(past && findingMessage(past, "fr")).toContain("depuis le 30/06/2026.");
  });

  test("the register holds validity dates as Excel dates (sortable, filterable), shown 30/06/2027 in French", () => {
    // 30/06/2027 is 46 568 days after 30/12/1899; 01/12/2026 is 46 357.
    expect([excelSerialOfIsoDate("2027-06-30"), excelSerialOfIsoDate(TODAY)]).toEqual([46_568, 46_357]);
    expect([excelSerialOfIsoDate("2027-02-30"), excelSerialOfIsoDate("30/06/2027")]).toEqual([null, null]);
    const plan = registerPlan(collect([draft(0, "2027-06-30", 1000)]), { lang: "fr" });
    const dated = plan.sheets.flatMap((sheet) =>
      sheet.cells.filter((cell) => cell.style === "reg.date").map((cell) => cell.write),
    );
    expect(dated).toEqual([
      { kind: "number", value: 46_357 },
      { kind: "number", value: 46_568 },
      { kind: "number", value: 46_568 },
    ]);
    expect(plan.styles["reg.date"]?.numberFormat).toBe("dd/mm/yyyy");
  });

  test("the same SIRET at the same date: the file given later is kept", () => {
    const collection = collect([draft(0, "2027-06-30", 1000), draft(0, "2027-06-30", 1100)]);
    expect(collection.grids.map((grid) => grid.status)).toEqual(["replaced", "valid"]);
    expect(collection.grids[0].duplicate?.choice).toBe("laterFile");
  });

  test("a file the door could not read, a workbook that holds no grid, a JSON of another standard", () => {
    const inputs: ReturnedFile[] = [
      {
        kind: "unreadable",
        file: "secret.xlsx",
        reason: { messageKey: "workbook.read.encrypted", params: { file: "secret.xlsx" } },
      },
      { kind: "workbook", file: "notes.xlsx", snapshot: { source: "notes.xlsx", sheets: [], names: [] } },
      { kind: "json", file: "autre.json", value: { standard: "autre-chose", version: "1.0" } },
      { kind: "json", file: "config.json", value: { hello: 1 } },
    ];
    const grids = inputs.map((input) => readReturnedGrid(input, { today: TODAY }));
    expect(grids.map((grid) => [grid.reading, grid.findings.map((f) => [f.code, f.severity])])).toEqual([
      ["unreadable", [["collect.unreadable", "error"]]],
      ["notGrid", [["collect.notGrid", "error"]]],
      ["notGrid", expect.arrayContaining([["grid.json.standard", "error"]])],
      ["notGrid", [["grid.json.notGrid", "error"]]],
    ]);
    const collection = collectGrids(grids, { today: TODAY });
    expect(collection.grids.map((grid) => grid.status)).toEqual([
      "unreadable",
      "notGrid",
      "notGrid",
      "notGrid",
    ]);
    expect(collectJson(collection).grids[0]).toEqual({
      file: "secret.xlsx",
      siret: null,
      raison_sociale: null,
      valid: false,
      errors: 1,
      warnings: 0,
    });
  });
});
