// Sheet protection in the SHA-512 form Excel writes: checked against two independent computations (Node's crypto
// and Python's hashlib) and a value published with another library's tests, for passwords whose characters the
// legacy 16-bit hash mangled.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { buildTemplatePlan } from "../../src/core/template";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { sheetPasswordHash, SPIN_COUNT } from "../../src/xlsx/write/password";
import { requireTool } from "../helpers/tools";
import { entryText } from "./xlsx-package";

const PASSWORDS = ["test", "é", "œuf", "€", "grille-2025"];
const SALT = Uint8Array.from([0x5a, 0x01, 0xfe, 0x80, 7, 0, 255, 42, 3, 14, 15, 92, 65, 35, 89, 79]);

/** ECMA-376 §18.2.29 as written in [MS-OFFCRYPTO] 2.3.7.4, with Node's own SHA-512. */
function nodeHash(password: string, salt: Uint8Array, spins: number): string {
  let hash = createHash("sha512").update(Buffer.from(salt)).update(Buffer.from(password, "utf16le")).digest();
  for (let i = 0; i < spins; i++) {
    const iterator = Buffer.alloc(4);
    iterator.writeUInt32LE(i);
    hash = createHash("sha512").update(hash).update(iterator).digest();
  }
  return hash.toString("base64");
}

const PYTHON = `
import base64, hashlib, json, sys
out = []
for case in json.load(sys.stdin):
    salt = base64.b64decode(case["salt"])
    h = hashlib.sha512(salt + case["password"].encode("utf-16-le")).digest()
    for i in range(case["spins"]):
        h = hashlib.sha512(h + i.to_bytes(4, "little")).digest()
    out.append(base64.b64encode(h).decode())
print(json.dumps(out))
`;

function pythonHashes(cases: readonly { password: string; salt: string; spins: number }[]): string[] {
  const python = requireTool("python3");
  return JSON.parse(
    execFileSync(python, ["-c", PYTHON], { input: JSON.stringify(cases), encoding: "utf8" }),
  ) as string[];
}

describe("sheetPasswordHash", () => {
  // The loop is the same for any spin count: the independent computations check every password at 1 000 spins
  // (cheap), and the full 100 000 on one, so the whole suite does not spend minutes hashing.
  const SPINS = 1_000;
  const ours = PASSWORDS.map((password) => sheetPasswordHash(password, SALT, SPINS));

  test("writes the salt and hash in base64, one hash per password", () => {
    for (const hash of ours) {
      expect(hash).toMatchObject({ algorithmName: "SHA-512", spinCount: SPINS });
      expect(Buffer.from(hash.saltValue, "base64")).toEqual(Buffer.from(SALT));
      expect(Buffer.from(hash.hashValue, "base64")).toHaveLength(64);
    }
    expect(new Set(ours.map((hash) => hash.hashValue)).size).toBe(PASSWORDS.length);
  });

  test.each(PASSWORDS.map((password, i) => [password, i] as const))(
    "%j: the same hash as Node's crypto",
    (password, i) => {
      expect(ours[i].hashValue).toBe(nodeHash(password, SALT, SPINS));
    },
  );

  test("the same hashes as Python's hashlib", () => {
    const salt = Buffer.from(SALT).toString("base64");
    const cases = PASSWORDS.map((password) => ({ password, salt, spins: SPINS }));
    expect(pythonHashes(cases)).toEqual(ours.map((hash) => hash.hashValue));
  });

  test("100 000 spins by default, as Excel writes: € against Node's crypto", () => {
    const hash = sheetPasswordHash("€", SALT);
    expect(hash.spinCount).toBe(SPIN_COUNT);
    expect(SPIN_COUNT).toBe(100_000);
    expect(hash.hashValue).toBe(nodeHash("€", SALT, SPIN_COUNT));
  });

  test("the value published with ClosedXML's tests (password 12345)", () => {
    const salt = Uint8Array.from(Buffer.from("aVvPw1DNH3evPqRAd/y3UQ==", "base64"));
    expect(sheetPasswordHash("12345", salt).hashValue).toBe(
      "E+qAhyIg/HM0dUrPaENfimFOZp7wlOkJsf/sdG+AGHOA9grOv7VLb1ik2vuYohljI9G36e0ea9wnixCK0MMuyQ==",
    );
  });

  test("characters beyond the low byte count: é and é+256 hash differently (the legacy hash confused them)", () => {
    const confusable = String.fromCharCode("é".charCodeAt(0) + 256);
    expect(sheetPasswordHash("é", SALT, 10).hashValue).not.toBe(
      sheetPasswordHash(confusable, SALT, 10).hashValue,
    );
  });
});

describe("protected sheets in a written workbook", () => {
  const plan: WorkbookPlan = {
    styles: {},
    sheets: [
      { name: "A", cells: [], protection: { password: "é" } },
      { name: "B", cells: [], protection: { password: "é" } },
      { name: "C", cells: [], protection: {} },
    ],
  };
  const tagOf = async (bytes: Uint8Array, sheet: number) =>
    /<sheetProtection [^>]*\/>/.exec(await entryText(bytes, `xl/worksheets/sheet${sheet}.xml`))?.[0] ?? "";
  const attr = (tag: string, name: string) => new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1];

  test("carry the SHA-512 attributes and no legacy password attribute; the file's hash checks out", async () => {
    const bytes = await writeWorkbook(plan, { randomBytes: () => SALT.slice() });
    const tag = await tagOf(bytes, 1);
    expect(attr(tag, "password")).toBeUndefined();
    expect(attr(tag, "algorithmName")).toBe("SHA-512");
    expect(attr(tag, "spinCount")).toBe("100000");
    const salt = Uint8Array.from(Buffer.from(attr(tag, "saltValue") ?? "", "base64"));
    expect(salt).toEqual(SALT);
    expect(attr(tag, "hashValue")).toBe(nodeHash("é", salt, SPIN_COUNT));
    // Without a password, the sheet is protected without any hash.
    expect(await tagOf(bytes, 3)).toBe('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
  });

  test("the salt is 16 random bytes, new for each workbook; one salt and one hash per password in a workbook", async () => {
    const calls: number[] = [];
    const counting = (length: number) => {
      calls.push(length);
      return globalThis.crypto.getRandomValues(new Uint8Array(length));
    };
    const first = await writeWorkbook(plan, { randomBytes: counting });
    expect(calls).toEqual([16]);
    expect(await tagOf(first, 2)).toBe(await tagOf(first, 1));
    const second = await writeWorkbook(plan);
    expect(attr(await tagOf(second, 1), "saltValue")).not.toBe(attr(await tagOf(first, 1), "saltValue"));
    expect(attr(await tagOf(second, 1), "hashValue")).not.toBe(attr(await tagOf(first, 1), "hashValue"));
  });

  test("the template with a password protects its five sheets with one hash", async () => {
    const bytes = await writeWorkbook(buildTemplatePlan({ lang: "fr", password: "œuf" }), {
      randomBytes: () => SALT.slice(),
    });
    const tags = await Promise.all([1, 2, 3, 4, 5].map((sheet) => tagOf(bytes, sheet)));
    expect(new Set(tags.map((tag) => attr(tag, "hashValue")))).toEqual(
      new Set([nodeHash("œuf", SALT, SPIN_COUNT)]),
    );
  });

  test("a salt source that gives the wrong length is a programming error", async () => {
    await expect(writeWorkbook(plan, { randomBytes: () => new Uint8Array(8) })).rejects.toThrow(/16 bytes/);
  });
});
