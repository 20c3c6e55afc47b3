import { evaluateFormula, formulaCents, rationalOf, type CellContent } from "../helpers/formula-eval";

// The test-only reader of R8 formulas follows Excel's rules; these cases pin the ones the pricing formulas use.

const cells: Record<string, CellContent> = { PRICE: 9.6, BLANK: null, TEXT: "non proposé", RATE: 0.055 };
const value = (formula: string) => evaluateFormula(formula, cells);
const number = (formula: string) => {
  const result = value(formula);
  if (result.kind !== "number") throw new Error(`${formula} gives ${JSON.stringify(result)}`);
  return `${result.value.n}/${result.value.d}`;
};

describe("exact numbers and Excel's rounding", () => {
  test("decimals are read exactly, never as floats", () => {
    expect(rationalOf(9.6)).toEqual({ n: 48n, d: 5n });
    expect(rationalOf("1e-7")).toEqual({ n: 1n, d: 10_000_000n });
    expect(number("0.1+0.2")).toBe("3/10");
  });

  test("ROUND is half away from zero on the exact value: 1.005 → 1.01, 24.475 → 24.48, −2.5 → −3", () => {
    expect(number("ROUND(1.005,2)")).toBe("101/100");
    expect(number("ROUND(22.25*(1+0.1),2)")).toBe("612/25");
    expect(number("ROUND(-2.5,0)")).toBe("-3/1");
    expect(number("ROUND(85/30,2)")).toBe("283/100");
  });

  test("ROUNDUP rounds away from zero: 100/30 → 4, 3 → 3", () => {
    expect(number("ROUNDUP(100/30,0)")).toBe("4/1");
    expect(number("ROUNDUP(3,0)")).toBe("3/1");
  });

  test("precedence: × and ÷ before + and −, left to right, comparisons last", () => {
    expect(number("1+2*3")).toBe("7/1");
    expect(number("(1+2)*3")).toBe("9/1");
    expect(number("10/4/5")).toBe("1/2");
    expect(number("-2*3+1")).toBe("-5/1");
    expect(value("1+2*3>=7")).toEqual({ kind: "boolean", value: true });
  });
});

describe("cells, errors and functions", () => {
  test("a blank cell is 0 in arithmetic, text is #VALUE!, an unknown name #NAME?", () => {
    expect(number("BLANK+1")).toBe("1/1");
    expect(value("TEXT+1")).toEqual({ kind: "error", code: "#VALUE!" });
    expect(value("NOPE")).toEqual({ kind: "error", code: "#NAME?" });
  });

  test("ISNUMBER is true for a number only", () => {
    expect(["PRICE", "BLANK", "TEXT", "NA()"].map((arg) => value(`ISNUMBER(${arg})`))).toEqual(
      [true, false, false, false].map((holds) => ({ kind: "boolean", value: holds })),
    );
  });

  test("IF evaluates only the branch taken; errors pass through arithmetic", () => {
    expect(number("IF(ISNUMBER(PRICE),PRICE,NA())")).toBe("48/5");
    expect(value("IF(ISNUMBER(BLANK),BLANK,NA())")).toEqual({ kind: "error", code: "#N/A" });
    expect(value("NA()+1")).toEqual({ kind: "error", code: "#N/A" });
    expect(value("1/BLANK")).toEqual({ kind: "error", code: "#DIV/0!" });
  });

  test("AND evaluates every argument: a threshold that is blank or text is not reached, an error wins", () => {
    expect(value("AND(ISNUMBER(BLANK),5>=BLANK)")).toEqual({ kind: "boolean", value: false });
    expect(value("AND(ISNUMBER(TEXT),5>=TEXT)")).toEqual({ kind: "boolean", value: false });
    expect(value("AND(ISNUMBER(PRICE),10>=PRICE)")).toEqual({ kind: "boolean", value: true });
    expect(value("AND(ISNUMBER(BLANK),NA()>=BLANK)")).toEqual({ kind: "error", code: "#N/A" });
  });

  test("MAX ignores blank and text cells, not errors", () => {
    expect(number("MAX(3,BLANK)")).toBe("3/1");
    expect(number("MAX(3,TEXT)")).toBe("3/1");
    expect(number("MAX(3,4.5)")).toBe("9/2");
    expect(value("MAX(3,NA())")).toEqual({ kind: "error", code: "#N/A" });
  });

  test("text comparison ignores case; a rate cell reads exactly", () => {
    expect(value('"paris"="PARIS"')).toEqual({ kind: "boolean", value: true });
    expect(number("1+RATE")).toBe("211/200");
  });

  test("formulaCents gives whole cents or the error code", () => {
    expect(formulaCents("=ROUND(15.23*1.1,2)+3.6", cells)).toBe(2035);
    expect(formulaCents("ROUND(NA(),2)", cells)).toBe("#N/A");
    expect(() => formulaCents("1/3", cells)).toThrow(/not whole cents/);
  });
});
