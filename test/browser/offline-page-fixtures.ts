import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { Finding } from "../../src/core/findings";
import { findingMessage } from "../../src/core/finding-message";
import { readGridJson, type Grid } from "../../src/core/grid";
import type { Lang } from "../../src/i18n";
import { t } from "../../src/i18n";
import { findingPlace, sortFindings } from "../../src/ui/findings";
import { makeTemplate } from "../../src/usecases/make-template";
import { writeWorkbook } from "../../src/xlsx/write";
import { REPO_ROOT } from "../helpers/browser";

// Inputs the offline page's tests give it, made in Node from the shared fixtures: the sample grids as JSON and as
// filled templates, the blank template; and the variant form filled the same way in the page and in the pane (the
// form is the shared widget of src/ui, so its controls have the same ids in both).

export const FIXTURES = path.resolve(REPO_ROOT, "..", "shared", "fixtures");
export const gridFile = (name: string) => path.join(FIXTURES, "grids", `${name}.json`);

/** A sample grid by name, or any grid JSON file by its path (one with mistakes the reader still reads). */
export function gridOf(nameOrFile: string): Grid {
  const file = nameOrFile.endsWith(".json") ? nameOrFile : gridFile(nameOrFile);
  const { grid } = readGridJson(JSON.parse(readFileSync(file, "utf8")));
  if (!grid) throw new Error(`${file} is no grid`);
  return grid;
}

export function filledTemplate(nameOrFile: string, lang: Lang = "fr"): Promise<Uint8Array> {
  return writeWorkbook(makeTemplate({ lang, grid: gridOf(nameOrFile) }));
}

/** A grid whose SIRET has a wrong check digit: filled in a template, the reader names its cell. */
export const WRONG_SIRET = path.join(REPO_ROOT, "test", "fixtures", "grids-bad", "siret-checksum.json");

export function blankTemplate(lang: Lang = "fr"): Promise<Uint8Array> {
  return writeWorkbook(makeTemplate({ lang }));
}

/** E5 of the standard: cocktail 8 pieces + wine, delivery included to the inner suburbs in the evening, 30 guests. */
export async function fillE5(page: Page, pieces = "8"): Promise<void> {
  await page.selectOption("#v-product", "cocktail");
  await page.fill("#v-pieces", pieces);
  await page.check("#v-extra-boissons-vin");
  await page.fill("#v-guests", "30");
  await page.selectOption("#v-unit", "personne");
  await page.selectOption("#v-delivery", "included");
  await page.selectOption("#v-zone", "petite_couronne");
  await page.check("#v-evening");
}

/** A finding as a findings list shows it: its severity, its words, where it is (cell, field, path or file) or null. */
export type FindingRow = readonly [severity: string, message: string, where: string | null];

export function findingRow(finding: Finding, lang: Lang): FindingRow {
  return [
    t(lang, `pane.severity.${finding.severity}`),
    findingMessage(finding, lang),
    findingPlace(finding, lang),
  ];
}

/** The rows in the order a findings list shows them (errors first). */
export function findingRows(findings: readonly Finding[], lang: Lang): FindingRow[] {
  return sortFindings(findings).map((finding) => findingRow(finding, lang));
}

/** The rows a findings list under `scope` shows, read from the page (or the pane). */
export function shownRows(page: Page, scope: string): Promise<FindingRow[]> {
  return page.locator(`${scope} .finding`).evaluateAll((items) =>
    items.map((item): FindingRow => {
      const text = (selector: string) => item.querySelector(selector)?.textContent ?? null;
      return [text(".severity") ?? "", text(".finding-text") ?? "", text(".finding-where")];
    }),
  );
}
