// The observatory report: one self-contained HTML file (inline style and SVG charts, no external resource, a
// policy that forbids any request), printable, readable without script. The statistics rule is said at the top
// and at the end; every text that comes from a grid is escaped.

import { t } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import { element, htmlDocument, type Html } from "../../report/html";
import { statusCounts } from "../collect";
import { GRID_STATUSES, type Collection } from "../model";
import { LIST_SEPARATOR, ruleTexts } from "../texts";
import { directorySection } from "./directory-section";
import { gridsSection } from "./grids-section";
import { insertionSection } from "./insertion-section";
import { groupSection, observatorySection } from "./observatory-section";
import { formatIsoDate } from "../../date-text";
import { FILTER_SCRIPT, REPORT_STYLE } from "./style";

export interface ReportOptions {
  readonly lang: Lang;
}

/** The rule at the top (a section of the contents) and again at the end (a plain box, not a second landmark). */
function ruleBox(lang: Lang, id: string, tag: "section" | "div"): Html {
  const labelled = tag === "section" ? { "aria-labelledby": `${id}-title` } : {};
  return element(tag, { class: "rule", id, ...labelled }, [
    element("h2", { id: `${id}-title` }, [t(lang, "collect.register.rule")]),
    element(
      "ul",
      {},
      ruleTexts(lang).map((text) => element("li", {}, [text])),
    ),
  ]);
}

function summary(collection: Collection, lang: Lang): Html {
  const counts = statusCounts(collection);
  const parts = GRID_STATUSES.filter((status) => counts[status] > 0).map((status) =>
    t(lang, "collect.report.statusCount", {
      status: t(lang, `collect.status.${status}`),
      count: counts[status],
    }),
  );
  return element("p", {}, [
    t(lang, "collect.report.summary", {
      today: formatIsoDate(collection.today, lang),
      files: collection.grids.length,
      statuses: parts.join(LIST_SEPARATOR),
    }),
  ]);
}

const CONTENTS = [
  ["rule", "collect.register.rule"],
  ["grids", "collect.report.grids"],
  ["directory-section", "collect.report.directory"],
  ["observatory", "collect.observatory.title"],
  ["by-type", "collect.byType.title"],
  ["by-department", "collect.byDepartment.title"],
  ["insertion", "collect.insertion.title"],
] as const;

function contents(lang: Lang): Html {
  return element("nav", { "aria-label": t(lang, "collect.report.contents") }, [
    element(
      "ol",
      {},
      CONTENTS.map(([id, key]) => element("li", {}, [element("a", { href: `#${id}` }, [t(lang, key)])])),
    ),
  ]);
}

export function buildObservatoryReport(collection: Collection, options: ReportOptions): string {
  const { lang } = options;
  const title = t(lang, "collect.report.title");
  return htmlDocument({
    lang,
    title,
    style: REPORT_STYLE,
    script: FILTER_SCRIPT,
    body: [
      element("header", {}, [element("h1", {}, [title]), summary(collection, lang)]),
      contents(lang),
      element("main", {}, [
        ruleBox(lang, "rule", "section"),
        gridsSection(collection, lang),
        directorySection(collection, lang),
        observatorySection(collection, lang),
        groupSection(collection, lang, "byType"),
        groupSection(collection, lang, "byDepartment"),
        insertionSection(collection, lang),
      ]),
      element("footer", {}, [ruleBox(lang, "rule-end", "div")]),
    ],
  });
}
