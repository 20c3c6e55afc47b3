// What `grille collect` prints: one line per file (state, caterer, SIRET, errors and warnings, share offered, the
// note on any choice made), its findings beneath with their sheet and cell, then the counts, the statistics rule and
// the files written.

import {
  LIST_SEPARATOR,
  gridLine,
  ruleTexts,
  statusCounts,
  type Collection,
  GRID_STATUSES,
} from "../core/collection";
import { formatIsoDate } from "../core/date-text";
import type { CliContext } from "./context";
import { findingLine } from "./grid-source";

function lineText(collection: Collection, index: number, ctx: CliContext): string {
  const line = gridLine(collection.grids[index], ctx.lang, collection.today);
  const who = line.name ? ctx.t("collect.cli.who", { name: line.name, siret: line.siret || "—" }) : "";
  const offered = line.offered
    ? ctx.t("collect.cli.offered", { lines: line.offered.lines, of: line.offered.of })
    : "";
  const parts = [
    ctx.t("collect.cli.line", { file: line.file, status: ctx.t(`collect.status.${line.status}`) }),
    line.errors + line.warnings > 0
      ? ctx.t("collect.cli.counts", { errors: line.errors, warnings: line.warnings })
      : "",
    who,
    offered,
    line.note,
  ];
  return parts.filter((part) => part !== "").join(LIST_SEPARATOR);
}

/** Every file's line and findings; `say` is stdout, or stderr when stdout carries JSON. */
export function printCollection(collection: Collection, ctx: CliContext, say: (text: string) => void): void {
  collection.grids.forEach((grid, index) => {
    say(lineText(collection, index, ctx));
    // A file that could not be read says why in its line's note already.
    if (grid.reading === "grid")
      for (const finding of grid.findings) say(`  ${findingLine(finding, ctx, grid.file)}`);
  });
  const counts = statusCounts(collection);
  say("");
  say(
    ctx.t("collect.cli.summary", {
      files: collection.grids.length,
      today: formatIsoDate(collection.today, ctx.lang),
      statuses: GRID_STATUSES.filter((status) => counts[status] > 0)
        .map((status) =>
          ctx.t("collect.report.statusCount", {
            status: ctx.t(`collect.status.${status}`),
            count: counts[status],
          }),
        )
        .join(LIST_SEPARATOR),
    }),
  );
  say(ctx.t("collect.cli.directory", { count: collection.directory.length }));
  for (const rule of ruleTexts(ctx.lang)) say(`  ${rule}`);
}
