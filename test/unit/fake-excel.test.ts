// The fake must enforce Office.js's rules, or the Excel door's tests prove nothing. These tests break the rules on
// purpose (read before load, before sync) to see the fake throw, hence the disabled lint rules.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

import { DEFAULT_WORKBOOK_NAME, cellAt, createFakeExcel, findSheet, FakeOfficeError } from "../fakes/excel";

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

  it("gives the workbook's name (ExcelApi 1.7) only after load and sync; an older host refuses it", async () => {
    const named = createFakeExcel({ name: "t-mairie.xlsx" });
    await named.Excel.run(async (context) => {
      const workbook = context.workbook;
      expect(() => workbook.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      workbook.load("name");
      expect(() => workbook.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(workbook.name).toBe("t-mairie.xlsx");
    });
    await createFakeExcel().Excel.run(async (context) => {
      context.workbook.load("name");
      await context.sync();
      expect(context.workbook.name).toBe(DEFAULT_WORKBOOK_NAME);
    });
    const old = createFakeExcel({ name: "t-mairie.xlsx" }, { requirements: { ExcelApi: "1.6" } });
    const loaded = old.Excel.run(async (context) => {
      context.workbook.load("name");
      await context.sync();
    });
    expect(await codeOf(loaded)).toBe("ApiNotFound");
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

  it("refuses formats on a protected sheet, unlocked cells included, unless formatting cells is allowed", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }, { name: "T" }] });
    await fake.Excel.run(async (context) => {
      for (const name of ["S", "T"])
        context.workbook.worksheets.getItem(name).getRange("B2").format.protection.locked = false;
      context.workbook.worksheets.getItem("S").protection.protect();
      context.workbook.worksheets.getItem("T").protection.protect({ allowFormatCells: true });
      await context.sync();
    });
    const formatB2 = (name: string) =>
      codeOf(
        fake.Excel.run(async (context) => {
          context.workbook.worksheets.getItem(name).getRange("B2").numberFormat = [["@"]];
          await context.sync();
        }),
      );
    expect(await formatB2("S")).toBe("AccessDenied");
    expect(cellAt(sheetOf(fake, "S"), "B2").numberFormat).toBe("General");
    expect(await formatB2("T")).toBe("no error");
    expect(cellAt(sheetOf(fake, "T"), "B2").numberFormat).toBe("@");
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

// Rules checked against the reference (@types/office-js, learn.microsoft.com, office.js's own client checks), each
// one a way the door once agreed with the fake but not with Excel.
describe("fake Excel: rules from the Office.js reference", () => {
  it("selects only on the active sheet: activate first (a hidden sheet cannot be activated)", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Accueil" }, { name: "BPU" }, { name: "Listes", visibility: "Hidden" }],
    });
    const select = (activate: boolean) =>
      codeOf(
        fake.Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("BPU");
          if (activate) sheet.activate();
          sheet.getRange("D14").select();
          await context.sync();
        }),
      );
    expect(await select(false)).toBe("InvalidOperation");
    expect(fake.state.selection).toBeUndefined();
    expect(await select(true)).toBe("no error");
    expect(fake.state.selection).toEqual({ sheet: "BPU", address: "D14" });
    const hidden = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Listes").activate();
      await context.sync();
    });
    expect(await codeOf(hidden)).toBe("InvalidOperation");
  });

  it("adds a table from a bare address on the active sheet, from a Range on the range's sheet (1.3)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Accueil" }, { name: "BPU" }] });
    await fake.Excel.run(async (context) => {
      const bpu = context.workbook.worksheets.getItem("BPU");
      bpu.tables.add("A1:B3", true);
      bpu.tables.add(bpu.getRange("D1:E3"), true);
      await context.sync();
    });
    expect(sheetOf(fake, "Accueil").tables.map((table) => table.box)).toEqual([
      { top: 0, left: 0, bottom: 2, right: 1 },
    ]);
    expect(sheetOf(fake, "BPU").tables.map((table) => table.box)).toEqual([
      { top: 0, left: 3, bottom: 2, right: 4 },
    ]);
    const old = createFakeExcel(undefined, { requirements: { ExcelApi: "1.2" } });
    await old.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(() => sheet.tables.add(sheet.getRange("A1:B2"), true)).toThrow(
        expect.objectContaining({ code: "ApiNotFound" }),
      );
    });
  });

  it("names a table's columns from its header cells, as Excel does: blanks numbered, repeats suffixed", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "BPU", cells: { A1: "Prix", C1: "prix", D1: 2024, A2: 1 } }],
    });
    await fake.Excel.run(async (context) => {
      const bpu = context.workbook.worksheets.getItem("BPU");
      bpu.tables.add(bpu.getRange("A1:D3"), true);
      bpu.tables.add(bpu.getRange("F1:G3"), false);
      await context.sync();
    });
    expect(sheetOf(fake, "BPU").tables.map((table) => table.columns)).toEqual([
      ["Prix", "Column2", "prix2", "2024"],
      ["Column1", "Column2"],
    ]);
  });

  it("gives a table's headers, totals, columns and range only after load and sync; a totals row adds a row", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "BPU", cells: { A3: "Réf", B3: "Prix" }, tables: [{ name: "Lignes", range: "A3:B6" }] },
      ],
    });
    await fake.Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("BPU").tables;
      tables.load("items/name, items/showHeaders, items/showTotals");
      await context.sync();
      const [table] = tables.items;
      expect(() => table.columns.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const range = table.getRange().load("address");
      table.columns.load("items/name");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([table.name, table.showHeaders, table.showTotals, range.address]).toEqual([
        "Lignes",
        true,
        false,
        "BPU!A3:B6",
      ]);
      expect(table.columns.items.map((column) => column.name)).toEqual(["Réf", "Prix"]);
      table.showTotals = true;
      await context.sync();
    });
    expect(sheetOf(fake, "BPU").tables[0]).toMatchObject({
      showTotals: true,
      box: { top: 2, left: 0, bottom: 6, right: 1 },
    });
  });

  it("lists pivot tables (1.3) and gives a layout's range (1.8) only after load and sync; refuses a value typed in one", async () => {
    const init = {
      sheets: [
        { name: "Accueil" },
        { name: "BPU", cells: { F3: "Total" }, pivotTables: [{ name: "TCD1", range: "F3:G8" }] },
      ],
    };
    const fake = createFakeExcel(init);
    await fake.Excel.run(async (context) => {
      const all = context.workbook.pivotTables.load("items/name, items/worksheet/name");
      const own = context.workbook.worksheets.getItem("BPU").pivotTables.load("items/name");
      expect(() => own.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(all.items.map((pivot) => [pivot.name, pivot.worksheet.name])).toEqual([["TCD1", "BPU"]]);
      const range = own.items[0].layout.getRange().load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("BPU!F3:G8");
    });
    const typed = (address: string, value: unknown) =>
      codeOf(
        fake.Excel.run(async (context) => {
          context.workbook.worksheets.getItem("BPU").getRange(address).values = [[value, null]];
          await context.sync();
        }),
      );
    expect(await typed("G8:H8", null)).toBe("no error");
    expect(await typed("G8:H8", 12.5)).toBe("InvalidOperation");
    expect(await typed("H8:I8", 12.5)).toBe("no error");
    expect(cellAt(sheetOf(fake, "BPU"), "G8").kind).toBe("empty");
    const old = createFakeExcel(init, { requirements: { ExcelApi: "1.7" } });
    await old.Excel.run(async (context) => {
      const own = context.workbook.worksheets.getItem("BPU").pivotTables.load("items/name");
      await context.sync();
      expect(() => own.items[0].layout).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    const older = createFakeExcel(init, { requirements: { ExcelApi: "1.2" } });
    await older.Excel.run(async (context) => {
      expect(() => context.workbook.pivotTables).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      await context.sync();
    });
  });

  it("checks the sets office.js checks: indentLevel 1.9, getResizedRange 1.3, NamedItem.formula 1.7, visibility 1.2", async () => {
    const fake = createFakeExcel(undefined, { requirements: { ExcelApi: "1.2" } });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1");
      expect(() => (range.format.indentLevel = 1)).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => range.getResizedRange(1, 1)).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    fake.requirements.supported.ExcelApi = "1.6";
    await fake.Excel.run(async (context) => {
      const names = context.workbook.names;
      names.add("Prix", "=Sheet1!$A$1");
      names.load("items/formula");
      await context.sync();
      expect(() => names.items[0].formula).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    fake.requirements.supported.ExcelApi = "1.1";
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(() => (sheet.visibility = "Hidden")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });

  it("refuses enum strings Excel does not know, in format setters and setCellProperties", async () => {
    const attempt = (write: (range: Excel.Range) => void) => {
      const fake = createFakeExcel();
      return codeOf(
        fake.Excel.run(async (context) => {
          write(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2"));
          await context.sync();
        }),
      );
    };
    const bad = (value: string) => value as never;
    expect(await attempt((range) => (range.format.horizontalAlignment = bad("Centre")))).toBe(
      "InvalidArgument",
    );
    expect(await attempt((range) => (range.format.verticalAlignment = bad("Middle")))).toBe(
      "InvalidArgument",
    );
    expect(await attempt((range) => (range.format.font.underline = bad("Underline")))).toBe(
      "InvalidArgument",
    );
    expect(await attempt((range) => (range.format.borders.getItem("EdgeTop").weight = bad("Bold")))).toBe(
      "InvalidArgument",
    );
    const cells = (format: Excel.CellPropertiesFormat) => [
      [{ format }, {}],
      [{}, {}],
    ];
    expect(
      await attempt((range) => range.setCellProperties(cells({ borders: { top: { style: bad("Solid") } } }))),
    ).toBe("InvalidArgument");
    expect(await attempt((range) => range.setCellProperties(cells({ horizontalAlignment: "Center" })))).toBe(
      "no error",
    );
  });

  it("takes conditional-format operators as ConditionalCellValueOperator spells them", async () => {
    const rule = (operator: string, formula2?: string) => {
      const fake = createFakeExcel();
      return codeOf(
        fake.Excel.run(async (context) => {
          const format = context.workbook.worksheets
            .getItem("Sheet1")
            .getRange("A1:A3")
            .conditionalFormats.add("CellValue");
          format.cellValue.rule = { formula1: "0", formula2, operator: operator as never };
          await context.sync();
        }),
      );
    };
    expect(await rule("GreaterThanOrEqualTo")).toBe("InvalidArgument");
    expect(await rule("GreaterThanOrEqual")).toBe("no error");
    expect(await rule("Between")).toBe("InvalidArgument");
    expect(await rule("Between", "10")).toBe("no error");
  });

  it("refuses validation texts longer than Excel stores (titles 32, error 225, prompt 255)", async () => {
    const set = (write: (validation: Excel.DataValidation) => void) => {
      const fake = createFakeExcel();
      return codeOf(
        fake.Excel.run(async (context) => {
          write(context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation);
          await context.sync();
        }),
      );
    };
    const long = (length: number) => "x".repeat(length);
    expect(await set((v) => (v.prompt = { showPrompt: true, title: long(33), message: "m" }))).toBe(
      "InvalidArgument",
    );
    expect(await set((v) => (v.prompt = { showPrompt: true, title: long(32), message: long(255) }))).toBe(
      "no error",
    );
    expect(
      await set((v) => (v.errorAlert = { showAlert: true, style: "Stop", title: "t", message: long(226) })),
    ).toBe("InvalidArgument");
  });

  it("knows isNullObject of a plain object only once a load of it came back, as office.js", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("address");
      await context.sync();
      expect(range.isNullObject).toBe(false);
    });
  });
});
