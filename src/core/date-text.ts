import type { Lang } from "../i18n/types";

// Days travel as ISO text ("2027-06-30": a grid's validity, the day a collection is compared with, the day a report
// is drawn up) and are written for a reader only here: 30/06/2027 in French, 2027-06-30 in English (unambiguous);
// in a workbook, as an Excel date.

/** The day's UTC midnight in milliseconds, or null when `iso` is not a day that exists ("2027-02-30"). */
function isoDayTime(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? time : null;
}

/** True for a day that exists, written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return isoDayTime(text) !== null;
}

/** "2027-06-30" → "30/06/2027" (fr) or as it is (en); any other text as it is. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || lang !== "fr") return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/**
 * "2027-06-30" → Excel's serial day (1900 date system: days since 30/12/1899, exact from March 1900 on), so a
 * workbook holds a date a reader can sort and filter; null for any other text, or a day that does not exist.
 */
export function excelSerialOfIsoDate(iso: string): number | null {
  const time = isoDayTime(iso);
  return time === null ? null : Math.round((time - Date.UTC(1899, 11, 30)) / 86_400_000);
}
