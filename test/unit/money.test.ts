import fc from "fast-check";
import {
  basisPoints,
  cents,
  centsFromEuroNumber,
  centsFromEuroText,
  centsToDecimalText,
  centsToEuroNumber,
  divRound,
  euroTick,
  formatAxisEuros,
  formatEuros,
  formatRate,
  vatOf,
  withVat,
} from "../../src/core/money";

describe("rounding half away from zero on integers", () => {
  test.each([
    [5, 2, 3],
    [-5, 2, -3],
    [4, 3, 1],
    [5, 3, 2],
    [1, 4, 0],
    [2, 4, 1],
    [-2, 4, -1],
    [8500, 30, 283],
    [0, 7, 0],
  ])("%i / %i → %i", (numerator, denominator, expected) => {
    expect(divRound(numerator, denominator)).toBe(expected);
  });

  test("the standard's trap: 22.25 × 1.10 = 24.475 gives 24.48 (floats would give 24.47 or 24.48 by luck)", () => {
    expect(withVat(cents(2225), basisPoints(1000))).toBe(2448);
  });

  test.each([
    [100, 550, 106], // 1.055 → 1.06
    [1365, 1000, 1502], // 15.015 → 15.02
    [1523, 1000, 1675],
    [300, 2000, 360],
  ])("withVat(%i, %i bp) = %i", (ht, rate, ttc) => {
    expect(withVat(cents(ht), basisPoints(rate))).toBe(ttc);
  });

  test("R7 VAT on a total: 6 647.50 at 10 % = 664.75", () => {
    expect(vatOf(cents(664750), basisPoints(1000))).toBe(66475);
  });

  test("property: divRound equals the exact rational rounding computed with BigInt", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divRound(n, d);
        // |n/d − q| ≤ 1/2, and exactly 1/2 only when q is farther from zero.
        const twice = 2n * (BigInt(n) - BigInt(q) * BigInt(d));
        const abs = twice < 0n ? -twice : twice;
        expect(abs <= BigInt(d)).toBe(true);
        if (abs === BigInt(d)) expect(Math.abs(q) * d).toBeGreaterThan(Math.abs(n));
      }),
    );
  });

  test("a fraction of a cent is a programming error, thrown", () => {
    expect(() => divRound(1.5, 2)).toThrow(RangeError);
    expect(() => divRound(1, 0)).toThrow(RangeError);
  });
});

describe("euros from JSON numbers, exactly", () => {
  test.each([
    [9.6, 960],
    [0.07, 7],
    [0.29, 29], // 0.29 × 100 = 28.999999999999996 as floats
    [1.005, "decimals"],
    [12.5, 1250],
    [1500, 150000],
    [0, 0],
    [-0, 0],
    [-1, "negative"],
    [NaN, "not-a-number"],
    [1e-7, "decimals"],
    [2e3, 200000],
    [1e15, "too-large"],
  ])("%p → %p", (value, expected) => {
    const result = centsFromEuroNumber(value);
    expect(result.ok ? result.cents : result.reason).toBe(expected);
  });

  test("property: every amount of cents survives cents → euro number → cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000 }), (value) => {
        const result = centsFromEuroNumber(centsToEuroNumber(cents(value)));
        expect(result).toEqual({ ok: true, cents: value });
      }),
    );
  });
});

describe("euros typed as French or English text", () => {
  test.each([
    ["12,50 €", 1250],
    ["12,5", 1250],
    ["1 234,50", 123450],
    ["1\u00a0234,50\u00a0€", 123450],
    ["1\u202f234,5 €", 123450],
    ["€12.50", 1250],
    ["1,234.50", 123450],
    ["1.234,50", 123450],
    ["1.234.567", 123456700],
    ["EUR 45", 4500],
    ["45 euros", 4500],
    ["  7 ", 700],
    ["0,07", 7],
  ])("%p → %p cents", (text, cents) => {
    expect(centsFromEuroText(text)).toEqual({ ok: true, cents });
  });

  test.each([
    ["12,345", "decimals"],
    ["1.234", "decimals"],
    ["-12,50", "negative"],
    ["−3 €", "negative"],
    ["", "not-a-number"],
    ["douze", "not-a-number"],
    ["12 34", "not-a-number"],
    ["12,50,3", "not-a-number"],
    ["1,23.5", "not-a-number"],
    ["12,", "not-a-number"],
    ["NaN", "not-a-number"],
    ["12 €50", "not-a-number"],
  ])("%p is rejected: %s", (text, reason) => {
    expect(centsFromEuroText(text)).toEqual({ ok: false, reason });
  });

  test("property: a formatted amount reads back to the same cents, in both languages", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000 }), (value) => {
        expect(centsFromEuroText(formatEuros(cents(value), "fr"))).toEqual({ ok: true, cents: value });
        expect(centsFromEuroText(formatEuros(cents(value), "en"))).toEqual({ ok: true, cents: value });
      }),
    );
  });
});

describe("formatting", () => {
  test.each([
    [2448, "24,48\u00a0€", "€24.48"],
    [123450, "1\u00a0234,50\u00a0€", "€1,234.50"],
    [5, "0,05\u00a0€", "€0.05"],
    [-1250, "-12,50\u00a0€", "-€12.50"],
    [100000000, "1\u00a0000\u00a0000,00\u00a0€", "€1,000,000.00"],
  ])("%i cents → %p / %p", (amount, fr, en) => {
    expect(formatEuros(cents(amount), "fr")).toBe(fr);
    expect(formatEuros(cents(amount), "en")).toBe(en);
  });

  test.each([
    [5_000_000, "50\u00a0000\u00a0€", "€50,000"],
    [0, "0\u00a0€", "€0"],
    [1_050, "10,50\u00a0€", "€10.50"],
  ])("on a chart's axis, %i cents → %p / %p (whole euros without their cents)", (amount, fr, en) => {
    expect(formatAxisEuros(cents(amount), "fr")).toBe(fr);
    expect(formatAxisEuros(cents(amount), "en")).toBe(en);
  });

  test("a chart's tick on a scale in cents is rounded to the cent, then written as on an axis", () => {
    expect(euroTick("fr")(4_999.6)).toBe("50\u00a0€");
    expect(euroTick("en")(1_049.5)).toBe("€10.50");
  });

  test("decimal text for JSON and formulas, rates in words", () => {
    expect(centsToDecimalText(cents(960))).toBe("9.60");
    expect(centsToEuroNumber(cents(960))).toBe(9.6);
    expect(formatRate(basisPoints(550), "fr")).toBe("5,5\u00a0%");
    expect(formatRate(basisPoints(1000), "en")).toBe("10%");
  });
});
