// Functions added to Excel after the file format was standardised ("future functions") are stored with a prefix:
// `_xlfn.STDEV.S(…)` in the file, `STDEV.S(…)` on screen. Written without it, Excel shows #NAME? until the user
// retypes the formula. The writer adds the prefix wherever it writes a formula.
//
// Source: [MS-XLSX] "Excel (.xlsx) Extensions to the Office Open XML SpreadsheetML File Format", §2.2.2 Formulas,
// the future-function-identifier rule (Excel 2010 to 2016 functions), and the same rule's later additions for the
// dynamic-array and text functions of Excel 2021 and Microsoft 365 (FILTER and SORT also carry `_xlws.`).
// NETWORKDAYS.INTL, WORKDAY.INTL and ECMA.CEILING are listed there without a prefix and are not here.

const XLFN = "_xlfn.";

const EXCEL_2010_TO_2016 = [
  "ACOT", "ACOTH", "AGGREGATE", "ARABIC", "BASE", "BETA.DIST", "BETA.INV", "BINOM.DIST", "BINOM.DIST.RANGE",
  "BINOM.INV", "BITAND", "BITLSHIFT", "BITOR", "BITRSHIFT", "BITXOR", "CEILING.MATH", "CEILING.PRECISE",
  "CHISQ.DIST", "CHISQ.DIST.RT", "CHISQ.INV", "CHISQ.INV.RT", "CHISQ.TEST", "COMBINA", "CONCAT",
  "CONFIDENCE.NORM", "CONFIDENCE.T", "COT", "COTH", "COVARIANCE.P", "COVARIANCE.S", "CSC", "CSCH", "DAYS",
  "DECIMAL", "ERF.PRECISE", "ERFC.PRECISE", "EXPON.DIST", "F.DIST", "F.DIST.RT", "F.INV", "F.INV.RT", "F.TEST",
  "FILTERXML", "FLOOR.MATH", "FLOOR.PRECISE", "FORECAST.ETS", "FORECAST.ETS.CONFINT", "FORECAST.ETS.SEASONALITY",
  "FORECAST.ETS.STAT", "FORECAST.LINEAR", "FORMULATEXT", "GAMMA", "GAMMA.DIST", "GAMMA.INV", "GAMMALN.PRECISE",
  "GAUSS", "HYPGEOM.DIST", "IFNA", "IFS", "IMCOSH", "IMCOT", "IMCSC", "IMCSCH", "IMSEC", "IMSECH", "IMSINH",
  "IMTAN", "ISFORMULA", "ISOWEEKNUM", "LOGNORM.DIST", "LOGNORM.INV", "MAXIFS", "MINIFS", "MODE.MULT",
  "MODE.SNGL", "MUNIT", "NEGBINOM.DIST", "NORM.DIST", "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "NUMBERVALUE",
  "PDURATION", "PERCENTILE.EXC", "PERCENTILE.INC", "PERCENTRANK.EXC", "PERCENTRANK.INC", "PERMUTATIONA", "PHI",
  "POISSON.DIST", "QUARTILE.EXC", "QUARTILE.INC", "QUERYSTRING", "RANK.AVG", "RANK.EQ", "RRI", "SEC", "SECH",
  "SHEET", "SHEETS", "SKEW.P", "STDEV.P", "STDEV.S", "SWITCH", "T.DIST", "T.DIST.2T", "T.DIST.RT", "T.INV",
  "T.INV.2T", "T.TEST", "TEXTJOIN", "UNICHAR", "UNICODE", "VAR.P", "VAR.S", "WEBSERVICE", "WEIBULL.DIST", "XOR",
  "Z.TEST",
]; // prettier-ignore

const EXCEL_2021_AND_LATER = [
  "ANCHORARRAY", "ARRAYTOTEXT", "BYCOL", "BYROW", "CHOOSECOLS", "CHOOSEROWS", "DROP", "EXPAND", "HSTACK",
  "ISOMITTED", "MAKEARRAY", "MAP", "RANDARRAY", "REDUCE", "SCAN", "SEQUENCE", "SINGLE", "SORTBY", "TAKE",
  "TEXTAFTER", "TEXTBEFORE", "TEXTSPLIT", "TOCOL", "TOROW", "UNIQUE", "VALUETOTEXT", "VSTACK", "WRAPCOLS",
  "WRAPROWS", "XLOOKUP", "XMATCH",
]; // prettier-ignore

/** The prefix each future function takes in the file, by its name as typed in Excel. */
export const FUTURE_FUNCTION_PREFIX: ReadonlyMap<string, string> = new Map([
  ...EXCEL_2010_TO_2016.map((name) => [name, XLFN] as const),
  ...EXCEL_2021_AND_LATER.map((name) => [name, XLFN] as const),
  ["FILTER", `${XLFN}_xlws.`],
  ["SORT", `${XLFN}_xlws.`],
]);

/**
 * LET and LAMBDA also need `_xlpm.` before each parameter name, which means parsing their arguments: the writer
 * refuses them rather than write a formula Excel would repair.
 */
const UNSUPPORTED = new Set(["LET", "LAMBDA"]);

interface FunctionCall {
  /** Where the name starts and ends in the formula (the "(" follows at `end`). */
  readonly start: number;
  readonly end: number;
  /** The name as written, prefixes included ("_xlfn.STDEV.S"). */
  readonly written: string;
}

/** A name's first character: a letter, "_" or "\\". */
function startsName(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 92;
}

/** A name's other characters: those, digits and ".". */
function continuesName(code: number): boolean {
  return startsName(code) || (code >= 48 && code <= 57) || code === 46;
}

const OPENING_PARENTHESIS = 40;

/** Function names followed by "(", outside string literals, quoted sheet names and [structured references]. */
function functionCalls(formula: string): FunctionCall[] {
  const calls: FunctionCall[] = [];
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      // A literal ends at the next lone quote; a doubled quote is an escaped one.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === char && formula[j + 1] !== char))
        j += formula[j] === char ? 2 : 1;
      i = j + 1;
    } else if (char === "[") {
      let depth = 0;
      do depth += formula[i] === "[" ? 1 : formula[i] === "]" ? -1 : 0;
      while (++i < formula.length && depth > 0);
    } else if (startsName(formula.charCodeAt(i))) {
      let end = i + 1;
      while (end < formula.length && continuesName(formula.charCodeAt(end))) end++;
      if (formula.charCodeAt(end) === OPENING_PARENTHESIS)
        calls.push({ start: i, end, written: formula.slice(i, end) });
      i = end;
    } else i++;
  }
  return calls;
}

function bareName(written: string): string {
  // Only a name that starts with "_" can carry a prefix (most are IF, ROUND, SUM…).
  return (written.startsWith("_") ? written.replace(/^_xlfn\.(_xlws\.)?/i, "") : written).toUpperCase();
}

function isPrefixed(call: FunctionCall): boolean {
  return /^_xlfn\./i.test(call.written);
}

/** The future functions of `formula` written without their prefix, e.g. ["STDEV.S"]; [] when all is well. */
export function unprefixedFutureFunctions(formula: string): string[] {
  return functionCalls(formula)
    .filter((call) => !isPrefixed(call) && FUTURE_FUNCTION_PREFIX.has(call.written.toUpperCase()))
    .map((call) => call.written.toUpperCase());
}

/**
 * Whether a formula may call a future or unsupported function: one of their names right before "(". Every call
 * functionCalls would find is such a substring, so a formula without any (most: IF, ROUND, SUM…) is stored as it
 * is, without being scanned; a name inside a text literal only costs the scan.
 */
const MAY_CALL = new RegExp(
  `(?:${[...FUTURE_FUNCTION_PREFIX.keys(), ...UNSUPPORTED]
    .map((name) => name.replace(/\./g, "\\."))
    .join("|")})\\(`,
  "i",
);

/** `formula` as stored in the file: each future function gets its prefix (kept as is when already there). */
export function withFuturePrefixes(formula: string): string {
  if (!MAY_CALL.test(formula)) return formula;
  let out = "";
  let last = 0;
  for (const call of functionCalls(formula)) {
    const name = bareName(call.written);
    if (UNSUPPORTED.has(name))
      throw new Error(`formula "${formula}": ${name} is not supported by the xlsx writer`);
    const prefix = FUTURE_FUNCTION_PREFIX.get(name);
    if (prefix === undefined || isPrefixed(call)) continue;
    out += formula.slice(last, call.start) + prefix + name;
    last = call.end;
  }
  return out + formula.slice(last);
}

/** A formula of the plan ("=STDEV.S(A1:A9)") as the file stores it: no "=", future functions prefixed. */
export function storedFormula(formula: string): string {
  return withFuturePrefixes(formula.startsWith("=") ? formula.slice(1) : formula);
}
