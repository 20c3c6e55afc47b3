// A real engine reads what the writer now writes for Excel's sake: future functions stored with _xlfn. compute,
// and a template protected with a SHA-512 password hash opens, recalculates like the unprotected one, and keeps
// its protection when LibreOffice saves it again.
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildTemplatePlan } from "../../src/core/template";
import type { CellPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { recalculateMany, resave, type RecalcBook } from "../helpers/libreoffice";
import { entryText } from "../unit/xlsx-package";
import { loadFixtureGrid } from "../unit/template-snapshot";

const DATA = [4, 1, 8, 3, 6, 2, 7, 5];
const sum = DATA.reduce((a, b) => a + b, 0);
const mean = sum / DATA.length;
const squares = DATA.reduce((a, v) => a + (v - mean) ** 2, 0);
const sorted = [...DATA].sort((a, b) => a - b);
/** Excel's QUARTILE.INC: linear interpolation at (n − 1) × k / 4. */
function quartileInc(k: number): number {
  const at = ((sorted.length - 1) * k) / 4;
  const low = Math.floor(at);
  return sorted[low] + (at - low) * ((sorted[low + 1] ?? sorted[low]) - sorted[low]);
}

// Functions LibreOffice 7.4 knows (XLOOKUP, FILTER and SORT came to it later), with the value each must give.
const FUTURE: readonly (readonly [string, number | string])[] = [
  ["=QUARTILE.INC(A1:A8,1)", quartileInc(1)],
  ["=STDEV.P(A1:A8)", Math.sqrt(squares / DATA.length)],
  ["=STDEV.S(A1:A8)", Math.sqrt(squares / (DATA.length - 1))],
  ['=CONCAT("Lot ",A1)', `Lot ${DATA[0]}`],
  ['=TEXTJOIN("-",TRUE,A1:A3)', DATA.slice(0, 3).join("-")],
  ['=IFS(A1>5,"grand",TRUE,"petit")', DATA[0] > 5 ? "grand" : "petit"],
  ["=AGGREGATE(9,6,A1:A8)", sum],
  ['=MAXIFS(A1:A8,A1:A8,"<5")', Math.max(...DATA.filter((v) => v < 5))],
  ['=SWITCH(A2,1,"un","autre")', DATA[1] === 1 ? "un" : "autre"],
];

const FUTURE_PLAN: WorkbookPlan = {
  styles: {},
  sheets: [
    {
      name: "Calc",
      cells: [
        ...DATA.map((value, i): CellPlan => ({ cell: `A${i + 1}`, write: { kind: "number", value } })),
        ...FUTURE.map(([formula], i): CellPlan => ({
          cell: `C${i + 1}`,
          write: { kind: "formula", formula },
        })),
      ],
    },
  ],
};

const PASSWORD = "œuf-é-€";

let dir: string;
let future: RecalcBook;
let locked: RecalcBook;
let open: RecalcBook;
let lockedBytes: Uint8Array;
let resavedBytes: Uint8Array;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-rules-lo-"));
  const { grid } = await loadFixtureGrid("reference");
  lockedBytes = await writeWorkbook(buildTemplatePlan({ lang: "fr", grid, password: PASSWORD }));
  const files = {
    future: await writeTo("future.xlsx", await writeWorkbook(FUTURE_PLAN)),
    locked: await writeTo("locked.xlsx", lockedBytes),
    open: await writeTo("open.xlsx", await writeWorkbook(buildTemplatePlan({ lang: "fr", grid }))),
  };
  [future, locked, open] = await recalculateMany([files.future, files.locked, files.open]);
  const resaved = path.join(dir, "resaved.xlsx");
  await resave(files.locked, resaved);
  resavedBytes = new Uint8Array(await fs.readFile(resaved));
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writeTo(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

test.each(FUTURE.map(([formula, value], i) => [formula, value, i] as const))(
  "%s, stored with its prefix, computes %s",
  (_formula, value, i) => {
    const got = future.sheet("Calc").cell(`C${i + 1}`);
    if (typeof value === "number") expect(got).toBeCloseTo(value, 9);
    else expect(got).toBe(value);
  },
);

test("the password-protected template recalculates exactly like the unprotected one", () => {
  expect(locked.sheetNames).toEqual(open.sheetNames);
  for (const name of open.sheetNames) expect(locked.sheet(name).rows).toEqual(open.sheet(name).rows);
  // Rows are the cells' texts as exported: the simulator's computed prices are among them.
  const numbers = open.sheetNames
    .flatMap((name) => open.sheet(name).rows.flat())
    .filter((v) => /^\d+\.\d+$/.test(v));
  expect(numbers.length).toBeGreaterThan(20);
});

test("LibreOffice keeps each sheet's SHA-512 protection when it saves the file again", async () => {
  const protections = async (bytes: Uint8Array) => {
    const out: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const xml = await entryText(bytes, `xl/worksheets/sheet${i}.xml`);
      const tag = /<sheetProtection [^>]*>/.exec(xml)?.[0] ?? "";
      const hash = /hashValue="([^"]+)"/.exec(tag)?.[1];
      const salt = /saltValue="([^"]+)"/.exec(tag)?.[1];
      out.push(`${/algorithmName="SHA-512"/.test(tag)} ${hash} ${salt} ${/spinCount="100000"/.test(tag)}`);
    }
    return out;
  };
  const mine = await protections(lockedBytes);
  expect(mine.every((line) => /^true \S{88} \S{24} true$/.test(line))).toBe(true);
  expect(await protections(resavedBytes)).toEqual(mine);
});
