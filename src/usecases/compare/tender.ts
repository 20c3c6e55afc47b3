// The original schedule as the comparison reads it: the price table found by the tender mapping, and for each
// priced line its estimated quantity (1 when the schedule has no quantity column), its VAT rate (the schedule's,
// else the standard's rate of the line's variant, else 10 % said in a finding), its price cell and its variant.

import type { BidColumns } from "../../core/bid";
import { bidColumnsOf, readRate } from "../../core/bid";
import type { Finding } from "../../core/findings";
import { defaultVat } from "../../core/grid/model";
import type { VatCategory } from "../../core/grid/catalogue";
import { basisPoints, type BasisPoints } from "../../core/money";
import { scaledFromNumber } from "../../core/money/decimal";
import { variantCategories } from "../../core/schedule/parts";
import { MAX_QUANTITY } from "../../core/schedule/read";
import type { Basis, Variant } from "../../core/variant/model";
import { cellOf, sheetOf, type WorkbookSnapshot } from "../../core/workbook";
import type { MapTenderResult, MappedLine, TenderMapping } from "../map-tender";
import { comparisonFinding, rowList } from "./findings";

/** One priced line of the original schedule. */
export interface TenderLine {
  /** 1-based row of the original's price sheet. */
  readonly row: number;
  readonly ref: string;
  readonly designation: string;
  readonly unit: string;
  /** Estimated quantity (up to 6 decimals); 1 when the schedule gives none, 0 when its cell is not a quantity. */
  readonly quantity: number;
  readonly vatBp: BasisPoints;
  /** The cell the bidder types the unit price into ("D15"). */
  readonly priceCell: string;
  /** The variant of the standard the line asks for, when the mapping is sure of it (prices filled grids). */
  readonly variant: Variant | null;
  /** In a standard schedule, the VAT category of the part of the variant's price the line asks for. */
  readonly part?: VatCategory;
}

export interface ComparedTender {
  readonly file: string;
  readonly sheet: string;
  /** 1-based header row (the lower one of a two-row header). */
  readonly headerRow: number;
  /** What the bidders' unit prices are: HT, or TTC when the schedule asks TTC prices only. */
  readonly basis: Basis;
  readonly columns: BidColumns;
  readonly lines: readonly TenderLine[];
}

export interface TenderReading {
  readonly tender: ComparedTender | null;
  readonly findings: readonly Finding[];
}

/** The single VAT category a line is billed in, when its variant says (a part, or a one-category variant). */
export function lineCategory(line: Pick<TenderLine, "variant" | "part">): VatCategory | null {
  if (line.part) return line.part;
  const categories = line.variant ? variantCategories(line.variant) : [];
  return categories.length === 1 ? categories[0] : null;
}

interface LineFacts {
  readonly quantity: number | null;
  readonly vatBp: BasisPoints | null;
}

function quantityOf(line: MappedLine, hasColumn: boolean): number | null {
  if (!hasColumn) return 1;
  const quantity = line.quantity;
  if (quantity === undefined) return null;
  const scaled = scaledFromNumber(quantity, 6, MAX_QUANTITY * 1_000_000);
  return scaled.ok ? quantity : null;
}

function vatOf(book: WorkbookSnapshot, mapping: TenderMapping, line: MappedLine, part?: VatCategory) {
  const sheet = sheetOf(book, mapping.sheet);
  const letter = mapping.columns.vat;
  const stated = sheet && letter ? readRate(cellOf(sheet, `${letter}${line.row}`)) : null;
  if (stated !== null) return stated;
  const category = lineCategory({ variant: line.variant, ...(part ? { part } : {}) });
  return category ? defaultVat()[category] : null;
}

/** The rows whose facts were not usable, said once per kind, each with what the comparison did instead. */
function factFindings(
  where: { readonly file: string; readonly sheet: string; readonly basis: Basis },
  lines: readonly MappedLine[],
  facts: LineFacts[],
): Finding[] {
  const { file, sheet } = where;
  const rowsWhere = (test: (fact: LineFacts) => boolean) =>
    lines.filter((_line, index) => test(facts[index])).map((line) => line.row);
  const noQuantity = rowsWhere((fact) => fact.quantity === null);
  // On TTC prices the rate splits nothing: the totals are TTC alone.
  const noVat = where.basis === "TTC" ? [] : rowsWhere((fact) => fact.vatBp === null);
  return [
    ...(noQuantity.length > 0
      ? [
          comparisonFinding(
            "compare.tender.quantityMissing",
            "warning",
            { file, sheet },
            { rows: rowList(noQuantity), count: noQuantity.length },
          ),
        ]
      : []),
    ...(noVat.length > 0
      ? [
          comparisonFinding(
            "compare.tender.vatAssumed",
            "warning",
            { file, sheet },
            { rows: rowList(noVat), count: noVat.length },
          ),
        ]
      : []),
  ];
}

const ASSUMED_VAT = basisPoints(1000);

/**
 * Reads the original schedule from its tender mapping (`mapTender`); null (with findings saying why) when it has no
 * price table to compare on.
 */
export function readTender(book: WorkbookSnapshot, { mapping, findings }: MapTenderResult): TenderReading {
  if (!mapping) return { tender: null, findings };
  const input = mapping.inputs[0];
  const where = { file: book.source, sheet: mapping.sheet };
  if (!input)
    return {
      tender: null,
      findings: [...findings, comparisonFinding("compare.tender.noLines", "error", where)],
    };
  // The column's own word (« Prix unitaire TTC »), else the table's (« prix exprimés TTC »), else HT as usual.
  const basis: Basis = input.basis ?? mapping.basis ?? "HT";
  const hasQuantities = mapping.columns.quantity !== undefined;
  const lines = mapping.lines.filter((line) => line.priceCells.length > 0);
  const facts = lines.map((line) => ({
    quantity: quantityOf(line, hasQuantities),
    vatBp: vatOf(book, mapping, line, line.priceCells[0]?.part),
  }));
  const tenderLines = lines.map((line, index): TenderLine => {
    const part = line.priceCells[0]?.part;
    return {
      row: line.row,
      ref: line.ref,
      designation: line.designation,
      unit: line.unit ?? "",
      quantity: facts[index].quantity ?? 0,
      vatBp: facts[index].vatBp ?? ASSUMED_VAT,
      priceCell: `${input.column}${line.row}`,
      variant: line.status === "mapped" ? line.variant : null,
      ...(part ? { part } : {}),
    };
  });
  const notes = [
    ...(basis === "TTC"
      ? [comparisonFinding("compare.tender.ttcBasis", "info", where, { column: input.column })]
      : []),
    ...(hasQuantities ? [] : [comparisonFinding("compare.tender.noQuantities", "info", where)]),
    ...(tenderLines.length === 0 ? [comparisonFinding("compare.tender.noLines", "error", where)] : []),
    ...factFindings({ ...where, basis }, lines, facts),
  ];
  const tender: ComparedTender = {
    file: book.source,
    sheet: mapping.sheet,
    headerRow: mapping.headerRow,
    basis,
    columns: bidColumnsOf(mapping.columns, mapping.basis, input.column),
    lines: tenderLines,
  };
  return { tender: tenderLines.length > 0 ? tender : null, findings: [...findings, ...notes] };
}
