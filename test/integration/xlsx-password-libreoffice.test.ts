// The SHA-512 sheet protection unlocks with its password in a real office suite, for the characters the legacy
// 16-bit hash got wrong: LibreOffice checks the hash of the file itself when asked to unprotect a sheet.
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { sheetPasswordHash } from "../../src/xlsx/write/password";
import { unprotectInLibreOffice, type SheetUnlock } from "../helpers/libreoffice-unprotect";

const PASSWORDS = ["test", "é", "œuf", "€", "Grille-2025 œ€é"];
const SALT = Uint8Array.from({ length: 16 }, (_v, i) => 200 - i * 7);

/** Each character moved by 256: what the legacy hash, which kept only the low byte, could not tell apart. */
function sameLowBytes(password: string): string {
  return Array.from(password, (c) => String.fromCharCode((c.charCodeAt(0) + 256) & 0xffff)).join("");
}

let results: SheetUnlock[];

beforeAll(async () => {
  const plan: WorkbookPlan = {
    styles: {},
    sheets: [
      ...PASSWORDS.map((password, i) => ({
        name: `S${i + 1}`,
        cells: [{ cell: "A1", write: { kind: "text" as const, value: password } }],
        protection: { password },
      })),
      { name: "Controle", cells: [], protection: { password: "€" } },
    ],
  };
  const zip = await JSZip.loadAsync(await writeWorkbook(plan, { randomBytes: () => SALT.slice() }));
  // Control: the last sheet carries the hash of another password; "€" must not unlock it.
  const control = `xl/worksheets/sheet${PASSWORDS.length + 1}.xml`;
  const xml = (await zip.file(control)?.async("string")) ?? "";
  zip.file(
    control,
    xml.replace(/hashValue="[^"]+"/, `hashValue="${sheetPasswordHash("autre", SALT).hashValue}"`),
  );
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-password-lo-"));
  try {
    const file = path.join(dir, "protected.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "uint8array" }));
    const attempts = [...PASSWORDS, "€"].map((password) => ({ password, wrong: sameLowBytes(password) }));
    results = await unprotectInLibreOffice(file, attempts);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 300_000);

test.each(PASSWORDS.map((password, i) => [password, i] as const))(
  "%j unlocks its sheet in LibreOffice; the same low bytes do not",
  (_password, i) => {
    expect(results[i]).toEqual({ protected: true, wrongUnlocks: false, unlocks: true });
  },
);

test("control: a sheet whose hash is another password's stays locked", () => {
  expect(results).toHaveLength(PASSWORDS.length + 1);
  expect(results[PASSWORDS.length]).toEqual({ protected: true, wrongUnlocks: false, unlocks: false });
});
