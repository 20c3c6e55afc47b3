// Cells typed t="d" hold an ISO 8601 date text instead of a serial number (Excel's Strict format, some libraries).
// The snapshot stores dates as Excel does, serial days with a date format, so they read like any other date.

const DAY_MS = 86_400_000;
// Serial 0 is 1899-12-31 ("1900-01-00") in the 1900 date system.
const SERIAL_ZERO = Date.UTC(1899, 11, 31);
// Excel counts a 29 February 1900 that never was (Lotus 1-2-3's bug): later dates are one day further on.
const PHANTOM_LEAP_DAY = Date.UTC(1900, 2, 1);

// [date][T or space time][zone]; the zone is ignored, as Excel keeps no time zone.
const ISO_DATE_TIME =
  /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:(?:^T?|[T ])(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
export const TIME_FORMAT = "hh:mm:ss";

export interface DateSerial {
  /** Days since 1899-12-31 in the 1900 date system, the time as the fraction of a day. */
  readonly serial: number;
  /** The format to show it with when the cell's style has no date format: date, date and time, or time. */
  readonly format: string;
}

function daySerial(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  if (time < SERIAL_ZERO) return undefined;
  return (time - SERIAL_ZERO) / DAY_MS + (time >= PHANTOM_LEAP_DAY ? 1 : 0);
}

/** "2025-03-14", "2025-03-14T12:30:00Z", "12:30" → its 1900-system serial; undefined for anything else. */
export function serialFromIso(text: string): DateSerial | undefined {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds, fraction] = match;
  if (year === undefined && hours === undefined) return undefined;
  const days = year === undefined ? 0 : daySerial(Number(year), Number(month), Number(day));
  if (days === undefined) return undefined;
  if (hours === undefined) return { serial: days, format: DATE_FORMAT };
  const [h, m, s] = [Number(hours), Number(minutes), Number(seconds ?? 0)];
  if (h > 23 || m > 59 || s > 59) return undefined;
  const secondsOfDay = h * 3600 + m * 60 + s + (fraction ? Number(`0.${fraction}`) : 0);
  return {
    serial: days + secondsOfDay / 86_400,
    format: year === undefined ? TIME_FORMAT : DATE_TIME_FORMAT,
  };
}

// Which formats show dates is the core's rule (src/core/workbook/number-format.ts), shared with the bid reader.
export { isDateFormat } from "../core/workbook/number-format";
