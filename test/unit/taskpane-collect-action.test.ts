import { sampleGrids } from "../../src/cli/demo/sample-grids";
import { registerNames } from "../../src/core/collection";
import { createExcelHost } from "../../src/excel";
import { readChosenFiles, writeRegister, type ChosenFile } from "../../src/taskpane/actions/collectGrids";
import { collectGrids } from "../../src/usecases/collect-grids";
import { createFakeExcel, type FakeInit } from "../fakes/excel";

// The desk's pane action without a browser: files read as the pane reads them (JSON as text, anything else by its
// bytes), and the register written into the strict fake of Excel in one run, in the same syncs for 5 and 300 grids,
// under sheet and table names the workbook does not use yet.

const TODAY = "2026-12-01";

function chosen(name: string, content: string | Uint8Array): ChosenFile {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.length,
    arrayBuffer: async () => bytes.slice().buffer,
    text: async () => new TextDecoder().decode(bytes),
  };
}

function jsonFiles(count: number): ChosenFile[] {
  return sampleGrids({ count, validUntil: "2027-06-30", expiredUntil: "2026-06-30", expiredEvery: 7 }).map(
    ({ name, json }) => chosen(`${name}.json`, JSON.stringify(json)),
  );
}

async function written(count: number, init?: FakeInit) {
  const fake = createFakeExcel(init, { requirements: { ExcelApi: "1.17" } });
  const host = createExcelHost(fake.Excel, fake.Office);
  const grids = await readChosenFiles(jsonFiles(count), TODAY, () => undefined);
  const outcome = await writeRegister(host, collectGrids(grids, { today: TODAY }), "fr");
  return { fake, outcome };
}

test("the chosen files are read as the command line reads them; a file that is neither is said so", async () => {
  const progress: string[] = [];
  const grids = await readChosenFiles(
    [
      chosen(
        "a.json",
        JSON.stringify(sampleGrids({ count: 1, validUntil: "2027-06-30", expiredUntil: "" })[0].json),
      ),
      chosen("b.json", "{ pas du json"),
      chosen("photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
      chosen("c.xlsx", "pas un classeur"),
    ],
    TODAY,
    (done, total, file) => progress.push(`${done}/${total} ${file}`),
  );
  expect(progress).toEqual(["0/4 a.json", "1/4 b.json", "2/4 photo.png", "3/4 c.xlsx"]);
  expect(grids.map((grid) => [grid.reading, grid.findings[0]?.messageKey])).toEqual([
    ["grid", undefined],
    ["unreadable", "error.jsonInvalidAt"],
    ["unreadable", "pane.collect.notGridFile"],
    ["unreadable", "workbook.read.notZip"],
  ]);
});

test("the register goes into new sheets, in the same few syncs for 5 and 300 grids", async () => {
  const small = await written(5);
  const large = await written(300);
  expect(small.outcome).toMatchObject({ kind: "written" });
  expect(large.outcome).toMatchObject({ kind: "written" });
  const syncs = [small.outcome, large.outcome].map((outcome) =>
    outcome.kind === "written" ? outcome.syncs : -1,
  );
  expect(large.fake.stats.syncs).toBe(small.fake.stats.syncs);
  // One read of the outline (sheets, names, tables), reused by applyPlan, and one write.
  expect(small.fake.stats.syncs).toBe(2);
  expect(syncs[0]).toBe(syncs[1]);
});

test("a sheet and a table already named like the register's are left alone; the register takes free names", async () => {
  const { fake, outcome } = await written(6, {
    sheets: [
      {
        name: "Annuaire",
        cells: { A1: "Nom", B1: "Téléphone", A2: "Mme Dupont", B2: "01 99 00 00 00" },
        tables: [{ name: "Grilles", range: "A1:B2" }],
      },
    ],
  });
  const names = registerNames("fr", { sheets: ["Annuaire"], names: ["Grilles"] });
  // applyPlan's own syncs: the write only (the outline read before it is handed over).
  expect(outcome).toEqual({ kind: "written", sheets: Object.values(names.sheets), syncs: 1 });
  expect(names.sheets.directory).toBe("Annuaire (2)");
  expect(names.tables.grids).toBe("Grilles_2");
  const user = fake.state.sheets.find((sheet) => sheet.name === "Annuaire")!;
  expect(user.tables.map((table) => table.name)).toEqual(["Grilles"]);
  expect(
    fake.state.sheets.find((sheet) => sheet.name === "Grilles")?.tables.map((table) => table.name),
  ).toEqual(["Grilles_2"]);
});
