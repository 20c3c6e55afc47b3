import type { ExcelHost } from "../../excel";
import { checkOpenWorkbook } from "./checkGrid";
import { readGridText } from "./gridFile";
import { saveMyGrid, type GridIntake, type KeyValueStore } from "./myGrid";

// The two ways a grid becomes "my grid": read from the open workbook, or imported from a JSON file. Either way the
// reader's findings come back with it, and a grid the reader cannot trust is not saved.

export type SaveOutcome = { readonly kind: "noGrid" } | ({ readonly kind: "read" } & GridIntake);

export async function saveFromWorkbook(host: ExcelHost, store: KeyValueStore): Promise<SaveOutcome> {
  const checked = await checkOpenWorkbook(host);
  if (checked.kind === "noGrid") return checked;
  const stored = checked.grid ? saveMyGrid(store, checked.grid) : null;
  return { kind: "read", stored, findings: checked.findings };
}

export function importGridFile(text: string, fileName: string, store: KeyValueStore): GridIntake {
  const read = readGridText(text, fileName);
  return { stored: read.grid ? saveMyGrid(store, read.grid) : null, findings: read.findings };
}
