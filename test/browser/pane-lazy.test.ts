import { t } from "../../src/i18n";
import { waitForView } from "../helpers/browser";
import { paneHarness, settled } from "./pane-harness";

// The pane opens with its first screens only; every other screen, and the code of the heavier actions, is a chunk
// fetched from the add-in's host when first needed. When the host does not answer (offline, a server gone), the pane
// says so in words and the same click works once it answers again.

const pane = paneHarness();
const chunk = (name: string) => new RegExp(`/${name}\\.[0-9a-f]{8}\\.js$`);

/** The scripts of the add-in the page has loaded so far, by file name. */
async function scriptNames(): Promise<string[]> {
  const scripts = (await pane.opened?.scriptsLoaded()) ?? [];
  return scripts.map((script) => new URL(script.url).pathname.slice(1));
}

/** Chromium logs each request the test refused on purpose; only those are taken out of the page's errors. */
function forgetRefusedLoads(): void {
  const errors = pane.opened?.errors ?? [];
  const kept = errors.filter((text) => !/^Failed to load resource: net::ERR_CONNECTION_FAILED/.test(text));
  errors.splice(0, errors.length, ...kept);
}

test("a screen's code arrives when it is first opened, once", async () => {
  const page = await pane.open({ page: "taskpane.html?role=acheteur" });
  expect((await scriptNames()).filter((name) => chunk("compare").test(`/${name}`))).toEqual([]);
  await page.click("[data-flow=compare]");
  await waitForView(page, "compare");
  const opened = await scriptNames();
  expect(opened.filter((name) => chunk("compare").test(`/${name}`))).toHaveLength(1);

  await page.click("[data-action=back]");
  await waitForView(page, "role");
  await page.click("[data-flow=compare]");
  await waitForView(page, "compare");
  expect(await scriptNames()).toEqual(opened);
});

test("a screen that cannot be fetched says so; Try again opens it once the host answers", async () => {
  const unreachable = chunk("compare");
  const page = await pane.open({ page: "taskpane.html?role=acheteur", unreachable });
  await page.click("[data-flow=compare]");
  await waitForView(page, "load-failed");
  expect(await settled(page, "view-status")).toEqual({
    state: "error",
    text: t("fr", "taskpane.view.failed"),
  });
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("retry-view");
  forgetRefusedLoads();

  await page.context().unroute(unreachable);
  await page.click("[data-action=retry-view]");
  await waitForView(page, "compare");
});

test("an action whose code cannot be fetched says so in its status line, in English too", async () => {
  const page = await pane.open({
    page: "taskpane.html?role=animateur",
    lang: "en",
    unreachable: chunk("blank-template"),
  });
  await page.click("[data-action=download-template]");
  expect(await settled(page, "template-status")).toEqual({
    state: "error",
    text: t("en", "pane.error.partNotLoaded"),
  });
  forgetRefusedLoads();
});

test("without its language's texts the pane says it could not load, in that language", async () => {
  const page = await pane.open({
    page: "taskpane.html",
    unreachable: chunk("messages-fr"),
    view: "start-failed",
  });
  expect(await page.locator("#app").innerText()).toBe(t("fr", "taskpane.start.failed"));
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  forgetRefusedLoads();
});
