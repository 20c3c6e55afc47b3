// Where things sit in the standard template: sheet names per language, the columns of the input sheets, the
// defined names that are not catalogue ids. The plan builder writes with these; the reader only trusts them as a
// fallback (it finds rows by their id and cells by their defined name).

import type { Lang } from "../../i18n/types";
import { EXCEL_NAME_PREFIX } from "../grid/catalogue";

export interface TemplateSheetNames {
  readonly readme: string;
  readonly identity: string;
  readonly prices: string;
  readonly vat: string;
  readonly simulator: string;
}

export type TemplateSheetKey = keyof TemplateSheetNames;

/** The template's sheets, in workbook order, per language. */
export const TEMPLATE_SHEETS: Readonly<Record<Lang, TemplateSheetNames>> = {
  fr: { readme: "Lisez-moi", identity: "Identité", prices: "Prix", vat: "TVA", simulator: "Simulateur" },
  en: { readme: "Read me", identity: "Identity", prices: "Prices", vat: "VAT", simulator: "Simulator" },
};

export const SHEET_ORDER: readonly TemplateSheetKey[] = ["readme", "identity", "prices", "vat", "simulator"];

/** Sheets holding grid values, one row per catalogue id. */
export const INPUT_SHEETS: readonly TemplateSheetKey[] = ["identity", "prices", "vat"];

/** Columns of the input sheets (identity, prices, VAT): label, unit or format, VAT or requirement, value, id. */
export const COLUMNS = { label: "A", unit: "B", note: "C", value: "D", id: "E" } as const;
/** Column offset from the id cell to the value cell, used when a row's defined name is gone. */
export const VALUE_OFFSET_FROM_ID = -1;

/** Rows of the input sheets: title, hint, header; frozen down to the header. */
export const TITLE_ROW = 1;
export const HINT_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

/** Defined names of the template that are not catalogue ids. */
export const LAYOUT_NAMES = {
  standard: `${EXCEL_NAME_PREFIX}standard`,
  version: `${EXCEL_NAME_PREFIX}version`,
  guests: `${EXCEL_NAME_PREFIX}sim_guests`,
  zone: `${EXCEL_NAME_PREFIX}sim_zone`,
} as const;

/** Read-me cells holding the standard's name and version (also named, see LAYOUT_NAMES). */
export const README_CELLS = { standard: "B3", version: "B4", language: "B5" } as const;

/** Simulator: the two cells the caterer may change, and where the variant table starts. */
export const SIMULATOR_CELLS = { guests: "B4", zone: "B5" } as const;
export const SIMULATOR_HEADER_ROW = 7;
export const SIMULATOR_FIRST_ROW = 8;
export const SIMULATOR_COLUMNS = { label: "A", delivery: "B", ht: "C", ttc: "D", unit: "E" } as const;
export const DEFAULT_GUESTS = 50;
export const DEFAULT_ZONE = "paris";

/** Light yellow: the colour of every cell a caterer fills. */
export const INPUT_FILL = "FFF2CC";
