import { buildTemplatePlan } from "../../src/core/template";
import { t } from "../../src/i18n";
import { paneHarness, probe, settled } from "./pane-harness";

// When Excel fails in the middle of the pane's work (the strict fake fails the write sync, part of it applied), the
// pane says what happened in words and the caterer's workbook is as it was; the same click then works.

const pane = paneHarness();
const FR_SHEETS = buildTemplatePlan({ lang: "fr" }).sheets.map((sheet) => sheet.name);
const OWN = { sheets: [{ name: "Mes notes", cells: { A1: "à garder" } }] };

describe("creating the grid when Excel fails part-way", () => {
  test("the pane says the workbook is as it was, and it is; trying again creates the grid", async () => {
    const page = await pane.open({ workbook: OWN });
    // createGrid reads in one sync and writes in the next: that one fails with part of it applied.
    await probe(page, (fake, faults) => fake.failSync(faults), [{ pass: 1, applied: 150 }]);
    await page.click("[data-action=create-grid]");
    expect(await settled(page, "create-status")).toEqual({
      state: "error",
      text: t("fr", "excel.write.undone"),
    });
    expect(await probe(page, (fake) => fake.sheetNames(), null)).toEqual(["Mes notes"]);
    expect(await probe(page, (fake) => fake.value("Mes notes", "A1"), null)).toBe("à garder");

    await page.click("[data-action=create-grid]");
    expect((await settled(page, "create-status")).state).toBe("done");
    expect(await probe(page, (fake) => fake.sheetNames(), null)).toEqual(["Mes notes", ...FR_SHEETS]);
  });

  test("when Excel cannot even undo, the pane names the sheets to delete, in English too", async () => {
    const page = await pane.open({ workbook: OWN, lang: "en" });
    await probe(page, (fake, faults) => fake.failSync(faults), [{ pass: 1, applied: 150 }, { pass: 0 }]);
    await page.click("[data-action=create-grid]");
    const status = await settled(page, "create-status");
    expect(status.state).toBe("error");
    expect(status.text).toMatch(/^Excel interrupted the write and it could not be undone: the sheets /);
    const left = (await probe(page, (fake) => fake.sheetNames(), null)).filter(
      (name) => name !== "Mes notes",
    );
    expect(left.length).toBeGreaterThan(0);
    for (const name of left) expect(status.text).toContain(name);
    expect(await probe(page, (fake) => fake.value("Mes notes", "A1"), null)).toBe("à garder");
  });
});
