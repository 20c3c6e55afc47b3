// Dropping the results formulas saved in a worksheet, and nothing else: a formula cell keeps its reference, style,
// formula and every other attribute; its <v> goes, with the attributes that describe that result (its type t, its
// value metadata vm). A formula without a saved result is what our own writer writes, and every program computes it
// as it opens the file (workbook-write.ts). Every byte outside those cells stays as it was.

import { applyPatches } from "./patches";
import { elementPattern } from "./xml";

/** Attributes of a <c> that describe its saved result: the result's type and its value metadata. */
const RESULT_ATTRIBUTE = /\s(?:t|vm)\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * The worksheet XML with no formula's saved result. The same text when no formula saved one (a sheet of constants,
 * or formulas already without results), so the entry can be copied as its bytes.
 */
export function dropFormulaResults(xml: string): string {
  // Most sheets a fill touches have formulas; a sheet without any is not scanned cell by cell.
  if (!/<(?:[\w.-]+:)?f[\s/>]/.test(xml)) return xml;
  const patches: [number, number, string][] = [];
  const formulaOpen = new Map<string, RegExp>();
  const hasFormula = (prefix: string, inner: string) => {
    let pattern = formulaOpen.get(prefix);
    if (!pattern) formulaOpen.set(prefix, (pattern = new RegExp(`<${escape(prefix)}f[\\s/>]`)));
    return pattern.test(inner);
  };
  const cells = elementPattern("c");
  for (let cell = cells.exec(xml); cell; cell = cells.exec(xml)) {
    const [whole, prefix, attributes, inner] = cell;
    if (inner === undefined || !hasFormula(prefix, inner)) continue;
    const value = elementPattern("v");
    const withoutValue = inner.replace(value, (found, valuePrefix: string) =>
      valuePrefix === prefix ? "" : found,
    );
    if (withoutValue === inner) continue;
    patches.push([
      cell.index,
      cell.index + whole.length,
      `<${prefix}c${attributes.replace(RESULT_ATTRIBUTE, "")}>${withoutValue}</${prefix}c>`,
    ]);
  }
  return patches.length === 0 ? xml : applyPatches(xml, patches);
}

const escape = (text: string) => text.replace(/[.\\]/g, "\\$&");
