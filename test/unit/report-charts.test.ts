import { axisTicks, barChart, rangeChart } from "../../src/core/report";

// The reports' one chart builder: bars (the comparison's totals, the observatory's insertion hours) and quartile
// ranges. What a reader relies on: every value written as text, labels from bidders' files escaped, a long label
// shortened on the chart but whole in its tooltip, a bar's length in proportion on a scale from 0.

const tick = (value: number) => String(value);

describe("barChart", () => {
  const chart = barChart({
    title: "Totaux HT",
    description: "La ligne en tirets est le seuil.",
    bars: [
      { label: "Traiteur <script>alert(1)</script>", value: 5_000, valueText: "50,00 €", tone: "flagged" },
      { label: "ESAT Les Ateliers du Val de Loire et de la Sarthe", value: 10_000, valueText: "100,00 €" },
      { label: "Sans prix", value: null, valueText: "incomplète", tone: "muted" },
    ],
    formatTick: tick,
    reference: { value: 7_500, label: "seuil" },
  }).html;

  test("names itself and describes itself to a screen reader", () => {
    expect(chart).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Totaux HT"/);
    expect(chart).toContain("<title>Totaux HT</title><desc>La ligne en tirets est le seuil.</desc>");
  });

  test("escapes labels, never lets one become markup", () => {
    expect(chart).not.toContain("<script>");
    expect(chart).toContain("Traiteur &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test("shortens a long label on the chart and keeps it whole in the bar's tooltip", () => {
    expect(chart).toContain("<title>ESAT Les Ateliers du Val de Loire et de la Sarthe — 100,00 €</title>");
    expect(chart).toContain(">ESAT Les Ateliers du Val de…</text>");
  });

  /** The bars: every rect but the white boxes under the values. */
  const bars = () => [...chart.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*fill="(#[0-9a-f]{6})"/g)];
  const isBox = (match: RegExpMatchArray) => match[2] === "#ffffff";

  test("draws bars in proportion from 0, none for a missing value, every value written beside", () => {
    const widths = bars()
      .filter((match) => !isBox(match))
      .map((match) => Number(match[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeCloseTo(widths[0] * 2, 0);
    for (const text of ["50,00 €", "100,00 €", "incomplète", "seuil"])
      expect(chart).toContain(`>${text}</text>`);
    expect(chart).toContain('stroke-dasharray="5 4"');
  });

  test("colours a flagged bar apart, and says it in words too (its value text)", () => {
    const fills = bars()
      .filter((match) => !isBox(match))
      .map((match) => match[2]);
    expect(new Set(fills).size).toBe(2);
  });

  test("each value sits on a white box drawn over the reference line, so the line never shows between its letters", () => {
    const boxes = bars().filter(isBox);
    expect(boxes).toHaveLength(3);
    // Wider than the text it covers: "100,00 €" at 12 px is under 60 px wide.
    expect(Number(boxes[1][1])).toBeGreaterThan(60);
    const line = chart.indexOf('stroke-dasharray="5 4"');
    const box = chart.indexOf(boxes[0][0]);
    expect(line).toBeLessThan(box);
    expect(box).toBeLessThan(chart.indexOf(">50,00 €</text>"));
  });
});

test("rangeChart: a row without figures shows its note only", () => {
  const chart = rangeChart(
    "Cocktails",
    [
      { label: "6 pièces", low: 800, middle: 945, high: 1_100, note: "9,45 €" },
      { label: "8 pièces", low: null, middle: null, high: null, note: "moins de 5 grilles" },
    ],
    tick,
  ).html;
  expect([...chart.matchAll(/<rect /g)]).toHaveLength(1);
  expect(chart).toContain(">moins de 5 grilles</text>");
  expect(chart).toContain(">9,45 €</text>");
});

test("axisTicks: about four steps of 1, 2 or 5 × a power of ten, up to the highest value", () => {
  expect(axisTicks(13_110_500)).toEqual([0, 5_000_000, 10_000_000, 15_000_000]);
  expect(axisTicks(187_150)).toEqual([0, 50_000, 100_000, 150_000, 200_000]);
  expect(axisTicks(0)).toEqual([0, 1]);
});
