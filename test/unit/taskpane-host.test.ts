import { detectHost, REQUIRED_EXCEL_API, versionAtLeast, type FakeHost } from "../../src/taskpane/host";

// Where the pane thinks it runs, with a stand-in for office.js's global `Office` (the real one is exercised by the
// browser test): Excel, another host, an Office.onReady that never answers, no office.js at all, a test's fake.

type OfficeStub = {
  onReady(): Promise<{ host: string | null }>;
  HostType: { Excel: string };
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, version: string): boolean };
  };
};

const scope = globalThis as unknown as { Office?: OfficeStub };

function stubOffice(onReady: () => Promise<{ host: string | null }>, supported = "1.9"): void {
  scope.Office = {
    onReady,
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: "en-US",
      requirements: {
        isSetSupported: (name, version) => name === "ExcelApi" && versionAtLeast(supported, version),
      },
    },
  };
}

function browser(language: string, fake?: FakeHost): Window {
  return { navigator: { language }, __GRILLE_FAKE_HOST__: fake } as unknown as Window;
}

afterEach(() => {
  delete scope.Office;
});

test("in Excel: Office's display language and requirement sets", async () => {
  stubOffice(async () => ({ host: "Excel" }));
  const host = await detectHost(browser("fr-FR"), 1000);
  expect(host.inExcel).toBe(true);
  expect(host.locale).toBe("en-US");
  expect(host.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)).toBe(true);
  expect(host.isSetSupported("ExcelApi", "1.10")).toBe(false);
});

test("outside Office (host null) or in another host: outside Excel, in the browser's language", async () => {
  for (const name of [null, "Word"]) {
    stubOffice(async () => ({ host: name }));
    const host = await detectHost(browser("fr-FR"), 1000);
    expect({ inExcel: host.inExcel, locale: host.locale }).toEqual({ inExcel: false, locale: "fr-FR" });
  }
});

test("an Office.onReady that never answers does not hang the pane: outside Excel after the timeout", async () => {
  stubOffice(() => new Promise(() => undefined));
  const started = Date.now();
  const host = await detectHost(browser("en-GB"), 200);
  expect(host.inExcel).toBe(false);
  expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  expect(Date.now() - started).toBeLessThan(2000);
});

test("an Office.onReady that fails, or no office.js at all: outside Excel", async () => {
  stubOffice(() => Promise.reject(new Error("boom")));
  await expect(detectHost(browser("fr-FR"), 1000)).resolves.toMatchObject({ inExcel: false });
  delete scope.Office;
  await expect(detectHost(browser("fr-FR"), 1000)).resolves.toMatchObject({ inExcel: false });
});

test("a test's fake host wins over office.js, and its Excel becomes the global Excel", async () => {
  stubOffice(async () => ({ host: null }));
  const excel = { run: () => Promise.resolve() };
  const win = browser("fr-FR", {
    host: "Excel",
    displayLanguage: "en-US",
    requirementSets: { ExcelApi: "1.12" },
    excel,
  });
  const host = await detectHost(win, 1000);
  expect(host).toMatchObject({ inExcel: true, locale: "en-US" });
  expect(host.isSetSupported("ExcelApi", "1.8")).toBe(true);
  expect(host.isSetSupported("ExcelApi", "1.13")).toBe(false);
  expect(host.isSetSupported("WordApi", "1.1")).toBe(false);
  expect((win as unknown as { Excel: unknown }).Excel).toBe(excel);
});

test("requirement set versions compare number by number", () => {
  expect(versionAtLeast("1.10", "1.8")).toBe(true);
  expect(versionAtLeast("1.8", "1.8")).toBe(true);
  expect(versionAtLeast("1.7", "1.8")).toBe(false);
  expect(versionAtLeast("2", "1.20")).toBe(true);
});
