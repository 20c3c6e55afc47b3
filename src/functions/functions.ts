// Both languages' texts, registered before any other module of this entry runs (src/i18n/registry.ts).
import "../i18n/eager";
import {
  cellGrid,
  designationBreakdown,
  designationPrice,
  fieldsPrice,
  type CellAnswer,
  type CellGrid,
} from "../usecases/cell-price";
import type { DesignationRequest } from "../usecases/designation-variant";
import {
  basisError,
  basisOf,
  cellError,
  countOf,
  flagOf,
  functionsLang,
  rowsOf,
  textOf,
  textsOf,
} from "./excel-arguments";
import { loadSharedGrid } from "./my-grid-storage";
import type { Lang } from "../i18n";

// Entry of functions.js, the Excel functions of the namespace GRILLE. Each function only adapts Excel's arguments
// and errors; the use case (src/usecases/cell-price.ts) prices. The JSDoc below is what the build turns into
// functions.json (custom-functions-metadata-plugin, which also registers each function with CustomFunctions.associate);
// its texts are the catalog's English ones (src/i18n/messages/functions.ts), the French ones replace them in the
// default metadata. Ids are for ever: a workbook refers to a function by its id.

async function gridOf(range: unknown): Promise<CellGrid> {
  const rows = rowsOf(range);
  return cellGrid(rows, rows ? null : await loadSharedGrid());
}

function request(designation: unknown, guests: unknown, basis: unknown, lang: Lang): DesignationRequest {
  const chosen = basisOf(basis);
  if (chosen === null) throw basisError(basis, lang);
  return { designation: textOf(designation) ?? "", guests: countOf(guests), basis: chosen };
}

function valueOf<T>(answer: CellAnswer<T>): T {
  if (!answer.ok) throw cellError(answer.message);
  return answer.value;
}

/**
 * Price of a line as the buyer words it ("cocktail 8 pièces livraison comprise Paris"), from your grid. #N/A with the reason when the wording is uncertain or outside the standard.
 * @customfunction PRICE PRICE
 * @param designation The line as the buyer writes it, for example "plateau-repas prestige".
 * @param guests Number of guests (or trays) that delivery and staff are spread over.
 * @param basis "HT" (before VAT) or "TTC" (VAT included). Left out: HT, or the basis the designation states.
 * @param grid The range of the template's Prices sheet (price and id columns). Without it: my grid saved from the pane.
 * @returns The price in euros.
 */
export async function price(
  designation: string,
  guests?: number,
  basis?: string,
  grid?: unknown[][],
): Promise<number> {
  const lang = functionsLang();
  const asked = request(designation, guests, basis, lang);
  return valueOf(designationPrice(await gridOf(grid), asked, lang));
}

/**
 * Price of a variant described field by field (product, pieces, guests, delivery, zone…), from your grid.
 * @customfunction VARIANT VARIANT
 * @param product "cocktail" or a line of the grid ("plateau-repas prestige", "maître d'hôtel"…).
 * @param pieces Pieces per person of a cocktail; blank for another product.
 * @param guests Number of guests (or trays) that delivery and staff are spread over.
 * @param delivery "included", "excluded" (billed elsewhere), or blank when the line says nothing of it.
 * @param zone "Paris", "petite couronne" or "grande couronne".
 * @param evening TRUE for a delivery after 7 pm.
 * @param weekend TRUE for a delivery on Saturday, Sunday or a public holiday.
 * @param extras Per-person extras ("forfait vin", "boissons chaudes"…): a text or a range.
 * @param basis "HT" (before VAT) or "TTC" (VAT included). Left out: HT, or the basis the designation states.
 * @param grid The range of the template's Prices sheet (price and id columns). Without it: my grid saved from the pane.
 * @returns The price in euros.
 */
export async function variant(
  product: string,
  pieces: number,
  guests: number,
  delivery: string,
  zone: string,
  evening?: boolean,
  weekend?: boolean,
  extras?: string[][],
  basis?: string,
  grid?: unknown[][],
): Promise<number> {
  const lang = functionsLang();
  const chosen = basisOf(basis);
  if (chosen === null) throw basisError(basis, lang);
  const options = {
    product: textOf(product),
    pieces: textOf(countOf(pieces)),
    guests: textOf(countOf(guests)),
    delivery: textOf(delivery),
    zone: textOf(zone),
    evening: flagOf(evening),
    weekend: flagOf(weekend),
    extras: textsOf(extras),
    basis: chosen,
  };
  return valueOf(fieldsPrice(await gridOf(grid), options, lang));
}

/**
 * Breakdown of the price of a line worded by the buyer: one row per step, with its amount.
 * @customfunction DETAIL BREAKDOWN
 * @param designation The line as the buyer writes it, for example "plateau-repas prestige".
 * @param guests Number of guests (or trays) that delivery and staff are spread over.
 * @param basis "HT" (before VAT) or "TTC" (VAT included). Left out: HT, or the basis the designation states.
 * @param grid The range of the template's Prices sheet (price and id columns). Without it: my grid saved from the pane.
 * @returns The steps and their amounts, one row each.
 */
export async function detail(
  designation: string,
  guests?: number,
  basis?: string,
  grid?: unknown[][],
): Promise<unknown[][]> {
  const lang = functionsLang();
  const asked = request(designation, guests, basis, lang);
  return valueOf(designationBreakdown(await gridOf(grid), asked, lang));
}
