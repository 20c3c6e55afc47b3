// Workbook plans for the Excel door's tests, the conformance suite and the browser harness.

import type { CellPlan, WorkbookPlan } from "../../../src/core/workbook";

const COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

/** `count` cells on sheet "BPU", 10 per row from row 2, mixing text, numbers, prices and formulas; `textLength`
 *  pads the designations to make the payload grow without more cells. */
export function gridPlan(count: number, textLength = 0): WorkbookPlan {
  const cells: CellPlan[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = Math.floor(index / COLUMNS.length) + 2;
    const column = COLUMNS[index % COLUMNS.length];
    const kind = index % 4;
    const cell = `${column}${row}`;
    if (kind === 0)
      cells.push({ cell, write: { kind: "text", value: `Plateau ${index}`.padEnd(textLength, ".") } });
    else if (kind === 1) cells.push({ cell, write: { kind: "number", value: index / 4 }, style: "price" });
    else if (kind === 2)
      cells.push({ cell, write: { kind: "formula", formula: `=ROUND(B${row}*1.1,2)` }, style: "price" });
    else cells.push({ cell, write: { kind: "text", value: "1.1" } });
  }
  return {
    sheets: [{ name: "BPU", cells }],
    styles: { price: { numberFormat: "#,##0.00 €", locked: false } },
  };
}

/** A small grid using every feature both doors share: the conformance suite's main plan. */
export const REPRESENTATIVE_PLAN: WorkbookPlan = {
  styles: {
    header: { font: { bold: true }, fill: "DDEBF7", alignment: { horizontal: "center" } },
    price: { numberFormat: "#,##0.00 €", locked: false, fill: "FFF2CC" },
    rate: { numberFormat: "0.0%" },
    title: { font: { bold: true, size: 14 } },
  },
  sheets: [
    {
      name: "BPU",
      cells: [
        { cell: "A1", write: { kind: "text", value: "Bordereau des prix unitaires" }, style: "title" },
        { cell: "A3", write: { kind: "text", value: "Id" }, style: "header" },
        { cell: "B3", write: { kind: "text", value: "Désignation" }, style: "header" },
        { cell: "C3", write: { kind: "text", value: "Prix HT" }, style: "header" },
        { cell: "D3", write: { kind: "text", value: "TVA" }, style: "header" },
        { cell: "E3", write: { kind: "text", value: "Prix TTC" }, style: "header" },
        { cell: "F3", write: { kind: "text", value: "Unité" }, style: "header" },
        { cell: "A4", write: { kind: "text", value: "1.1" } },
        { cell: "B4", write: { kind: "text", value: "=not a formula" } },
        { cell: "C4", write: { kind: "number", value: 22.25 }, style: "price" },
        { cell: "D4", write: { kind: "number", value: 0.1 }, style: "rate" },
        { cell: "E4", write: { kind: "formula", formula: "=ROUND(C4*(1+D4),2)" } },
        { cell: "F4", write: { kind: "text", value: "plateau" } },
        { cell: "A5", write: { kind: "text", value: "1.2" } },
        { cell: "B5", write: { kind: "text", value: "-50 % sur le dessert" } },
        { cell: "C5", write: { kind: "number", value: 3.5 }, style: "price" },
        { cell: "D5", write: { kind: "number", value: 0.055 }, style: "rate" },
        { cell: "E5", write: { kind: "formula", formula: "=ROUND(C5*(1+D5),2)" } },
        { cell: "F5", write: { kind: "text", value: "pièce" } },
        { cell: "G5", write: { kind: "boolean", value: true } },
      ],
      merges: ["A1:F1"],
      columns: [{ column: "B", width: 40 }],
      rows: [{ row: 1, height: 24 }],
      freeze: { rows: 3, columns: 1 },
      validations: [
        {
          range: "F4:F5",
          rule: { type: "list", items: ["plateau", "pièce", "personne"] },
          allowBlank: false,
        },
        {
          range: "C4:C5",
          rule: { type: "decimal", operator: "between", min: 0, max: 10000 },
          error: { message: "Prix entre 0 et 10 000 €" },
        },
      ],
      protection: { allow: { formatColumns: true } },
    },
    {
      name: "Listes",
      visibility: "hidden",
      cells: [
        { cell: "A1", write: { kind: "text", value: "plateau" } },
        { cell: "A2", write: { kind: "text", value: "pièce" } },
        { cell: "A3", write: { kind: "text", value: "personne" } },
      ],
    },
  ],
  names: [
    { name: "PrixHT", ref: "BPU!$C$4:$C$5" },
    { name: "Unites", ref: "Listes!$A$1:$A$3" },
  ],
};

/**
 * A buyer's tender as both doors can build it: sheet "BPU" protected, with a merged title, a merged input for the
 * company name (B2:D2), a table "Lignes" whose header is row 4, `lines` lines of reference, designation, unlocked
 * price (C6 already filled), VAT and a TTC formula; sheet "Notes" unprotected with one value in B2.
 */
export function tenderPlan(lines: number): WorkbookPlan {
  const cells: CellPlan[] = [
    { cell: "A1", write: { kind: "text", value: "Bordereau des prix" } },
    { cell: "A2", write: { kind: "text", value: "Candidat :" } },
    { cell: "B2", write: { kind: "empty" }, style: "input" },
    ...["Réf", "Désignation", "Prix HT", "TVA", "Prix TTC"].map((value, index): CellPlan => ({
      cell: `${COLUMNS[index]}4`,
      write: { kind: "text", value },
    })),
  ];
  for (let line = 1; line <= lines; line += 1) {
    const row = line + 4;
    cells.push(
      { cell: `A${row}`, write: { kind: "text", value: `1.${line}` } },
      { cell: `B${row}`, write: { kind: "text", value: `Plateau repas ${line}` } },
      row === 6
        ? { cell: `C${row}`, write: { kind: "number", value: 12.5 }, style: "price" }
        : { cell: `C${row}`, write: { kind: "empty" }, style: "price" },
      { cell: `D${row}`, write: { kind: "number", value: 0.1 } },
      { cell: `E${row}`, write: { kind: "formula", formula: `=ROUND(C${row}*(1+D${row}),2)` } },
    );
  }
  return {
    styles: {
      input: { locked: false, fill: "FFF2CC" },
      price: { locked: false, fill: "FFF2CC", numberFormat: "#,##0.00 €" },
    },
    sheets: [
      {
        name: "BPU",
        cells,
        merges: ["A1:E1", "B2:D2"],
        tables: [{ name: "Lignes", range: `A4:E${lines + 4}` }],
        protection: {},
      },
      {
        name: "Notes",
        cells: [
          { cell: "A1", write: { kind: "text", value: "Remarques" } },
          { cell: "B2", write: { kind: "text", value: "ancien" } },
        ],
      },
    ],
  };
}
