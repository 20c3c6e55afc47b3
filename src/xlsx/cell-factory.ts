// A worksheet's cell snapshots as the scan meets its cells: the value, the formula, and the style's fields (number
// format, lock, fill…) spread in. Cells without value or formula share one frozen object per style: a schedule's
// empty price cells, a row or column style applied to cells the XML does not list.

import type { CellSnapshot, CellValue } from "../core/workbook/snapshot";
import { EMPTY_VALUE } from "../core/workbook/snapshot";
import { isDateFormat } from "./date-cell";
import { DEFAULT_STYLE, type CellStyleInfo } from "./styles-read";

export class CellFactory {
  private readonly emptyByStyle = new Map<number, CellSnapshot>();
  constructor(private readonly styles: readonly CellStyleInfo[]) {}

  private info(style: number): CellStyleInfo {
    return this.styles[style] ?? DEFAULT_STYLE;
  }

  empty(style: number): CellSnapshot {
    let cell = this.emptyByStyle.get(style);
    if (!cell) {
      cell = Object.freeze({ value: EMPTY_VALUE, ...this.info(style) });
      this.emptyByStyle.set(style, cell);
    }
    return cell;
  }

  /** `dateFormat`: the format of a date stored as ISO text (t="d"), shown as a date whatever its style says. */
  cell(value: CellValue, formula: string | undefined, style: number, dateFormat?: string): CellSnapshot {
    if (value.type === "empty" && formula === undefined) return this.empty(style);
    const info = this.info(style);
    const shownAsDate = dateFormat !== undefined && !isDateFormat(info.numberFormat) ? dateFormat : undefined;
    return {
      value,
      ...(formula !== undefined ? { formula } : {}),
      ...info,
      ...(shownAsDate !== undefined ? { numberFormat: shownAsDate } : {}),
    };
  }
}
