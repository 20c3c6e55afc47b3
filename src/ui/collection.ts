import {
  GRID_STATUSES,
  LIST_SEPARATOR,
  gridLine,
  ruleTexts,
  statusCounts,
  type CollectedGrid,
  type Collection,
} from "../core/collection";
import type { Severity } from "../core/findings";
import type { Lang, Translate } from "../i18n";
import { el } from "./dom";
import { setStatus } from "./parts";

// A collection of returned grids as the pane and the offline page show it: one line of counts by state, each file
// with its state (in the colours of errors and warnings when it needs the facilitator), and the statistics rule.

interface Context {
  readonly t: Translate;
  readonly lang: Lang;
}

/** How a file's state is marked: what needs the facilitator in the colours of errors and warnings. */
export const STATUS_SEVERITY: Readonly<Record<CollectedGrid["status"], Severity>> = {
  valid: "info",
  replaced: "info",
  expired: "warning",
  errors: "error",
  notGrid: "error",
  unreadable: "error",
};

/** True when a file of the collection needs the facilitator (expired, with errors, not a grid, unreadable). */
export const needsAttention = (collection: Collection): boolean =>
  collection.grids.some((grid) => STATUS_SEVERITY[grid.status] !== "info");

function fileItem(grid: CollectedGrid, { t, lang }: Context, today: string): HTMLElement {
  const line = gridLine(grid, lang, today);
  const who = line.name ? `${line.file} — ${line.name}` : line.file;
  return el("li", { class: "finding", "data-status": line.status }, [
    el("span", {}, [
      el("span", { class: `severity severity-${STATUS_SEVERITY[line.status]}` }, [
        t(`collect.status.${line.status}`),
      ]),
      el("span", { class: "finding-text" }, [who]),
      ...(line.note ? [el("span", { class: "finding-where" }, [line.note])] : []),
    ]),
  ]);
}

/** "12 file(s): 9 valid, 2 with errors… 9 grid(s) in the register." */
/** The status line once a collection is read: a warning when a file needs the facilitator, with the counts. */
export function showCollectionStatus(status: HTMLElement, context: Context, collection: Collection): void {
  setStatus(status, needsAttention(collection) ? "warning" : "done", collectionSummary(context, collection));
}

export function collectionSummary({ t }: Context, collection: Collection): string {
  const counts = statusCounts(collection);
  const statuses = GRID_STATUSES.filter((status) => counts[status] > 0)
    .map((status) =>
      t("collect.report.statusCount", { status: t(`collect.status.${status}`), count: counts[status] }),
    )
    .join(LIST_SEPARATOR);
  return t("pane.collect.done", { files: collection.grids.length, statuses, valid: counts.valid });
}

/** Every file with its state, then the statistics rule. */
export function collectionFiles(context: Context, collection: Collection): HTMLElement[] {
  const { t, lang } = context;
  return [
    el(
      "ul",
      { class: "findings", "aria-label": t("pane.collect.listLabel") },
      collection.grids.map((grid) => fileItem(grid, context, collection.today)),
    ),
    el("p", { class: "aside" }, [t("pane.collect.rule", { rule: ruleTexts(lang).join(" ") })]),
  ];
}
