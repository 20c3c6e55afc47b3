// The XML of one written cell. Text is always an inline string: sharedStrings.xml stays byte-identical and a
// text such as "1.1" or "=1+1" can never be read back as a number or a formula.

import type { CellEdit } from "../core/workbook/plan";
import { escapeXml } from "./xml";

/** Canonical text of a number for `<v>`: shortest round-trip form, never "-0". */
export function numberText(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

function textElement(prefix: string, text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}is><${prefix}t${space}>${escapeXml(text)}</${prefix}t></${prefix}is>`;
}

/**
 * `<c r="D14" s="5" t="inlineStr"><is><t>…</t></is></c>` and friends, with the namespace prefix of the sheet.
 * `style` is the existing cell's (or the row's or column's) style index, kept so formats and locks survive.
 */
export function cellXml(prefix: string, ref: string, style: string | undefined, edit: CellEdit): string {
  const open = `<${prefix}c r="${ref}"${style !== undefined ? ` s="${escapeXml(style)}"` : ""}`;
  const close = `</${prefix}c>`;
  const { value } = edit;
  if (typeof value === "number" && !Number.isFinite(value))
    throw new Error(
      `xlsx door: ${edit.sheet}!${ref} gets ${value}, which no cell can hold; the fill plan refuses it`,
    );
  if (value === null) return `${open}/>`;
  if (typeof value === "boolean") return `${open} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v>${close}`;
  if (typeof value === "number" && !edit.asText) {
    return `${open}><${prefix}v>${numberText(value)}</${prefix}v>${close}`;
  }
  const text = typeof value === "number" ? numberText(value) : value;
  return `${open} t="inlineStr">${textElement(prefix, text)}${close}`;
}
