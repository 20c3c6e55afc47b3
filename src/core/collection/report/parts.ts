// Small pieces the report's sections share: a table from columns and rows, a date and an amount in the reader's
// style, a section with its heading.

import type { Lang } from "../../../i18n/types";
import { formatDecimal } from "../../money/format";
import { element, type Child, type Html } from "../../report/html";

export interface HtmlColumn<R> {
  readonly header: string;
  readonly numeric?: boolean;
  /** "wrap": long text that wraps (notes, products, messages); "path": a file path broken anywhere. */
  readonly fit?: "wrap" | "path";
  readonly cell: (row: R) => Child;
}

function columnClass(column: Pick<HtmlColumn<never>, "numeric" | "fit">): string | undefined {
  return column.numeric ? "num" : column.fit;
}

export function htmlTable<R>(
  caption: string,
  columns: readonly HtmlColumn<R>[],
  rows: readonly R[],
  rowAttributes: (row: R) => Readonly<Record<string, string>> = () => ({}),
  id?: string,
): Html {
  const head = element("thead", {}, [
    element(
      "tr",
      {},
      columns.map((column) => element("th", { scope: "col", class: columnClass(column) }, [column.header])),
    ),
  ]);
  const body = element(
    "tbody",
    {},
    rows.map((row) =>
      element(
        "tr",
        rowAttributes(row),
        columns.map((column) =>
          element("td", { class: column.numeric ? "num" : undefined }, [column.cell(row)]),
        ),
      ),
    ),
  );
  // A wide table scrolls sideways in its own region, which a keyboard user can focus to scroll.
  return element("div", { class: "table-wrap", tabindex: 0, role: "region", "aria-label": caption }, [
    element("table", { id }, [element("caption", {}, [caption]), head, body]),
  ]);
}

export function section(id: string, title: string, children: readonly Child[]): Html {
  return element("section", { id, "aria-labelledby": `${id}-title` }, [
    element("h2", { id: `${id}-title` }, [title]),
    ...children,
  ]);
}

export function integerText(value: number | null, lang: Lang): string {
  if (value === null) return "—";
  return formatDecimal(value, 1, lang);
}
