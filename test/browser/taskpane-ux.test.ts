import type { Page } from "playwright-core";
import { cents, centsToEuroNumber, formatEuros, type Cents } from "../../src/core/money";
import { excelNameOf, type Grid } from "../../src/core/grid";
import { priceVariant } from "../../src/core/pricing";
import { TEMPLATE_SHEETS, templatePresent } from "../../src/core/template";
import { t } from "../../src/i18n";
import { gridJsonText } from "../../src/usecases/my-grid";
import { readWorkbook } from "../../src/xlsx/read";
import { screenshot, waitForView } from "../helpers/browser";
import { workedExample } from "../unit/pricing-helpers";
import { expectAccessible, nameTarget, paneHarness, probe, referenceGrid, settled } from "./pane-harness";

// What a caterer meets first, tried as a new user would in the built pane with the strict fake of Excel: the price
// comes from the grid they are editing, an import cannot silently replace their grid, the answer comes into view,
// a mistake is marked at its field or its cell, the template opens as a new workbook, every role offers only what
// works, and every screen fits 320 px.

const pane = paneHarness();

/** The form filled for E5 of the standard: cocktail 8 + wine, delivery inner suburbs in the evening, 30 guests. */
async function fillE5(page: Page): Promise<void> {
  await page.selectOption("#v-product", "cocktail");
  await page.fill("#v-pieces", "8");
  await page.check("#v-extra-boissons-vin");
  await page.fill("#v-guests", "30");
  await page.selectOption("#v-unit", "personne");
  await page.selectOption("#v-delivery", "included");
  await page.selectOption("#v-zone", "petite_couronne");
  await page.check("#v-evening");
}

/** Every price of `grid` typed into the workbook's grid, as euros, through Excel. */
async function typePrices(page: Page, grid: Grid): Promise<void> {
  const values = Object.fromEntries(
    Object.entries(grid.prices)
      .filter((entry): entry is [string, Cents] => entry[1] !== null)
      .map(([id, cents]) => [excelNameOf(id), centsToEuroNumber(cents)]),
  );
  await probe(page, (fake, named) => fake.typeNamed(named), values);
}

async function createFilledGrid(page: Page, grid: Grid): Promise<void> {
  await page.click("[data-action=create-grid]");
  expect((await settled(page, "create-status")).state).toBe("done");
  await typePrices(page, grid);
}

function e5(grid: Grid): { ht: string; ttc: string } {
  const result = priceVariant(grid, workedExample("E5").variant);
  if (!result.ok) throw new Error("E5 must be priceable");
  return { ht: formatEuros(result.ht, "fr"), ttc: formatEuros(result.ttc, "fr") };
}

async function shownPrice(page: Page): Promise<{ ht: string; ttc: string }> {
  return {
    ht: await page.locator("[data-result=ht]").innerText(),
    ttc: await page.locator("[data-result=ttc]").innerText(),
  };
}

describe("pricing follows the grid being edited", () => {
  test("a price changed in the workbook is the price quoted; the older saved grid is named and updated in one click", async () => {
    const reference = referenceGrid();
    const page = await pane.open();
    await createFilledGrid(page, reference);
    await page.click("[data-flow=mygrid]");
    await page.click("[data-action=save-grid]");
    await settled(page, "mygrid-status");
    await page.click("[data-action=back]");

    await page.click("[data-flow=price]");
    await waitForView(page, "price");
    await fillE5(page);
    await page.click("[data-action=price]");
    expect(await settled(page, "price-status")).toEqual({
      state: "done",
      text: t("fr", "pane.price.source.workbook"),
    });
    expect(await shownPrice(page)).toEqual(e5(reference));
    expect(await page.locator("[data-notice=saved-differs]").count()).toBe(0);

    // The caterer raises the 8-piece cocktail in the Prix sheet and prices again.
    const raised: Grid = { ...reference, prices: { ...reference.prices, "cocktail.formule.8": cents(1650) } };
    await probe(page, (fake, named) => fake.typeNamed(named), { [excelNameOf("cocktail.formule.8")]: 16.5 });
    await page.click("[data-action=price]");
    expect((await settled(page, "price-status")).state).toBe("done");
    expect(await shownPrice(page)).toEqual(e5(raised));
    expect(e5(raised)).not.toEqual(e5(reference));
    expect(await page.locator("[data-notice=saved-differs]").innerText()).toBe(
      t("fr", "pane.price.savedDiffers", { date: new Date().toLocaleDateString("fr-FR") }),
    );
    await expectAccessible(page);
    await page.click("[data-action=update-saved]");
    expect(await settled(page, "update-status")).toEqual({
      state: "done",
      text: t("fr", "pane.price.updated"),
    });

    await page.click("[data-action=price]");
    await settled(page, "price-status");
    expect(await page.locator("[data-notice=saved-differs]").count()).toBe(0);
  });
});

describe("my grid cannot be lost by an import", () => {
  test("a JSON that is no grid is refused; a real grid asks before replacing; the previous one comes back", async () => {
    const reference = referenceGrid();
    const page = await pane.open({ viewport: { width: 320, height: 640 } });
    await page.click("[data-flow=mygrid]");
    await waitForView(page, "mygrid");
    await page.setInputFiles("#import-file", {
      name: "reference.json",
      mimeType: "application/json",
      buffer: Buffer.from(gridJsonText(reference)),
    });
    expect((await settled(page, "mygrid-status")).state).not.toBe("error");
    const current = await page.locator("[data-mygrid=current]").innerText();
    expect(current).toContain("Traiteur Exemple");

    await page.setInputFiles("#import-file", {
      name: "devis.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"client":"Mairie","total":1200}'),
    });
    expect((await settled(page, "mygrid-status")).state).toBe("error");
    await expect(page.locator("[data-results=mygrid]").innerText()).resolves.toContain(
      t("fr", "pane.import.notGrid", { file: "devis.json" }),
    );
    expect(await page.locator("[data-mygrid=current]").innerText()).toBe(current);

    // Another caterer's grid: the pane asks first; "Cancel" (focused, the safe answer) keeps mine.
    const other: Grid = {
      ...reference,
      identity: { ...reference.identity, "entreprise.raison_sociale": "Autre Traiteur" },
    };
    const offerOther = () =>
      page.setInputFiles("#import-file", {
        name: "autre.json",
        mimeType: "application/json",
        buffer: Buffer.from(gridJsonText(other)),
      });
    await offerOther();
    await page.locator("[data-action=cancel]").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("cancel");
    await expectAccessible(page);
    await screenshot(page, "taskpane-320-mygrid-confirm");
    await page.keyboard.press("Enter");
    expect(await settled(page, "mygrid-status")).toEqual({
      state: "warning",
      text: t("fr", "pane.mygrid.replace.cancelled"),
    });
    expect(await page.locator("[data-mygrid=current]").innerText()).toBe(current);

    await offerOther();
    await page.click("[data-action=confirm]");
    await settled(page, "mygrid-status");
    expect(await page.locator("[data-mygrid=current]").innerText()).toContain("Autre Traiteur");
    await expect(page.locator("[data-mygrid=previous]").innerText()).resolves.toContain("Traiteur Exemple");

    await page.click("[data-action=restore-grid]");
    expect(await settled(page, "mygrid-status")).toEqual({
      state: "done",
      text: t("fr", "pane.mygrid.restored"),
    });
    expect(await page.locator("[data-mygrid=current]").innerText()).toBe(current);
  });
});

describe("the answer is where the user looks", () => {
  test("in a 640-px-high pane the price comes into view and takes focus", async () => {
    const reference = referenceGrid();
    const page = await pane.open({ viewport: { width: 320, height: 640 } });
    await createFilledGrid(page, reference);
    await page.click("[data-flow=price]");
    await waitForView(page, "price");
    await fillE5(page);
    await page.focus("[data-action=price]");
    await page.keyboard.press("Enter");
    await settled(page, "price-status");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-result"))).toBe("block");
    const box = await page.locator("[data-result=ttc]").boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    await screenshot(page, "taskpane-320-price-result");
  });

  test("a missing number is marked at its field, which takes focus; a price missing in the grid links to its cell", async () => {
    const page = await pane.open({ viewport: { width: 320, height: 640 } });
    await page.click("[data-action=create-grid]");
    await settled(page, "create-status");
    await page.click("[data-flow=price]");
    await waitForView(page, "price");
    await page.fill("#v-guests", "");
    await page.click("[data-action=price]");
    const status = await settled(page, "price-status");
    expect(status.state).toBe("error");
    const guests = page.locator("#v-guests");
    expect(await guests.getAttribute("aria-invalid")).toBe("true");
    expect(await guests.getAttribute("aria-describedby")).toBe("v-guests-error");
    expect((await page.locator("#v-guests-error").innerText()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("v-guests");
    expect(status.text).toBe(t("fr", "pane.price.fieldError", { field: t("fr", "pane.price.guests") }));
    await expectAccessible(page);
    await screenshot(page, "taskpane-320-price-field-error");

    // The blank grid has no price for an 8-piece cocktail: the reason is a button that selects the cell.
    await page.fill("#v-guests", "30");
    await page.click("[data-action=price]");
    expect((await settled(page, "price-status")).text).toBe(t("fr", "pane.price.gridProblem"));
    expect(await guests.getAttribute("aria-invalid")).toBeNull();
    const button = page.locator("[data-results=price] .finding-button").first();
    const cell = await button.getAttribute("data-cell");
    expect(cell).toMatch(/!/);
    await button.click();
    await page.waitForFunction(
      () => (window as unknown as { __fakeExcel: { selection(): unknown } }).__fakeExcel.selection() !== null,
    );
    const selection = await probe(page, (fake) => fake.selection(), null);
    expect(`${selection!.sheet}!${selection!.address}`).toBe(cell);
    const target = nameTarget(
      (await probe(page, (fake, name) => fake.nameFormula(name), excelNameOf("cocktail.formule.8")))!,
    );
    expect(cell).toBe(`${target.sheet}!${target.cell}`);
  });
});

describe("the template opens as a new workbook", () => {
  test("with Excel.createWorkbook (ExcelApi 1.8) the blank template opens and the pane says only that", async () => {
    const page = await pane.open({ page: "taskpane.html?role=animateur" });
    expect(await page.locator("[data-action=download-template]").innerText()).toBe(
      t("fr", "pane.template.button.open"),
    );
    await page.click("[data-action=download-template]");
    expect(await settled(page, "template-status")).toEqual({
      state: "done",
      text: t("fr", "pane.template.opened"),
    });
    const created = await probe(page, (fake) => fake.createdWorkbooks(), null);
    expect(created).toHaveLength(1);
    const snapshot = await readWorkbook(new Uint8Array(Buffer.from(created[0], "base64")), "nouveau.xlsx");
    expect(templatePresent(snapshot)).toBe(true);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(Object.values(TEMPLATE_SHEETS.fr));
  });
});

describe("each role offers what works now", () => {
  test("the caterer answers tenders, the buyer compares bids, checks a grid and prices a variant", async () => {
    const page = await pane.open({ page: "taskpane.html", view: "roles" });
    const cards = await page.locator(".role-hint").allInnerTexts();
    expect(cards.filter((text) => /appel d'offres/i.test(text))).toEqual([
      expect.stringContaining(t("fr", "role.offer.answerTender")),
    ]);
    expect(cards.filter((text) => /offres reçues/i.test(text))).toEqual([
      expect.stringContaining(t("fr", "role.offer.compareBids")),
    ]);
    await page.click("[data-role=acheteur]");
    await waitForView(page, "role");
    expect(await page.locator("[data-action=check-open]").count()).toBe(1);
    expect(await page.locator("#returned-file").count()).toBe(1);
    await page.click("[data-flow=price]");
    await waitForView(page, "price");
    await page.click("[data-action=back]");
    await waitForView(page, "role");
    expect(await page.locator("main h2").innerText()).toBe(t("fr", "role.acheteur"));
  });
});

describe("every screen at 320 px", () => {
  const SCREENS = [
    { name: "roles", page: "taskpane.html", view: "roles", go: async () => undefined },
    { name: "traiteur", page: "taskpane.html?role=traiteur", view: "role", go: async () => undefined },
    { name: "acheteur", page: "taskpane.html?role=acheteur", view: "role", go: async () => undefined },
    { name: "animateur", page: "taskpane.html?role=animateur", view: "role", go: async () => undefined },
    {
      name: "check",
      page: "taskpane.html?role=traiteur",
      view: "role",
      go: async (page: Page) => {
        await page.click("[data-flow=check]");
        await settled(page, "check-status");
      },
    },
    {
      name: "price",
      page: "taskpane.html?role=traiteur",
      view: "role",
      go: (page: Page) => page.click("[data-flow=price]"),
    },
    {
      name: "mygrid",
      page: "taskpane.html?role=traiteur",
      view: "role",
      go: (page: Page) => page.click("[data-flow=mygrid]"),
    },
    {
      name: "compare",
      page: "taskpane.html?role=acheteur",
      view: "role",
      go: (page: Page) => page.click("[data-flow=compare]"),
    },
  ] as const;

  test.each(SCREENS.map((screen) => [screen.name, screen] as const))(
    "%s: no horizontal overflow, a compact header, screenshot taken",
    async (name, screen) => {
      const page = await pane.open({
        page: screen.page,
        view: screen.view,
        viewport: { width: 320, height: 640 },
      });
      await screen.go(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const header = await page.locator("header.banner").boundingBox();
      expect(header!.height).toBeLessThanOrEqual(name === "roles" ? 96 : 40);
      await screenshot(page, `taskpane-320-${name}`);
    },
  );
});
