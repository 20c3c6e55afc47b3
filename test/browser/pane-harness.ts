import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { readGridJson, type Grid } from "../../src/core/grid";
import type { Lang } from "../../src/i18n";
import type { FakeInit } from "../fakes/excel";
import {
  REPO_ROOT,
  isOfficeTelemetry,
  SCREENSHOT_DIR,
  runAxe,
  startBrowserSession,
  waitForView,
  type BrowserSession,
  type OpenedPage,
} from "../helpers/browser";
import { buildFakeExcelBundle } from "../helpers/fake-excel-bundle";
import type { FakeExcelProbe } from "./fake-excel-page";

// What the task pane flow tests share: the built pane (dist/) in headless Chromium with the strict fake of Excel
// bundled into the page, a probe into the fake, status lines waited on, screenshots for the guides.

export const EXCEL_API = "1.17";
const IN_EXCEL = { host: "Excel", requirementSets: { ExcelApi: EXCEL_API } } as const;
export const REFERENCE_GRID = path.resolve(REPO_ROOT, "..", "shared", "fixtures", "grids", "reference.json");
const DOCS_IMG = path.join(REPO_ROOT, "docs", "img");

export interface PaneOptions {
  readonly page?: string;
  readonly workbook?: FakeInit;
  readonly lang?: Lang;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** "refused": Excel.createWorkbook rejects (office-js issue #2700). */
  readonly createWorkbook?: "opens" | "refused";
  /** The view to wait for once the page is open; "role" by default. */
  readonly view?: string;
  /** Files of dist/ the server does not deliver, e.g. a chunk (see OpenOptions). */
  readonly unreachable?: RegExp;
}

export interface PaneHarness {
  open(options?: PaneOptions): Promise<Page>;
  /** The page opened last (its network log and script errors), or undefined. */
  readonly opened: OpenedPage | undefined;
  closePage(): Promise<void>;
}

/** Sets up the browser and the fake once per test file; checks after each test that nothing left the machine. */
export function paneHarness(): PaneHarness {
  let session: BrowserSession;
  let fakeExcel: string;
  let opened: OpenedPage | undefined;
  const harness: PaneHarness = {
    get opened() {
      return opened;
    },
    async open(options = {}) {
      const setup = `window.__FAKE_EXCEL_INIT__ = ${JSON.stringify(options.workbook ?? {})};
window.__FAKE_EXCEL_API__ = ${JSON.stringify(EXCEL_API)};
window.__FAKE_EXCEL_CREATE__ = ${JSON.stringify(options.createWorkbook ?? "opens")};`;
      const displayLanguage = options.lang === "en" ? "en-US" : "fr-FR";
      const page = options.page ?? "taskpane.html?role=traiteur";
      const view = options.view ?? "role";
      opened = await session.open({
        page,
        fakeHost: { ...IN_EXCEL, displayLanguage },
        initScripts: [setup, fakeExcel],
        ...(options.viewport ? { viewport: options.viewport } : {}),
        ...(options.unreachable ? { unreachable: options.unreachable } : {}),
      });
      await waitForView(opened.page, view);
      // The caterer's screen reads the workbook's outline as it opens (is the grid there?), in one sync that may
      // come after the screen shows. A test counting syncs or arming a failing one must start after it: CI once saw
      // that read count down a fault meant for the click's write, so the click's own read failed instead.
      if (view === "role" && page.includes("role=traiteur"))
        // A function, not a string: the pane's policy forbids eval, and a string predicate is evaluated with it each
        // time it is polled (so it failed only when the read had not come yet).
        await opened.page.waitForFunction(
          () => ((window as unknown as { __fakeExcel?: { syncs(): number } }).__fakeExcel?.syncs() ?? 0) >= 1,
        );
      return opened.page;
    },
    async closePage() {
      await opened?.close();
      opened = undefined;
    },
  };
  beforeAll(async () => {
    fakeExcel = await buildFakeExcelBundle();
    session = await startBrowserSession();
  }, 120_000);
  afterEach(async () => {
    if (opened) {
      // Every flow stays on this machine and runs without a script error or anything its Content-Security-Policy
      // refused (office.js's own telemetry aside).
      expect(opened.network.blocked.filter((url) => !isOfficeTelemetry(url))).toEqual([]);
      expect(opened.errors).toEqual([]);
      expect(await opened.cspViolations()).toEqual([]);
    }
    await harness.closePage();
  });
  afterAll(async () => {
    await session?.close();
  });
  return harness;
}

/**
 * Calls the fake's probe in the page (see fake-excel-page.ts). The call is sent as source text and evaluated through
 * the DevTools protocol: no `new Function` in the page, which its CSP (no 'unsafe-eval') would refuse.
 */
export function probe<R, A>(
  page: Page,
  call: (fake: FakeExcelProbe, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  return page.evaluate(
    `(${call.toString()})(window.__fakeExcel, ${JSON.stringify(arg) ?? "undefined"})`,
  ) as Promise<R>;
}

/** Waits until a status line has finished (not idle, not busy) and returns its state and text, read together. */
export async function settled(page: Page, id: string): Promise<{ state: string; text: string }> {
  const handle = await page.waitForFunction((selector) => {
    const status = document.querySelector<HTMLElement>(selector);
    const state = status?.dataset.state ?? "idle";
    return ["idle", "busy"].includes(state) ? null : { state, text: (status?.innerText ?? "").trim() };
  }, `#${id}`);
  return (await handle.jsonValue()) as { state: string; text: string };
}

/**
 * The guides' pictures are refreshed only when asked (`npm run doc-images`): a plain `npm test` leaves the tree as it
 * found it, and a change that moves a screen is seen in test-output/screenshots before it replaces a guide's picture.
 */
export const UPDATE_DOC_IMAGES = process.env.UPDATE_DOC_IMAGES === "1";

/** Copies a screenshot to docs/img/<name>.png when the guides' pictures are being refreshed. */
export function toGuides(file: string, name: string): void {
  if (!UPDATE_DOC_IMAGES) return;
  mkdirSync(DOCS_IMG, { recursive: true });
  copyFileSync(file, path.join(DOCS_IMG, `${name}.png`));
}

/** A viewport screenshot for the guides: test-output/screenshots/docs-<name>.png, and docs/img/<name>.png (toGuides). */
export async function docScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `docs-${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  toGuides(file, name);
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await runAxe(page)).toEqual([]);
}

/** "='Identité'!$D$5" → { sheet: "Identité", cell: "D5" }. */
export function nameTarget(formula: string): { sheet: string; cell: string } {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(formula);
  if (!match) throw new Error(`not a cell reference: ${formula}`);
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), cell: `${match[3]}${match[4]}` };
}

export function referenceGrid(): Grid {
  const { grid } = readGridJson(JSON.parse(readFileSync(REFERENCE_GRID, "utf8")));
  if (!grid) throw new Error("reference grid unreadable");
  return grid;
}
