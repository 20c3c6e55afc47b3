// Does a workbook open in Excel without repair? Every XML part is checked against the ISO/IEC 29500-4 Transitional
// schemas with xmllint (offline), after the markup-compatibility step Excel applies itself, and the package is
// checked against the rules Excel enforces that no schema states (./excel-rules.ts).
//
//   await expectValidWorkbook(bytes, "template-fr.xlsx");         // in a test: fails listing part, line, message
//   const failures = await validateWorkbook(bytes, "name.xlsx");  // the same failures, to inspect
//   const { failures } = await validateWorkbooks([{ name, bytes }, …]);  // many workbooks, one xmllint per schema

import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { excelRuleFailures } from "./excel-rules";
import { prepareForSchema } from "./markup-compatibility";
import { requireTool } from "./tools";

export const XSD_DIR = path.resolve(__dirname, "../../../shared/ooxml-xsd");

/** The schema of a part, by the namespace of its root element (the table of shared/ooxml-xsd/README.md). */
const SCHEMA_BY_NAMESPACE: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "sml.xsd",
  "http://schemas.openxmlformats.org/package/2006/content-types": "opc-contentTypes.xsd",
  "http://schemas.openxmlformats.org/package/2006/relationships": "opc-relationships.xsd",
  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "opc-coreProperties.xsd",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
    "shared-documentPropertiesExtended.xsd",
  "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties":
    "shared-documentPropertiesCustom.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "dml-chart.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "dml-spreadsheetDrawing.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "dml-main.xsd",
};

/** Parts holding XML; anything else (images, printer settings, VML drawings) is not the schemas' business. */
const XML_PART = /\.(xml|rels)$/;

export interface WorkbookFailure {
  readonly workbook: string;
  readonly part: string;
  readonly line?: number;
  readonly message: string;
}

export interface WorkbookBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ValidationResult {
  /** "workbook: part" of every XML part checked against a schema. */
  readonly checked: readonly string[];
  readonly failures: readonly WorkbookFailure[];
}

interface PreparedFile {
  readonly workbook: string;
  readonly part: string;
  readonly file: string;
}

function runXmllint(args: readonly string[]): Promise<string> {
  const xmllint = requireTool("xmllint");
  return new Promise((resolve, reject) => {
    execFile(xmllint, args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      // Exit 3 and 4 are validity errors, 1 parse errors: all reported on stderr per file. Anything else
      // (5: the schema does not compile) is a broken setup, not a verdict on the workbook.
      const code = error && typeof error.code === "number" ? error.code : 0;
      if (error && ![1, 3, 4].includes(code)) reject(new Error(`xmllint failed (${code}): ${stderr}`));
      else resolve(stderr);
    });
  });
}

/** xmllint's stderr → one failure per error line, and one for a file it says fails without saying where. */
function failuresOf(stderr: string, files: readonly PreparedFile[]): WorkbookFailure[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const failures: WorkbookFailure[] = [];
  const explained = new Set<string>();
  for (const line of stderr.split("\n")) {
    const located = /^(.+?\.xml):(\d+): (.*)$/.exec(line);
    const target = located && byFile.get(located[1]);
    if (located && target) {
      failures.push({
        workbook: target.workbook,
        part: target.part,
        line: Number(located[2]),
        message: located[3],
      });
      explained.add(target.file);
      continue;
    }
    const verdict = /^(.+?\.xml) (fails to validate|validation generated an internal error)$/.exec(line);
    const failed = verdict && byFile.get(verdict[1]);
    if (verdict && failed && !explained.has(failed.file))
      failures.push({ workbook: failed.workbook, part: failed.part, message: verdict[2] });
  }
  return failures;
}

async function prepareParts(
  books: readonly WorkbookBytes[],
  dir: string,
): Promise<{ bySchema: Map<string, PreparedFile[]>; failures: WorkbookFailure[] }> {
  const bySchema = new Map<string, PreparedFile[]>();
  const failures: WorkbookFailure[] = [];
  let count = 0;
  for (const book of books) {
    const zip = await JSZip.loadAsync(book.bytes);
    for (const entry of Object.values(zip.files)) {
      if (entry.dir || !XML_PART.test(entry.name)) continue;
      const prepared = prepareForSchema(await entry.async("string"));
      const schema = SCHEMA_BY_NAMESPACE[prepared.rootNamespace ?? ""];
      if (!schema) {
        const root = `<${prepared.rootName ?? "?"}> in namespace "${prepared.rootNamespace ?? "none"}"`;
        failures.push({
          workbook: book.name,
          part: entry.name,
          message: `no schema for root element ${root}`,
        });
        continue;
      }
      const file = path.join(dir, `${++count}.xml`);
      await fs.writeFile(file, prepared.xml);
      bySchema.set(schema, [
        ...(bySchema.get(schema) ?? []),
        { workbook: book.name, part: entry.name, file },
      ]);
    }
  }
  return { bySchema, failures };
}

/** Validates every XML part of every workbook; one xmllint run per schema. Missing xmllint: throws. */
export async function validateWorkbooks(books: readonly WorkbookBytes[]): Promise<ValidationResult> {
  requireTool("xmllint");
  if (!existsSync(path.join(XSD_DIR, "sml.xsd")))
    throw new Error(`the OOXML schemas are missing: expected them in ${XSD_DIR} (shared/ooxml-xsd)`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ooxml-"));
  try {
    const { bySchema, failures } = await prepareParts(books, dir);
    for (const [schema, files] of bySchema) {
      const args = [
        "--noout",
        "--nonet",
        "--schema",
        path.join(XSD_DIR, schema),
        ...files.map((f) => f.file),
      ];
      failures.push(...failuresOf(await runXmllint(args), files));
    }
    for (const book of books) failures.push(...(await excelRuleFailures(book.bytes, book.name)));
    const checked = [...bySchema.values()].flat().map((f) => `${f.workbook}: ${f.part}`);
    return { checked, failures };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export async function validateWorkbook(
  bytes: Uint8Array,
  name = "workbook.xlsx",
): Promise<WorkbookFailure[]> {
  return [...(await validateWorkbooks([{ name, bytes }])).failures];
}

/** "book.xlsx xl/styles.xml:2: message", as a test failure lists them. */
export function describeFailure(failure: WorkbookFailure): string {
  const line = failure.line !== undefined ? `:${failure.line}` : "";
  return `${failure.workbook} ${failure.part}${line}: ${failure.message}`;
}

/** Fails the calling test with every failure of the workbook (part, line, message); passes when there is none. */
export async function expectValidWorkbook(bytes: Uint8Array, name = "workbook.xlsx"): Promise<void> {
  const result = await validateWorkbooks([{ name, bytes }]);
  expect(result.checked.length).toBeGreaterThan(0);
  expect(result.failures.map(describeFailure)).toEqual([]);
}
