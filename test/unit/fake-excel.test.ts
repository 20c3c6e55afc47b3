// The fake must enforce Office.js's rules, or the Excel door's tests prove nothing. These tests break the rules on
// purpose (read before load, before sync) to see the fake throw, hence the disabled lint rules.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

import { cellAt, createFakeExcel, findSheet, FakeOfficeError } from "../fakes/excel";

function sheetOf(fake: ReturnType<typeof createFakeExcel>, name: string) {
  const sheet = findSheet(fake.state, name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error.code;
    throw error;
  }
  return "no error";
}

describe("fake Excel: loading and reading", () => {
  it("throws PropertyNotLoaded on a read before load, and before the sync that follows the load", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "BPU", cells: { A1: 5 } }] });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("BPU").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[5]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("gives collection items only after load and sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A" }, { name: "B" }] });
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(["A", "B"]);
      expect(() => sheets.items[0].visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
    });
  });

  it("fails the sync with ItemNotFound for a missing sheet, and reports null objects", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "BPU" }] });
    const code = await codeOf(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Absent").getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    await fake.Excel.run(async (context) => {
      const absent = context.workbook.worksheets.getItemOrNullObject("Absent");
      const present = context.workbook.worksheets.getItemOrNullObject("bpu");
      expect(() => absent.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(absent.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });
});

describe("fake Excel: writing", () => {
  it("queues writes until sync and refuses a 2-D array that does not fit the range, at sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const code = await codeOf(
      fake.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("A1:D10");
        range.values = [[1, 2, 3]];
        expect(cellAt(sheetOf(fake, "S"), "A1").kind).toBe("empty");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("parses strings as Excel does unless the cell is formatted as text; null leaves a cell alone", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", cells: { E1: "keep" } }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:E1").values = [["1.1", "=SUM(1,2)", "-abc", "TRUE", null]];
      const text = sheet.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["1.1", "=not a formula"]];
      await context.sync();
    });
    const sheet = sheetOf(fake, "S");
    expect(cellAt(sheet, "A1")).toMatchObject({ kind: "number", value: 1.1 });
    expect(cellAt(sheet, "B1").formula).toBe("=SUM(1,2)");
    expect(cellAt(sheet, "C1").formula).toBe("=-abc");
    expect(cellAt(sheet, "D1")).toMatchObject({ kind: "boolean", value: true });
    expect(cellAt(sheet, "E1")).toMatchObject({ kind: "text", value: "keep" });
    expect(cellAt(sheet, "A2")).toMatchObject({ kind: "text", value: "1.1" });
    expect(cellAt(sheet, "B2")).toMatchObject({ kind: "text", value: "=not a formula" });
    expect(cellAt(sheet, "B2").formula).toBeUndefined();
  });

  it("refuses a request over the payload limit and applies none of it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] }, { limits: { requestBytes: 10_000 } });
    const code = await codeOf(
      fake.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("A1:A2000");
        range.values = Array.from({ length: 2000 }, (_, i) => [`line ${i}`]);
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(cellAt(sheetOf(fake, "S"), "A1").kind).toBe("empty");
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(10_000);
  });

  it("refuses changes to locked cells of a protected sheet, not to unlocked ones", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B2").format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true });
      sheet.getRange("B2").values = [[3]];
      await context.sync();
    });
    expect(cellAt(sheetOf(fake, "S"), "B2").value).toBe(3);
    const code = await codeOf(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
  });

  it("validates data-validation rules as Office.js does", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const code = await codeOf(
      fake.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("D2:D9");
        range.dataValidation.rule = { decimal: { operator: "Between", formula1: 0 } };
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("D2:D9");
      const validation = range.dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: "oui,non" } };
      validation.load("type");
      await context.sync();
      expect(validation.type).toBe("List");
    });
  });
});

describe("fake Excel: the host", () => {
  it("counts syncs and calls, and records one request per sync", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]];
      range.format.font.bold = true;
      await context.sync();
      range.load("values");
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.calls).toBe(5);
    expect(fake.stats.requests).toHaveLength(2);
  });

  it("throws ApiNotFound when the requirement set of an API is missing", async () => {
    const fake = createFakeExcel(undefined, { requirements: { ExcelApi: "1.7" } });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => {
        range.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
      expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    });
  });

  it("names the member when code under test uses an API outside the faked subset", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.getEntireColumn()).toThrow(expect.objectContaining({ code: "NotImplemented" }));
    });
  });

  it("fails a run that leaves queued commands unsynced", async () => {
    const fake = createFakeExcel();
    const code = await codeOf(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      }),
    );
    expect(code).toBe("InvalidRequestContext");
  });

  it("refuses objects used after their Excel.run has finished", async () => {
    const fake = createFakeExcel();
    let leaked: Excel.Range | undefined;
    await fake.Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    expect(() => {
      if (leaked) leaked.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("records the selection made by Range.select", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "BPU" }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("BPU").getRange("D14").select();
      await context.sync();
    });
    expect(fake.state.selection).toEqual({ sheet: "BPU", address: "D14" });
  });
});
