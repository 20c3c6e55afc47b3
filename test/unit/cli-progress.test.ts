import { progressBar, progressLine } from "../../src/cli/progress";

// The progress bar of `grille compare`: drawn on stderr only when it is a terminal, one line redrawn in place.

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 60, write: (text: string) => written.push(text), written };
}

test("a bar, the count and the file being read, cut to the terminal's width", () => {
  expect(progressLine(3, 8, "bid-c.xlsx")).toBe("[#########---------------] 3/8 bid-c.xlsx");
  expect(progressLine(8, 8, "x")).toBe(`[${"#".repeat(24)}] 8/8 x`);
  expect(progressLine(0, 20, "a".repeat(100), 40)).toHaveLength(39);
});

test("on a terminal: redrawn in place, cleared at the end", () => {
  const tty = stream(true);
  const bar = progressBar(20, tty);
  bar.step(0, "a.xlsx");
  bar.step(1, "b.xlsx");
  bar.end();
  expect(tty.written).toEqual([
    `\r\u001b[K${progressLine(0, 20, "a.xlsx", 60)}`,
    `\r\u001b[K${progressLine(1, 20, "b.xlsx", 60)}`,
    "\r\u001b[K",
  ]);
});

test("nothing in a pipe or a file, nor for a single bid", () => {
  for (const [target, total] of [
    [stream(false), 20],
    [stream(true), 1],
  ] as const) {
    const bar = progressBar(total, target);
    bar.step(0, "a.xlsx");
    bar.end();
    expect(target.written).toEqual([]);
  }
});
