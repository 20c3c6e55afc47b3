import type { Lang } from "../i18n/types";

// Days travel as ISO text ("2027-06-30": a grid's validity, the day a collection is compared with, the day a report
// is drawn up) and are written for a reader only here: 30/06/2027 in French, 2027-06-30 in English (unambiguous).

/** "2027-06-30" → "30/06/2027" (fr) or as it is (en); any other text as it is. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || lang !== "fr") return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}
