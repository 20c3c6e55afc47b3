// How the Excel door names the open workbook in its snapshots (the `{file}` of every finding about a cell): Excel's
// own name (Workbook.name, ExcelApi 1.7), loaded in a sync each read makes anyway, on every path of the read; the
// caller's name when it gives one; on an older Excel, the catalog's label in the host's language.

import { applyPlan, createExcelHost, readOutline, readSnapshot, type ExcelHost } from "../../src/excel";
import type { Lang } from "../../src/i18n";
import { DEFAULT_WORKBOOK_NAME, createFakeExcel, type FakeExcelOptions, type FakeInit } from "../fakes/excel";
import { gridPlan } from "../fakes/excel/sample-plans";

const BOOK: FakeInit = {
  name: "Offre Dupont.xlsx",
  sheets: [{ name: "BPU", cells: { A1: "Désignation", D2: 12.5 } }, { name: "Notes" }],
};

function setup(init: FakeInit = BOOK, options: FakeExcelOptions = {}, lang?: Lang) {
  const fake = createFakeExcel(init, options);
  return { fake, host: createExcelHost(fake.Excel, fake.Office, lang) };
}

/** The source a read gives, and its syncs, with no name given and with one (which must take the same syncs). */
async function sourceAndSyncs(
  setupRead: () => ReturnType<typeof setup>,
  read: (host: ExcelHost, source?: string) => Promise<{ readonly source: string }>,
) {
  const bare = setupRead();
  const { source } = await read(bare.host);
  const given = setupRead();
  expect((await read(given.host, "donné.xlsx")).source).toBe("donné.xlsx");
  return { source, syncs: bare.fake.stats.syncs, givenSyncs: given.fake.stats.syncs };
}

describe("the open workbook's name in the Excel door's snapshots", () => {
  test.each([
    [
      "the whole workbook",
      (host: ExcelHost, source?: string) => readSnapshot(host, source ? { source } : {}),
      2,
    ],
    [
      "named sheets",
      (host: ExcelHost, source?: string) =>
        readSnapshot(host, { sheets: ["bpu"], ...(source ? { source } : {}) }),
      2,
    ],
    [
      "named sheets, one missing (the failed sync, then the sheet list, frames and cells)",
      (host: ExcelHost, source?: string) =>
        readSnapshot(host, { sheets: ["Annexe", "BPU"], ...(source ? { source } : {}) }),
      4,
    ],
    ["the outline", (host: ExcelHost, source?: string) => readOutline(host, source), 1],
  ] as const)("%s: Excel's name, in the syncs the read makes anyway", async (_path, read, syncs) => {
    const measured = await sourceAndSyncs(() => setup(), read);
    expect(measured).toEqual({ source: "Offre Dupont.xlsx", syncs, givenSyncs: syncs });
  });

  test("a workbook Excel refuses to send whole, read again by blocks: still its name", async () => {
    const { fake, host } = setup(
      { name: "Grille.xlsx", sheets: [{ name: "Feuil1" }] },
      {
        limits: { responseBytes: 400_000 },
      },
    );
    await applyPlan(gridPlan(20_000), { host });
    fake.resetStats();
    const snapshot = await readSnapshot(host, { payloadLimitBytes: 300_000 });
    expect(fake.stats.requests[1].failed).toBe("ResponsePayloadSizeLimitExceeded");
    expect(snapshot.source).toBe("Grille.xlsx");
  });

  test("a workbook opened without a name of its own: the name Excel gives it", async () => {
    const { host } = setup({ sheets: [{ name: "Feuil1" }] });
    expect((await readSnapshot(host)).source).toBe(DEFAULT_WORKBOOK_NAME);
  });

  // The fake fails a sync that loads Workbook.name on such a host: these prove the door does not ask for it.
  test.each([
    [undefined, "Ce classeur"],
    ["fr", "Ce classeur"],
    ["en", "This workbook"],
  ] as const)(
    "an Excel without ExcelApi 1.7 (host language %s): the catalog's label, read and outline alike",
    async (lang, label) => {
      const old = () => setup(BOOK, { requirements: { ExcelApi: "1.6" } }, lang);
      expect((await readSnapshot(old().host)).source).toBe(label);
      expect((await readSnapshot(old().host, { sheets: ["BPU"] })).source).toBe(label);
      expect((await readOutline(old().host)).source).toBe(label);
      expect((await readSnapshot(old().host, { source: "donné.xlsx" })).source).toBe("donné.xlsx");
    },
  );
});
