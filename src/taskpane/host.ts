// Where the pane runs: real Excel, outside Office (a plain browser), or a fake host injected by a test.
//
// Fake host, for tests: before the bundle runs, define `window.__GRILLE_FAKE_HOST__` (with Playwright,
// `page.addInitScript`; see test/helpers/browser.ts `openTaskpane({ fakeHost })`). When it is set the pane does not
// wait for Office.onReady: it takes the host, display language and requirement sets from the object, and if
// `excel` is given installs it as the global `Excel` so the Excel door (src/excel/) talks to the fake. A global,
// not a URL parameter, so a link can never make a real pane believe it is somewhere else.

import { langFromLocale, type Lang } from "../i18n";

/** The Excel API set the manifest declares as its minimum (kept equal to manifest.xml by the manifest test). */
export const REQUIRED_EXCEL_API = "1.8";

/** How long the pane waits for Office.onReady before saying it is outside Excel instead of hanging. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

export interface FakeHost {
  /** "Excel" to act as if inside Excel; null as outside Office. */
  readonly host: "Excel" | null;
  /** Office's display language, e.g. "en-US"; defaults to navigator.language. */
  readonly displayLanguage?: string;
  /** Supported requirement sets and their highest version, e.g. { ExcelApi: "1.12" }. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** A stand-in for the `Excel` namespace (Excel.run…), installed as the global `Excel`. */
  readonly excel?: unknown;
}

declare global {
  interface Window {
    __GRILLE_FAKE_HOST__?: FakeHost;
  }
}

export interface HostEnvironment {
  /** True when the pane runs in Excel (real or fake). */
  readonly inExcel: boolean;
  /** Office's display language inside Office, the browser's language outside. */
  readonly locale: string;
  isSetSupported(name: string, minVersion: string): boolean;
}

/** The language the pane speaks: Office's display language inside Office, the browser's outside. */
export function paneLang(environment: Pick<HostEnvironment, "locale">): Lang {
  return langFromLocale(environment.locale);
}

/** "1.10" ≥ "1.8": requirement set versions compare number by number, not as text. */
export function versionAtLeast(available: string, wanted: string): boolean {
  const have = available.split(".").map(Number);
  const want = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i += 1) {
    const difference = (have[i] ?? 0) - (want[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

export function fakeEnvironment(fake: FakeHost, browserLocale: string): HostEnvironment {
  const sets = fake.requirementSets ?? {};
  return {
    inExcel: fake.host === "Excel",
    locale: fake.displayLanguage ?? browserLocale,
    isSetSupported: (name, minVersion) => name in sets && versionAtLeast(sets[name], minVersion),
  };
}

function outsideOffice(browserLocale: string): HostEnvironment {
  return { inExcel: false, locale: browserLocale, isSetSupported: () => false };
}

function officeEnvironment(host: Office.HostType | null, browserLocale: string): HostEnvironment {
  if (host !== Office.HostType.Excel) return outsideOffice(browserLocale);
  return {
    inExcel: true,
    locale: Office.context.displayLanguage || browserLocale,
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  };
}

/** Office.onReady's answer, or null when it fails or takes longer than `ms`. */
function officeReady(ms: number): Promise<{ host: Office.HostType | null } | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    Office.onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(info);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

/**
 * Finds out where the pane runs. Never hangs: if office.js did not load (offline, blocked) or Office.onReady does
 * not answer within `timeoutMs`, the pane is treated as outside Excel.
 */
export async function detectHost(
  win: Window = window,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<HostEnvironment> {
  const browserLocale = win.navigator.language;
  const fake = win.__GRILLE_FAKE_HOST__;
  if (fake) {
    if (fake.excel !== undefined) Object.assign(win, { Excel: fake.excel });
    return fakeEnvironment(fake, browserLocale);
  }
  if (typeof Office === "undefined") return outsideOffice(browserLocale);
  const info = await officeReady(timeoutMs);
  return officeEnvironment(info?.host ?? null, browserLocale);
}
