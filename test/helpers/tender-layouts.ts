import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import { columnLetters } from "../../src/core/workbook/address";

// Buyer-like price schedules built with our own writer, to test the table finder on layouts seen in practice:
// header anywhere, two-row and merged headers, hidden columns, sections and totals, a header repeated on every
// printed page, hundreds of lines, notes sheets, BPU + DQE. Each layout says where its lines are.

export interface PoolLine {
  readonly designation: string;
  readonly unit: string;
}

/** A small pool of lines, cycled to fill long schedules. */
export const POOL: readonly PoolLine[] = [
  { designation: "Cocktail 8 pièces", unit: "pers." },
  { designation: "Plateau-repas classique", unit: "plateau" },
  { designation: "Buffet froid", unit: "personne" },
  { designation: "Pause-café", unit: "personne" },
  { designation: "Serveur", unit: "heure" },
  { designation: "Location de salle", unit: "forfait" },
];

export interface LayoutOptions {
  /** 1-based header row (the lower one of a two-row header). */
  readonly headerRow?: number;
  /** "Prix unitaire" merged over "HT" and "TTC" (TTC a formula), other headers merged over both rows. */
  readonly twoRowHeader?: boolean;
  /** A hidden internal column between the designation and the unit. */
  readonly hiddenColumn?: boolean;
  /** Lines per section ("1 – …" headings), with a subtotal row after each and a total at the end. */
  readonly sectionSize?: number;
  /** The header repeated every N rows, as pasted from a printed schedule. */
  readonly repeatHeaderEvery?: number;
  readonly lines?: number;
  /** Notes written above the header, one per row. */
  readonly notes?: readonly string[];
  /** The price column's header. */
  readonly priceHeader?: string;
  readonly sheetName?: string;
  /** Sheet protected, price cells unlocked. */
  readonly protect?: boolean;
  /** 1-based rows (counted among lines) to hide. */
  readonly hiddenLines?: readonly number[];
  /** Site headings: each site gets an equal share of the lines. */
  readonly sites?: readonly string[];
  /** The designations and units the lines cycle through (POOL by default). */
  readonly pool?: readonly PoolLine[];
}

export interface LayoutLine {
  readonly row: number;
  readonly designation: string;
  readonly hidden: boolean;
}

export interface Layout {
  readonly sheet: SheetPlan;
  readonly headerRow: number;
  /** Column letters of the layout. */
  readonly columns: {
    ref: string;
    designation: string;
    unit: string;
    price: string;
    ttc?: string;
    hidden?: string;
  };
  readonly lines: readonly LayoutLine[];
}

const STYLES: WorkbookPlan["styles"] = {
  header: { font: { bold: true }, fill: "D9D9D9", alignment: { wrapText: true } },
  section: { font: { bold: true }, fill: "F2F2F2" },
  price: { numberFormat: "#,##0.00 €", fill: "FFFF00", locked: false },
  money: { numberFormat: "#,##0.00 €" },
};

interface Columns {
  readonly ref: number;
  readonly designation: number;
  readonly hidden?: number;
  readonly unit: number;
  readonly price: number;
  readonly ttc?: number;
}

function columnsOf(options: LayoutOptions): Columns {
  const hidden = options.hiddenColumn ? 2 : undefined;
  const unit = hidden === undefined ? 2 : 3;
  return {
    ref: 0,
    designation: 1,
    ...(hidden !== undefined ? { hidden } : {}),
    unit,
    price: unit + 1,
    ...(options.twoRowHeader ? { ttc: unit + 2 } : {}),
  };
}

const text = (column: number, row: number, value: string, style?: string): CellPlan => ({
  cell: `${columnLetters(column)}${row}`,
  write: { kind: "text", value },
  ...(style ? { style } : {}),
});

function headerCells(
  columns: Columns,
  row: number,
  options: LayoutOptions,
): { cells: CellPlan[]; merges: string[] } {
  const price = options.priceHeader ?? "Prix unitaire HT (€)";
  const titles: [number | undefined, string][] = [
    [columns.ref, "N° de prix"],
    [columns.designation, "Désignation des prestations"],
    [columns.hidden, "Code interne"],
    [columns.unit, "Unité"],
  ];
  const cells: CellPlan[] = [];
  const merges: string[] = [];
  const top = options.twoRowHeader ? row - 1 : row;
  for (const [column, title] of titles) {
    if (column === undefined) continue;
    cells.push(text(column, top, title, "header"));
    if (options.twoRowHeader) merges.push(`${columnLetters(column)}${top}:${columnLetters(column)}${row}`);
  }
  if (options.twoRowHeader && columns.ttc !== undefined) {
    cells.push(text(columns.price, top, "Prix unitaire", "header"));
    merges.push(`${columnLetters(columns.price)}${top}:${columnLetters(columns.ttc)}${top}`);
    cells.push(text(columns.price, row, "HT (€)", "header"), text(columns.ttc, row, "TTC (€)", "header"));
  } else cells.push(text(columns.price, row, price, "header"));
  return { cells, merges };
}

/** The BPU sheet of a layout, and where its lines are. */
export function bpuLayout(options: LayoutOptions = {}): Layout {
  const columns = columnsOf(options);
  const headerRow = options.headerRow ?? 8;
  const top = options.twoRowHeader ? headerRow - 1 : headerRow;
  const titled = top > 2;
  const cells: CellPlan[] = titled ? [text(0, 1, "BORDEREAU DES PRIX UNITAIRES", "header")] : [];
  const merges: string[] = titled ? [`A1:${columnLetters(columns.ttc ?? columns.price)}1`] : [];
  (options.notes ?? []).forEach((note, index) => cells.push(text(0, 2 + index, note)));
  const header = headerCells(columns, headerRow, options);
  cells.push(...header.cells);
  merges.push(...header.merges);
  const lines: LayoutLine[] = [];
  let row = headerRow + 1;
  const total = options.lines ?? POOL.length;
  const perSite = options.sites ? Math.ceil(total / options.sites.length) : total;
  const hiddenRows: number[] = [];
  for (let index = 0; index < total; index++) {
    if (options.sites && index % perSite === 0)
      cells.push(text(0, row++, options.sites[index / perSite], "section"));
    if (options.sectionSize && index % options.sectionSize === 0) {
      const section = Math.floor(index / options.sectionSize) + 1;
      cells.push(text(0, row, `${section} – RUBRIQUE ${section}`, "section"));
      merges.push(`A${row}:${columnLetters(columns.ttc ?? columns.price)}${row}`);
      row += 1;
    }
    if (options.repeatHeaderEvery && index > 0 && index % options.repeatHeaderEvery === 0) {
      const repeated = headerCells(columns, row + (options.twoRowHeader ? 1 : 0), options);
      cells.push(...repeated.cells);
      merges.push(...repeated.merges);
      row += options.twoRowHeader ? 2 : 1;
    }
    const pool = options.pool ?? POOL;
    const line = pool[index % pool.length];
    const ref = options.sectionSize
      ? `${Math.floor(index / options.sectionSize) + 1}.${(index % options.sectionSize) + 1}`
      : String(index + 1);
    cells.push(
      text(columns.ref, row, ref),
      text(columns.designation, row, line.designation),
      text(columns.unit, row, line.unit),
    );
    if (columns.hidden !== undefined) cells.push(text(columns.hidden, row, `INT-${index}`));
    cells.push({ cell: `${columnLetters(columns.price)}${row}`, write: { kind: "empty" }, style: "price" });
    if (columns.ttc !== undefined) {
      const p = `${columnLetters(columns.price)}${row}`;
      cells.push({
        cell: `${columnLetters(columns.ttc)}${row}`,
        write: { kind: "formula", formula: `=ROUND(${p}*1.1,2)` },
        style: "money",
      });
    }
    const hidden = options.hiddenLines?.includes(index + 1) ?? false;
    if (hidden) hiddenRows.push(row);
    lines.push({ row, designation: line.designation, hidden });
    row += 1;
    const endOfSection =
      options.sectionSize && ((index + 1) % options.sectionSize === 0 || index === total - 1);
    if (endOfSection) {
      cells.push(text(columns.designation, row, "Sous-total rubrique"));
      row += 2;
    }
  }
  if (options.sectionSize) cells.push(text(0, row + 1, "MONTANT TOTAL HT"));
  cells.push(text(0, row + 3, "Fait à ………………, le ………………"));
  const sheet: SheetPlan = {
    name: options.sheetName ?? "BPU",
    cells,
    merges,
    ...(columns.hidden !== undefined
      ? { columns: [{ column: columnLetters(columns.hidden), hidden: true }] }
      : {}),
    ...(hiddenRows.length > 0
      ? { rows: hiddenRows.map((hiddenRow) => ({ row: hiddenRow, hidden: true })) }
      : {}),
    ...(options.protect ? { protection: {} } : {}),
  };
  return {
    sheet,
    headerRow,
    columns: {
      ref: "A",
      designation: "B",
      unit: columnLetters(columns.unit),
      price: columnLetters(columns.price),
      ...(columns.ttc !== undefined ? { ttc: columnLetters(columns.ttc) } : {}),
      ...(columns.hidden !== undefined ? { hidden: columnLetters(columns.hidden) } : {}),
    },
    lines,
  };
}

/** A DQE sheet whose lines and prices are formulas on the BPU, with its own quantities and amounts. */
export function dqeSheet(bpu: Layout): SheetPlan {
  const cells: CellPlan[] = [
    text(0, 1, "DÉTAIL QUANTITATIF ESTIMATIF", "header"),
    text(0, 3, "N°", "header"),
    text(1, 3, "Désignation", "header"),
    text(2, 3, "Quantité estimée", "header"),
    text(3, 3, "Prix unitaire HT (€)", "header"),
    text(4, 3, "Montant HT (€)", "header"),
  ];
  bpu.lines.forEach((line, index) => {
    const row = 4 + index;
    const formula = (column: string) => ({ kind: "formula" as const, formula: `=BPU!${column}${line.row}` });
    cells.push(
      { cell: `A${row}`, write: formula("A") },
      { cell: `B${row}`, write: formula("B") },
      { cell: `C${row}`, write: { kind: "number", value: 10 * (index + 1) } },
      { cell: `D${row}`, write: formula(bpu.columns.price), style: "money" },
      { cell: `E${row}`, write: { kind: "formula", formula: `=C${row}*D${row}` }, style: "money" },
    );
  });
  return { name: "DQE", cells };
}

export function notesSheet(notes: readonly string[]): SheetPlan {
  return {
    name: "Notes",
    cells: [
      text(0, 1, "CONDITIONS PARTICULIÈRES", "header"),
      ...notes.map((note, index) => text(0, 3 + index, note)),
    ],
  };
}

export function workbookOf(...sheets: SheetPlan[]): WorkbookPlan {
  return { sheets, styles: STYLES };
}
