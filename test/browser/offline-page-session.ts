import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { SCREENSHOT_DIR, launchBrowser } from "../helpers/browser";
import {
  openOfflinePage,
  requirePage,
  runAxeOffline,
  type OfflineOptions,
  type OfflinePage,
} from "../helpers/offline-page";

// What each test file of the offline page's flows shares: one browser, the page opened from its file with the
// network off, and after every test the proof that nothing left the page (no request after the load, none blocked,
// no script error, no policy violation).

export interface OfflineSession {
  open(options?: OfflineOptions): Promise<Page>;
  expectAccessible(page: Page): Promise<void>;
  /** A full-page screenshot to test-output/screenshots/page-<name>.png. */
  shot(page: Page, name: string): Promise<void>;
  /** The page fits `width`: nothing wider than the viewport. */
  expectFits(page: Page, width: number): Promise<void>;
}

export function offlineSession(): OfflineSession {
  let browser: Browser;
  let opened: OfflinePage | undefined;
  beforeAll(async () => {
    requirePage();
    browser = await launchBrowser();
  }, 60_000);
  afterEach(async () => {
    if (!opened) return;
    const current = opened;
    opened = undefined;
    expect(current.requestsAfterLoad).toEqual([]);
    expect(current.blocked).toEqual([]);
    expect(current.errors).toEqual([]);
    expect(await current.cspViolations()).toEqual([]);
    await current.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options = {}) {
      if (opened) throw new Error("one page at a time: the previous test's page is still open");
      opened = await openOfflinePage(browser, options);
      return opened.page;
    },
    async expectAccessible(page) {
      expect(await runAxeOffline(page)).toEqual([]);
    },
    async shot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `page-${name}.png`), fullPage: true });
    },
    async expectFits(page, width) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    },
  };
}
