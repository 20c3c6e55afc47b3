// Print settings of a sheet plan → Excel.PageLayout (ExcelApi 1.9).

import type { PrintPlan } from "../core/workbook";
import { type QueuedOp, op } from "./batches";

export function printOp(sheet: Excel.Worksheet, print: PrintPlan): QueuedOp {
  return op(() => {
    const layout = sheet.pageLayout;
    if (print.orientation) layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    if (print.paper === "A4") layout.paperSize = "A4";
    if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.gridLines !== undefined) layout.printGridlines = print.gridLines;
    if (print.area) layout.setPrintArea(print.area);
    if (print.printTitleRows) {
      const [first, last = first] = print.printTitleRows.replace(/\$/g, "").split(":");
      layout.setPrintTitleRows(`$${first}:$${last}`);
    }
  });
}
