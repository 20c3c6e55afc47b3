import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { parseCell, type CellRef } from "../../src/core/workbook/address";
import { requireTool } from "./tools";

export { requireTool } from "./tools";

const run = promisify(execFile);

export type RecalcValue = number | string | boolean | null;

export interface RecalcSheet {
  readonly name: string;
  /** Rows of cell texts as LibreOffice exported them (0-based). */
  readonly rows: readonly (readonly string[])[];
  /** The recalculated value of an A1 cell: number, text, boolean, or null when empty. Errors come as "#VALUE!"… */
  cell(ref: string): RecalcValue;
}

export interface RecalcBook {
  readonly sheetNames: readonly string[];
  sheet(name: string): RecalcSheet;
}

// LibreOffice keeps cached formula results of .xlsx files unless told to recalculate on load (tooling notes).
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh profile: recalculation on load forced, or LibreOffice's own settings (what a user has out of the box). */
async function withProfile<T>(
  work: (profileUrl: string, dir: string) => Promise<T>,
  forced = true,
): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-lo-"));
  const profile = path.join(dir, "profile");
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  if (forced) await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  try {
    return await work(`file://${profile}`, dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function soffice(profileUrl: string, args: readonly string[]): Promise<void> {
  const bin = requireTool("soffice");
  await run(bin, [`-env:UserInstallation=${profileUrl}`, "--headless", "--norestore", ...args], {
    timeout: 180_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** One exported field: its text, and whether LibreOffice quoted it (text cells are always quoted, see filter). */
export interface CsvField {
  readonly text: string;
  readonly quoted: boolean;
}

/** Minimal RFC 4180 reader that remembers which fields were quoted. */
export function parseCsv(text: string): CsvField[][] {
  const rows: CsvField[][] = [];
  let row: CsvField[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  const push = (): void => {
    row.push({ text: field, quoted: wasQuoted });
    field = "";
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = wasQuoted = true;
    else if (ch === ",") push();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      push();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    push();
    rows.push(row);
  }
  return rows;
}

function toValue(field: CsvField | undefined): RecalcValue {
  if (field === undefined || field.text === "") return null;
  if (field.quoted) return field.text;
  const raw = field.text;
  if (raw === "TRUE") return true;
  if (raw === "FALSE") return false;
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw)) return Number(raw);
  // LibreOffice exports percent-formatted cells as shown ("10%") even with raw values asked for.
  if (/^-?\d+(\.\d+)?%$/.test(raw)) return Number(raw.slice(0, -1)) / 100;
  return raw;
}

function refToIndex(ref: string): CellRef {
  const cell = parseCell(ref.replace(/\$/g, ""));
  if (!cell) throw new Error(`Not an A1 cell reference: ${ref}`);
  return cell;
}

function makeSheet(name: string, fields: CsvField[][]): RecalcSheet {
  return {
    name,
    rows: fields.map((row) => row.map((field) => field.text)),
    cell(ref) {
      const { row, column } = refToIndex(ref);
      return toValue(fields[row]?.[column]);
    },
  };
}

/**
 * Opens each workbook in LibreOffice with recalculation forced, and returns every sheet's recalculated values.
 * One soffice process for all files (each start costs 1–2 s). With `asOpened`, LibreOffice keeps its own settings:
 * the values are those a user sees on opening the file (saved formula results shown as they are).
 */
export async function recalculateMany(
  files: readonly string[],
  options: { readonly asOpened?: boolean } = {},
): Promise<RecalcBook[]> {
  return withProfile(async (profileUrl, dir) => {
    const outDir = path.join(dir, "out");
    await fs.mkdir(outDir);
    const copies: string[] = [];
    for (const [index, file] of files.entries()) {
      // Unique, plain base names: LibreOffice names each CSV "<base>-<sheet>.csv".
      const copy = path.join(dir, `book${index}.xlsx`);
      await fs.copyFile(file, copy);
      copies.push(copy);
    }
    // Options: comma, double quote, UTF-8, quote all text cells (so "1.1" text stays text), raw values (not as
    // shown), every sheet to its own file (-1).
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1";
    await soffice(profileUrl, ["--convert-to", filter, "--outdir", outDir, ...copies]);
    const produced = await fs.readdir(outDir);
    // Read every CSV before withProfile removes the folder.
    return Promise.all(
      copies.map((_copy, index) => {
        const prefix = `book${index}-`;
        const mine = produced.filter((f) => f.startsWith(prefix) && f.endsWith(".csv"));
        if (mine.length === 0) throw new Error(`LibreOffice could not open ${files[index]}`);
        return loadBook(outDir, prefix, mine);
      }),
    );
  }, options.asOpened !== true);
}

async function loadBook(outDir: string, prefix: string, files: readonly string[]): Promise<RecalcBook> {
  const sheets = new Map<string, RecalcSheet>();
  for (const file of files) {
    const name = file.slice(prefix.length, -".csv".length);
    const text = await fs.readFile(path.join(outDir, file), "utf8");
    sheets.set(name, makeSheet(name, parseCsv(text)));
  }
  return {
    sheetNames: [...sheets.keys()],
    sheet(name) {
      const sheet = sheets.get(name);
      if (!sheet)
        throw new Error(
          `No sheet "${name}" in the recalculated book (sheets: ${[...sheets.keys()].join(", ")})`,
        );
      return sheet;
    },
  };
}

export async function recalculate(file: string): Promise<RecalcBook> {
  const [book] = await recalculateMany([file]);
  return book;
}

/** Opens a workbook in LibreOffice and saves it again as .xlsx (as a user of LibreOffice would). */
export async function resave(file: string, outFile: string): Promise<void> {
  await withProfile(async (profileUrl, dir) => {
    const copy = path.join(dir, "resave.xlsx");
    await fs.copyFile(file, copy);
    const outDir = path.join(dir, "out");
    await fs.mkdir(outDir);
    await soffice(profileUrl, ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, copy]);
    await fs.copyFile(path.join(outDir, "resave.xlsx"), outFile);
  });
}

/** Prints each workbook to PDF with LibreOffice (its print areas, page setup and row heights), into `outDir`. */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  return withProfile(async (profileUrl) => {
    await soffice(profileUrl, ["--convert-to", "pdf", "--outdir", outDir, ...files]);
    return files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`));
  });
}
