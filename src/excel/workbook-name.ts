// How a snapshot of the open workbook names it (`WorkbookSnapshot.source`, the `{file}` of the findings about its
// cells): the caller's name when it gives one, else Excel's own (Workbook.name, ExcelApi 1.7), loaded in a sync the
// read makes anyway, else (an older Excel) a label from the catalog that reads at the start of a message.

import { t } from "../i18n";
import type { ExcelHost } from "./host";
import { WORKBOOK_NAME_API } from "./requirements";

/** Decided before the read: a name known already, or Excel's to load (with the label if it comes back empty). */
export type WorkbookNaming =
  { readonly kind: "known"; readonly name: string } | { readonly kind: "excel"; readonly unnamed: string };

export function workbookNaming(
  host: Pick<ExcelHost, "isSetSupported" | "lang">,
  given: string | undefined,
): WorkbookNaming {
  if (given !== undefined) return { kind: "known", name: given };
  const unnamed = t(host.lang ?? "fr", "excel.workbook.unnamed");
  return host.isSetSupported("ExcelApi", WORKBOOK_NAME_API)
    ? { kind: "excel", unnamed }
    : { kind: "known", name: unnamed };
}

/** Queues the load of Excel's name when needed; the function gives the name once the next sync came back. */
export function queueWorkbookName(context: Excel.RequestContext, naming: WorkbookNaming): () => string {
  if (naming.kind === "known") return () => naming.name;
  const workbook = context.workbook.load("name");
  return () => workbook.name || naming.unnamed;
}
