// What a cell's number format makes of its number: a date or time, a percentage, or an amount. The value of a
// date cell is a count of days and a percent cell's a fraction, so neither is a price in euros, whatever it holds.

/** The format with its literal parts removed: quoted text, escaped characters, [..] sections, padding, fills. */
function bareFormat(code: string): string {
  return code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
}

/** True when a number format shows a date or a time (d, m, y, h or s outside quoted text and [..] sections). */
export function isDateFormat(code: string | undefined): boolean {
  if (code === undefined) return false;
  return /[dmyhs]/i.test(bareFormat(code));
}

/** True when a number format shows a percentage ("0%", "0.00 %"; not a quoted "%" nor an escaped \%). */
export function isPercentFormat(code: string | undefined): boolean {
  if (code === undefined) return false;
  return bareFormat(code).includes("%");
}
