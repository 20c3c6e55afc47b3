import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";

// A buyer's schedule that asks for unit prices TTC only (as some communes do: they cannot recover the VAT), written
// by our own writer and read back as any workbook is: N°, designation, unit, estimated quantity, the price TTC the
// bidder types, and the amount TTC (quantity × price, a formula). Bids are copies with the prices typed in.

export const TTC_SHEET = "BPU-DQE";
export const TTC_HEADER_ROW = 6;

export interface TtcLine {
  readonly designation: string;
  readonly unit: string;
  readonly quantity: number;
}

/** Lines the standard reads as variants, so a filled grid can be priced on them too. */
export const TTC_LINES: readonly TtcLine[] = [
  { designation: "Cocktail 8 pièces salées", unit: "pers.", quantity: 300 },
  { designation: "Plateau-repas classique", unit: "plateau", quantity: 120 },
  { designation: "Pause-café", unit: "pers.", quantity: 200 },
  { designation: "Buffet froid", unit: "pers.", quantity: 80 },
];

const STYLES: WorkbookPlan["styles"] = {
  header: { font: { bold: true }, fill: "D9D9D9", alignment: { wrapText: true } },
  price: { numberFormat: "#,##0.00 €", fill: "FFFF00", locked: false },
  money: { numberFormat: "#,##0.00 €" },
};

const text = (cell: string, value: string, style?: string): CellPlan => ({
  cell,
  write: { kind: "text", value },
  ...(style ? { style } : {}),
});

/** The schedule's sheet; `prices` (euros, one per line, null: left blank) makes a bidder's copy. */
function scheduleSheet(prices?: readonly (number | null)[], bidder?: string): SheetPlan {
  const h = TTC_HEADER_ROW;
  const cells: CellPlan[] = [
    text("A1", "COMMUNE DE SAINT-ÉLOI – RÉCEPTIONS MUNICIPALES"),
    text("A2", "Bordereau des prix unitaires valant détail quantitatif estimatif"),
    text("A3", "Les prix sont exprimés toutes taxes comprises (TTC)."),
    text("A4", `Candidat : ${bidder ?? ""}`),
    text(`A${h}`, "N°", "header"),
    text(`B${h}`, "Désignation", "header"),
    text(`C${h}`, "Unité", "header"),
    text(`D${h}`, "Quantité estimative", "header"),
    text(`E${h}`, "Prix unitaire TTC (€)", "header"),
    text(`F${h}`, "Montant TTC (€)", "header"),
  ];
  TTC_LINES.forEach((line, index) => {
    const row = h + 1 + index;
    const price = prices?.[index];
    cells.push(
      text(`A${row}`, String(index + 1)),
      text(`B${row}`, line.designation),
      text(`C${row}`, line.unit),
      { cell: `D${row}`, write: { kind: "number", value: line.quantity } },
      {
        cell: `E${row}`,
        write: price === undefined || price === null ? { kind: "empty" } : { kind: "number", value: price },
        style: "price",
      },
      { cell: `F${row}`, write: { kind: "formula", formula: `=D${row}*E${row}` }, style: "money" },
    );
  });
  const total = h + TTC_LINES.length + 2;
  cells.push(text(`B${total}`, "MONTANT TOTAL TTC"), {
    cell: `F${total}`,
    write: { kind: "formula", formula: `=SUM(F${h + 1}:F${total - 2})` },
    style: "money",
  });
  return { name: TTC_SHEET, cells };
}

/** The blank schedule, and a bidder's copy with its prices (euros, null: left blank), as .xlsx bytes. */
export const ttcScheduleBytes = (): Promise<Uint8Array> =>
  writeWorkbook({ sheets: [scheduleSheet()], styles: STYLES });

export const ttcBidBytes = (bidder: string, prices: readonly (number | null)[]): Promise<Uint8Array> =>
  writeWorkbook({ sheets: [scheduleSheet(prices, bidder)], styles: STYLES });

export const ttcSchedule = async (): Promise<WorkbookSnapshot> =>
  readWorkbook(await ttcScheduleBytes(), "bordereau-ttc.xlsx");

export const ttcBid = async (
  file: string,
  bidder: string,
  prices: readonly (number | null)[],
): Promise<WorkbookSnapshot> => readWorkbook(await ttcBidBytes(bidder, prices), file);
