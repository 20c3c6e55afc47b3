// A write Excel refuses part-way (the strict fake fails a chosen sync, with none or some of its commands applied):
// the grid's creation is undone and the workbook is as it was; a fill says exactly which cells it wrote, read back
// from Excel, so running it again finishes the job without overwriting anything.

import { buildFillPlan, type CellEdit } from "../../src/core/workbook";
import { ExcelWriteError, applyFillPlan, applyPlan, createExcelHost, readSnapshot } from "../../src/excel";
import { t } from "../../src/i18n";
import { createGrid } from "../../src/taskpane/actions/createGrid";
import { cellAt, createFakeExcel, findSheet, type FakeInit } from "../fakes/excel";
import { tenderPlan } from "../fakes/excel/sample-plans";

function setup(init?: FakeInit) {
  const fake = createFakeExcel(init);
  return { fake, host: createExcelHost(fake.Excel, fake.Office) };
}

/** The caterer's own workbook: a sheet with their figures, a name of theirs, their document's title. */
const OWN_WORKBOOK: FakeInit = {
  sheets: [{ name: "Budget", cells: { A1: "Budget 2026", B2: 1250 } }],
  names: [{ name: "Total", formula: "=Budget!$B$2" }],
};

function snapshotOf(fake: ReturnType<typeof createFakeExcel>) {
  return JSON.parse(
    JSON.stringify({ sheets: fake.state.sheets, names: fake.state.names, properties: fake.state.properties }),
  ) as unknown;
}

async function rejection(promise: Promise<unknown>): Promise<ExcelWriteError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ExcelWriteError))
    throw new Error(`expected an ExcelWriteError, got ${String(error)}`);
  return error;
}

/** Syncs before createGrid's write: a successful run on the same workbook makes its reads, then one write sync. */
async function syncsBeforeWrite(): Promise<number> {
  const { fake, host } = setup(OWN_WORKBOOK);
  expect((await createGrid(host, "fr")).kind).toBe("created");
  return fake.stats.syncs - 1;
}

describe("creating the grid in an open workbook, when Excel fails part-way", () => {
  test("the caterer's workbook properties (title, author) are not replaced by the template's", async () => {
    const { fake, host } = setup(OWN_WORKBOOK);
    fake.state.properties.title = "Budget de l'association";
    fake.state.properties.author = "Camille";
    expect((await createGrid(host, "fr")).kind).toBe("created");
    expect(fake.state.properties).toEqual({ title: "Budget de l'association", author: "Camille" });
  });

  test.each([0, 40, 400])(
    "the write sync fails after %i of its commands: every added sheet and name is removed, the workbook is as before",
    async (applied) => {
      const { fake, host } = setup(OWN_WORKBOOK);
      const before = snapshotOf(fake);
      // The reads pass (createGrid's light read of what is there); the write sync fails.
      fake.failSync({ pass: await syncsBeforeWrite(), applied });
      const error = await rejection(createGrid(host, "fr"));
      expect(error.messageKey).toBe("excel.write.undone");
      expect(snapshotOf(fake)).toEqual(before);
      expect(t("fr", error.messageKey, error.params)).toBe(
        "Excel a interrompu l'écriture ; ce qui avait déjà été ajouté a été retiré : le classeur est comme avant. Réessayez.",
      );
    },
  );

  test("when the undo fails too (Excel gone), the message names the sheets that may have been added", async () => {
    const { fake, host } = setup(OWN_WORKBOOK);
    fake.failSync({ pass: await syncsBeforeWrite(), applied: 40 }, { pass: 0 });
    const error = await rejection(createGrid(host, "fr"));
    expect(error.messageKey).toBe("excel.write.partial");
    const added = fake.state.sheets.map((sheet) => sheet.name).filter((name) => name !== "Budget");
    expect(added.length).toBeGreaterThan(0);
    // Every sheet that is there now and was not before is named in the message.
    for (const name of added) expect(String(error.params.sheets)).toContain(name);
    expect(t("en", error.messageKey, error.params)).toMatch(
      /^Excel interrupted the write and it could not be undone: the sheets .+ may have been added/,
    );
    // The caterer's own sheet and name are untouched.
    expect(cellAt(findSheet(fake.state, "Budget")!, "B2").value).toBe(1250);
    expect(fake.state.names.find((name) => name.name === "Total")?.formula).toBe("=Budget!$B$2");
  });

  test("a plan that writes into an existing sheet cannot be undone there: it is named, never claimed undone", async () => {
    const { fake, host } = setup({ sheets: [{ name: "BPU" }, { name: "Notes" }] });
    fake.failSync({ pass: 1, applied: 5 });
    const error = await rejection(applyPlan(tenderPlan(20), { host }));
    expect(error.messageKey).toBe("excel.write.partial");
    expect(error.params.sheets).toContain("BPU");
  });
});

describe("a fill in the open workbook, when Excel fails part-way", () => {
  const LINES = 600;

  /** The tender written in the fake, and a fill plan of every price line but the one already priced. */
  async function tender() {
    const { fake, host } = setup({ sheets: [{ name: "Feuil1" }] });
    await applyPlan(tenderPlan(LINES), { host });
    const snapshot = await readSnapshot(host, { sheets: ["BPU"] });
    const wanted: CellEdit[] = Array.from({ length: LINES }, (_, index) => ({
      sheet: "BPU",
      cell: `C${index + 5}`,
      value: 10 + index / 4,
    }));
    const plan = buildFillPlan(snapshot, wanted, {});
    fake.resetStats();
    return { fake, host, plan };
  }

  /** The edits Excel holds now: what the report must name, no more, no less. */
  function written(fake: ReturnType<typeof createFakeExcel>, edits: readonly CellEdit[]): string[] {
    const bpu = findSheet(fake.state, "BPU")!;
    return edits
      .filter((edit) => cellAt(bpu, edit.cell).value === edit.value)
      .map((edit) => `BPU!${edit.cell}`);
  }

  test.each([0, 2, 3, 5])(
    "the third write batch fails after %i commands: the cells reported written are exactly those Excel holds",
    async (applied) => {
      const { fake, host, plan } = await tender();
      // Sync 1 reads the protection; syncs 2 and 3 write two batches; sync 4 fails.
      fake.failSync({ pass: 3, applied });
      const error = await rejection(applyFillPlan(plan, { host, payloadLimitBytes: 2048 }));
      const actually = written(fake, plan.edits);
      expect(actually.length).toBeGreaterThan(0);
      expect(actually.length).toBeLessThan(plan.edits.length);
      expect(error.messageKey).toBe("excel.fill.interrupted");
      expect(error.params).toMatchObject({ written: actually.length, total: plan.edits.length });
      expect(String(error.params.cells).startsWith(actually.slice(0, 6).join(", "))).toBe(true);
      expect(t("fr", error.messageKey, error.params)).toContain(
        actually.length < 2
          ? `${actually.length} cellule sur ${plan.edits.length} écrite`
          : `${actually.length} cellules sur ${plan.edits.length} écrites`,
      );
    },
  );

  test("the first write fails with nothing applied: the workbook has not changed, and the pane can say so", async () => {
    const { fake, host, plan } = await tender();
    const before = snapshotOf(fake);
    fake.failSync({ pass: 1 });
    const error = await rejection(applyFillPlan(plan, { host }));
    expect(error.messageKey).toBe("excel.fill.notWritten");
    expect(snapshotOf(fake)).toEqual(before);
  });

  test("when the cells cannot even be read back, the sure ones and the unsure ones are told apart", async () => {
    const { fake, host, plan } = await tender();
    fake.failSync({ pass: 2, applied: 3 }, { pass: 0 });
    const error = await rejection(applyFillPlan(plan, { host, payloadLimitBytes: 2048 }));
    expect(error.messageKey).toBe("excel.fill.interruptedUnsure");
    expect(Number(error.params.written)).toBeGreaterThan(0);
    expect(String(error.params.unsure)).toMatch(/^BPU!C\d+/);
    expect(t("en", error.messageKey, error.params)).toMatch(
      /may have been written; the others were not touched/,
    );
  });
});
