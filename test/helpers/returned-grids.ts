import { promises as fs } from "node:fs";
import * as path from "node:path";
import { sampleGrids, type SampleGrid } from "../../src/cli/demo/sample-grids";
import { readGridJson } from "../../src/core/grid";
import type { Lang } from "../../src/i18n";
import { makeTemplate } from "../../src/usecases/make-template";
import { writeWorkbook } from "../../src/xlsx/write";

// Folders of returned grids for the desk's tests: the demo's sample grids written as a facilitator receives them
// (filled templates, some JSON), and the bad files a call for grids brings in.

export const DESK_TODAY = "2026-12-01";

export interface WrittenGrids {
  readonly files: string[];
  readonly samples: SampleGrid[];
}

/** `count` sample grids (plus the duplicate the samples carry) in `folder`: every `jsonEvery`-th one as JSON. */
export async function writeReturnedGrids(
  folder: string,
  count: number,
  options: { readonly jsonEvery?: number; readonly lang?: Lang; readonly seed?: number } = {},
): Promise<WrittenGrids> {
  await fs.mkdir(folder, { recursive: true });
  const samples = sampleGrids({
    count,
    seed: options.seed ?? 11,
    validUntil: "2027-06-30",
    expiredUntil: "2026-06-30",
    expiredEvery: 8,
  });
  const every = options.jsonEvery ?? 5;
  const files: string[] = [];
  for (const [index, { name, json }] of samples.entries()) {
    if (every > 0 && index % every === every - 1) {
      const file = path.join(folder, `${name}.json`);
      await fs.writeFile(file, JSON.stringify(json));
      files.push(file);
      continue;
    }
    const grid = readGridJson(json).grid;
    if (!grid) throw new Error(`sample ${name} does not read`);
    const file = path.join(folder, `${name}.xlsx`);
    await fs.writeFile(file, await writeWorkbook(makeTemplate({ lang: options.lang ?? "fr", grid })));
    files.push(file);
  }
  return { files, samples };
}

/**
 * What an encrypted .xlsx (a password to open) is to a reader: an OLE compound file holding "EncryptionInfo" and
 * "EncryptedPackage" streams. Only the header and the directory names matter to the door.
 */
export function encryptedWorkbookBytes(): Uint8Array {
  const out = new Uint8Array(1536);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of ["EncryptionInfo", "EncryptedPackage"]) {
    for (const char of name) {
      out[at] = char.charCodeAt(0);
      at += 2;
    }
    at = 1024 + 128;
  }
  return out;
}
