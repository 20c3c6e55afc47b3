import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { formatEuros } from "../../src/core/money";
import { priceVariant } from "../../src/core/pricing";
import { columnLetters } from "../../src/core/workbook/address";
import { cellOf, sheetOf } from "../../src/core/workbook/lookup";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { t } from "../../src/i18n";
import { fillTender } from "../../src/usecases/fill-tender";
import { mapTender } from "../../src/usecases/map-tender";
import { checkReadyToSubmit } from "../../src/usecases/ready-to-submit";
import { variantFromFields } from "../../src/usecases/review-tender";
import { fieldsOfVariant } from "../../src/usecases/variant-fields-of";
import { readWorkbook } from "../../src/xlsx/read";
import { readTender, sampleGrid, tenderBytes } from "../helpers/fill-fixtures";
import { downloadFrom, fileInput } from "../helpers/offline-page";
import { expectValidWorkbook } from "../helpers/ooxml";
import { gridFile } from "./offline-page-fixtures";
import { offlineSession } from "./offline-page-session";
import { docScreenshot, settled } from "./pane-harness";

// "Répondre à un appel d'offres" on the offline page, from the built file with the network off: the buyer's real
// tender chosen with the file picker, my grid chosen as a file, the lines reviewed as in the pane (an uncertain line
// confirmed in the variant form, a line set aside), then the filled copy downloaded: a valid workbook whose price
// cells hold the use case's amounts, and nothing else of the buyer's workbook changed.

const session = offlineSession();
const grid = sampleGrid("reference");
const line = (page: Page, row: number) => page.locator(`li.tender-line[data-row="${row}"]`);

async function openTender(options: { locale?: string; width?: number; tender?: string } = {}): Promise<Page> {
  const page = await session.open({
    hash: "#/traiteur/tender",
    ...(options.locale ? { locale: options.locale } : {}),
    viewport: { width: options.width ?? 360, height: 740 },
  });
  await page.locator("main[data-view='flow:tender']").waitFor();
  await page.setInputFiles(
    "#tender-grid-file",
    fileInput("reference.json", readFileSync(gridFile("reference"))),
  );
  // The grid's status says what this flow does with it (not the price flow's "describe the variant").
  expect(await settled(page, "tender-grid-status")).toEqual({
    state: "done",
    text: t(options.locale?.startsWith("en") ? "en" : "fr", "web.tender.grid.ready"),
  });
  const name = options.tender ?? "t-mairie";
  await page.setInputFiles("#tender-file", fileInput(`${name}.xlsx`, tenderBytes(name)));
  await settled(page, "tender-status");
  return page;
}

const valueAt = (book: WorkbookSnapshot, sheet: string, cell: string) => {
  const found = sheetOf(book, sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return cellOf(found, cell).value;
};

describe("answer a tender from the page", () => {
  test("review t-mairie: the table, the conditions and each line with the core's reading and price", async () => {
    const page = await openTender();
    const { mapping } = await readTender(tenderBytes("t-mairie"), "t-mairie.xlsx");
    expect(await settled(page, "tender-status")).toEqual({
      state: "done",
      text: t("fr", "pane.tender.readDone", { sheet: "BPU", lines: 16 }),
    });
    expect(await page.locator("[data-tender=source]").innerText()).toBe(
      t("fr", "web.price.source.file", { file: "reference.json" }),
    );
    expect(await page.locator("li.tender-line").count()).toBe(mapping.lines.length);
    expect(await page.locator("[data-lines=summary]").innerText()).toBe(
      t("fr", "pane.tender.lines.summary", { total: 16, mapped: 14, uncertain: 1, unmapped: 1 }),
    );
    for (const one of mapping.lines.filter((candidate) => candidate.status === "mapped")) {
      const price = priceVariant(grid, one.variant!);
      if (!price.ok) throw new Error("the reference grid prices every mapped line");
      expect([one.row, await line(page, one.row).locator("[data-price=ht]").innerText()]).toEqual([
        one.row,
        formatEuros(price.ht, "fr"),
      ]);
    }
    expect(await line(page, 17).getAttribute("data-status")).toBe("uncertain");
    expect(await page.locator("[data-panel=conditions] li").evaluateAll((items) => items.length)).toBe(
      mapping.conditions.length,
    );
    expect(await page.locator("[data-panel=conditions] [data-cell='BPU!A8']").count()).toBe(1);
    await session.expectAccessible(page);
  });

  test("confirm the uncertain line, set one aside, download the filled copy: valid, the use case's prices, ready", async () => {
    const page = await openTender();
    const { book, mapping } = await readTender(tenderBytes("t-mairie"), "t-mairie.xlsx");
    // The line's button opens the form on the suggested reading, focus on its first field; 10 pieces confirmed.
    await line(page, 17).locator("[data-action=edit-line]").focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("v-product");
    expect(await page.locator("#v-product").inputValue()).toBe("cocktail");
    await page.fill("#v-pieces", "");
    await page.click("[data-action=confirm-line]");
    expect(await page.locator("#v-pieces").getAttribute("aria-invalid")).toBe("true");
    await session.expectAccessible(page);
    await page.fill("#v-pieces", "10");
    await page.click("[data-action=confirm-line]");
    expect((await settled(page, "tender-status")).text).toMatch(/^Ligne 17 confirmée : Cocktail 10 pièces/);
    expect(await line(page, 17).getAttribute("data-status")).toBe("mapped");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-row"))).toBe("17");
    // Row 16 set aside: it stays empty.
    await line(page, 16).locator("[data-action=edit-line]").click();
    await page.click("[data-action=set-aside]");
    expect(await settled(page, "tender-status")).toEqual({
      state: "done",
      text: t("fr", "pane.tender.setAside", { row: 16 }),
    });
    expect(await line(page, 16).getAttribute("data-status")).toBe("unmapped");

    const copy = await downloadFrom(page, "[data-action=fill-tender]");
    expect(copy.name).toBe(t("fr", "web.tender.fileName", { name: "t-mairie" }));
    await expectValidWorkbook(new Uint8Array(copy.bytes), copy.name);

    // What the use case gives on the same corrections, computed here in Node.
    const suggestion = mapping.lines.find((one) => one.row === 17)?.suggestion;
    if (!suggestion) throw new Error("row 17 of t-mairie suggests a reading");
    const confirmed = variantFromFields({ ...fieldsOfVariant(suggestion, true), pieces: "10" });
    if (!("variant" in confirmed)) throw new Error("10 pieces is a variant");
    const corrections = [
      { row: 17, variant: confirmed.variant },
      { row: 16, variant: null },
    ];
    const corrected = mapTender({ book, sheet: "BPU", corrections }).mapping!;
    const expected = fillTender({ book, mapping: corrected, grid }).report;
    const filled = await readWorkbook(new Uint8Array(copy.bytes), copy.name);
    const cells = expected.filled.flatMap((one) => one.cells);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells)
      expect([cell.cell, valueAt(filled, cell.sheet, cell.cell)]).toEqual([
        cell.cell,
        { type: "number", value: cell.amount / 100 },
      ]);
    // 10 pieces 15.00 + delivery 60.00 over 60 guests = 16.00 HT.
    expect(valueAt(filled, "BPU", "D17")).toEqual({ type: "number", value: 16 });
    expect(valueAt(filled, "BPU", "D16")).toEqual({ type: "empty" });
    expect(valueAt(filled, "BPU", "D34")).toEqual({ type: "empty" });
    // Every cell the fill did not write is the buyer's, as it was.
    const written = new Set(cells.map((cell) => `${cell.sheet}!${cell.cell}`));
    for (const sheet of book.sheets) {
      const after = sheetOf(filled, sheet.name)!;
      sheet.cells.forEach((row, r) =>
        row.forEach((before, c) => {
          const at = { row: sheet.range.row + r, column: sheet.range.column + c };
          const address = `${columnLetters(at.column)}${at.row + 1}`;
          if (written.has(`${sheet.name}!${address}`)) return;
          expect([sheet.name, address, cellOf(after, at).value]).toEqual([sheet.name, address, before.value]);
        }),
      );
    }
    const left = new Set(expected.left.map((one) => one.row)).size;
    expect(await settled(page, "fill-status")).toEqual({
      state: "warning",
      text: t("fr", "web.tender.fill.partial", {
        filled: expected.filled.length,
        lines: 16,
        left,
        file: copy.name,
      }),
    });
    expect(await page.locator("[data-results=fill] li").count()).toBe(left);
    expect(await page.locator("[data-results=fill] li").allInnerTexts()).toEqual([
      expect.stringMatching(/^Ligne 16 · /),
      expect.stringMatching(/^Ligne 34 · 4\.4 · Vestiaire avec hôtesse/),
    ]);
    // The copy read again: nothing of the caterer's grid in it.
    expect(checkReadyToSubmit(filled, "BPU").ready).toBe(true);
    expect(await page.locator("#ready-status").innerText()).toBe(t("fr", "pane.tender.ready.clean"));
    await session.expectAccessible(page);
    await page.evaluate(() =>
      document.querySelector("[data-panel=fill]")?.scrollIntoView({ block: "start" }),
    );
    await docScreenshot(page, "page-bordereau-rempli");
  });

  test("in English at 320 px: t-departement read, nothing wider than the screen, axe clean", async () => {
    const page = await openTender({ locale: "en-US", width: 320, tender: "t-departement" });
    const { mapping } = await readTender(tenderBytes("t-departement"), "t-departement.xlsx");
    expect(await settled(page, "tender-status")).toEqual({
      state: "done",
      text: t("en", "pane.tender.readDone", { sheet: mapping.sheet, lines: mapping.lines.length }),
    });
    const first = mapping.lines.find((one) => one.status === "mapped")!;
    await line(page, first.row).locator("summary").click();
    await session.expectFits(page, 320);
    await session.expectAccessible(page);
    await session.shot(page, "tender-320-en");
    const copy = await downloadFrom(page, "[data-action=fill-tender]");
    expect(copy.name).toBe(t("en", "web.tender.fileName", { name: "t-departement" }));
    await expectValidWorkbook(new Uint8Array(copy.bytes), copy.name);
    expect((await settled(page, "fill-status")).text).toContain(copy.name);
    await session.expectFits(page, 320);
  });
});
