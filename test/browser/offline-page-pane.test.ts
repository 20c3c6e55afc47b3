import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openOfflinePage, fileInput, type OfflinePage } from "../helpers/offline-page";
import {
  WRONG_SIRET,
  blankTemplate,
  fillE5,
  filledTemplate,
  gridFile,
  shownRows,
} from "./offline-page-fixtures";
import { paneHarness, settled } from "./pane-harness";

// The page and the task pane are two faces of the same use cases: on the same files they must say the same thing.
// Each case is run in the built pane (strict fake of Excel) and in the built page (from its file, offline), and what
// each shows is compared, word for word and cent for cent.

const pane = paneHarness();
let offline: OfflinePage | undefined;

afterEach(async () => {
  if (offline) {
    expect(offline.requestsAfterLoad).toEqual([]);
    expect(offline.errors).toEqual([]);
    await offline.close();
    offline = undefined;
  }
});

/** The offline page in the pane's browser, opened on `hash`. */
async function openPage(paneTab: Page, hash: string): Promise<Page> {
  const browser = paneTab.context().browser();
  if (!browser) throw new Error("the pane's page has no browser");
  offline = await openOfflinePage(browser, { hash });
  return offline.page;
}

/** What a price screen shows: status, the three figures and the breakdown, or the reasons. */
async function priceShown(page: Page) {
  const status = await settled(page, "price-status");
  const figure = async (name: string) =>
    (await page.locator(`[data-result=${name}]`).count()) > 0
      ? await page.locator(`[data-result=${name}]`).innerText()
      : null;
  return {
    state: status.state,
    label: await figure("label"),
    ht: await figure("ht"),
    ttc: await figure("ttc"),
    breakdown: await page.locator(".breakdown li").allInnerTexts(),
    reasons: await shownRows(page, "[data-results=price]"),
  };
}

test.each([
  ["the blank template, returned as is", () => blankTemplate()],
  ["a filled grid with a wrong SIRET", () => filledTemplate(WRONG_SIRET)],
])(
  "a returned grid (%s): the same findings, in the same order, in the page as in the pane",
  async (_name, make) => {
    const bytes = await make();
    const paneTab = await pane.open({ page: "taskpane.html?role=animateur" });
    await paneTab.setInputFiles("#returned-file", fileInput("retour.xlsx", bytes));
    const paneStatus = await settled(paneTab, "returned-status");
    const paneRows = await shownRows(paneTab, "[data-results=returned]");

    const page = await openPage(paneTab, "#/traiteur/check");
    await page.setInputFiles("#check-file", fileInput("retour.xlsx", bytes));
    expect(await settled(page, "check-status")).toEqual(paneStatus);
    expect(await shownRows(page, "[data-results=check]")).toEqual(paneRows);
    expect(paneRows.length).toBeGreaterThan(0);
  },
);

test("a variant: the same price and breakdown from the same grid, and the same reason when it cannot be priced", async () => {
  const reference = readFileSync(gridFile("reference"));
  const paneTab = await pane.open();
  await paneTab.click("[data-flow=mygrid]");
  await paneTab.setInputFiles("#import-file", fileInput("reference.json", reference));
  await settled(paneTab, "mygrid-status");
  await paneTab.click("[data-action=back]");
  await paneTab.click("[data-flow=price]");
  await fillE5(paneTab);
  await paneTab.click("[data-action=price]");
  const paneE5 = await priceShown(paneTab);
  await paneTab.fill("#v-pieces", "4");
  await paneTab.click("[data-action=price]");
  const paneRefused = await priceShown(paneTab);

  const page = await openPage(paneTab, "#/acheteur/price");
  await page.setInputFiles("#grid-file", fileInput("reference.json", reference));
  await settled(page, "grid-status");
  await fillE5(page);
  await page.click("[data-action=price]");
  const pageE5 = await priceShown(page);
  await page.fill("#v-pieces", "4");
  await page.click("[data-action=price]");
  const pageRefused = await priceShown(page);

  // The status lines name each face's source of the grid; everything else is the use case's and must match.
  expect(paneE5.state).toBe("done");
  expect({ ...pageE5, state: undefined }).toEqual({ ...paneE5, state: undefined });
  expect(paneE5.breakdown.length).toBeGreaterThan(1);
  expect(pageRefused).toEqual(paneRefused);
  expect(paneRefused.reasons).toHaveLength(1);
});
