// The fill report in the reader's words and as JSON (`grille fill --json`, the demo, the pane): each line filled
// with its cells and prices, each line left for the user with its reason in French or English.

import { findingMessage } from "../core/finding-message";
import { catalogueEntry } from "../core/grid/catalogue";
import { centsToEuroNumber, formatEuros } from "../core/money";
import { reasonText } from "../core/tender";
import { variantLabel } from "../core/variant/label";
import type { Basis, Variant } from "../core/variant/model";
import { t, type Lang } from "../i18n";
import type { FilledCell, LeftKind, LeftReason, TenderFillReport } from "./fill-tender";

export interface FilledCellJson {
  readonly cell: string;
  readonly basis: Basis;
  readonly part?: string;
  /** Euros, 2 decimals at most. */
  readonly price: number;
  readonly status: FilledCell["status"];
}

export interface FilledLineJson {
  readonly row: number;
  readonly ref: string;
  readonly designation: string;
  readonly variant: Variant;
  readonly ht: number;
  readonly ttc: number;
  readonly cells: readonly FilledCellJson[];
}

export interface LeftLineJson {
  readonly row: number;
  readonly ref: string;
  readonly designation: string;
  readonly why: LeftKind;
  readonly cell?: string;
  readonly reason: string;
}

export interface FillReportJson {
  readonly file: string;
  readonly sheet: string;
  readonly lines: number;
  readonly filled: readonly FilledLineJson[];
  readonly left: readonly LeftLineJson[];
}

/** A VAT category in words, as the catalogue's rate parameter names it ("TVA alcool"). */
function partText(part: string, lang: Lang): string {
  return catalogueEntry(`tva.${part}`)?.label[lang] ?? part;
}

/** Why a line is left, in one sentence that says what to do. */
export function leftReasonText(why: LeftReason, lang: Lang): string {
  switch (why.kind) {
    case "uncertain": {
      const suggestion = why.suggestion
        ? ` ${t(lang, "fill.left.suggestion", { label: variantLabel(why.suggestion, lang) })}`
        : "";
      return t(lang, "fill.left.uncertain", { reason: reasonText(why.reason, lang) }) + suggestion;
    }
    case "unmapped":
      return t(lang, "fill.left.unmapped", { reason: reasonText(why.reason, lang) });
    case "notPriceable":
      return t(lang, "fill.left.notPriceable", { reason: findingMessage(why.finding, lang) });
    case "partMissing":
      return t(lang, "fill.left.partMissing", { cell: why.cell, part: partText(why.part, lang) });
    case "noPriceCell":
      return t(lang, "fill.left.noPriceCell");
    case "moved":
      return t(lang, "fill.left.moved");
    case "refused":
      return t(lang, "fill.left.refused", { reason: findingMessage(why.finding, lang) });
    case "kept":
      return t(lang, "fill.left.kept", { reason: findingMessage(why.finding, lang) });
  }
}

/** "12,40 € HT" / "€12.40 excl. VAT": an amount with the basis it is asked in. */
export function amountText(amount: FilledCell["amount"], basis: Basis, lang: Lang): string {
  return t(lang, basis === "HT" ? "fill.amount.ht" : "fill.amount.ttc", {
    amount: formatEuros(amount, lang),
  });
}

export function fillReportJson(report: TenderFillReport, lang: Lang): FillReportJson {
  return {
    file: report.file,
    sheet: report.sheet,
    lines: report.lines,
    filled: report.filled.map((line) => ({
      row: line.row,
      ref: line.ref,
      designation: line.designation,
      variant: line.variant,
      ht: centsToEuroNumber(line.price.ht),
      ttc: centsToEuroNumber(line.price.ttc),
      cells: line.cells.map((cell) => ({
        cell: cell.cell,
        basis: cell.basis,
        ...(cell.part ? { part: cell.part } : {}),
        price: centsToEuroNumber(cell.amount),
        status: cell.status,
      })),
    })),
    left: report.left.map((line) => ({
      row: line.row,
      ref: line.ref,
      designation: line.designation,
      why: line.why.kind,
      ...("cell" in line.why ? { cell: line.why.cell } : {}),
      reason: leftReasonText(line.why, lang),
    })),
  };
}
