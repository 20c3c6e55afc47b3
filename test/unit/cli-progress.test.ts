import { createProgress, progressLine } from "../../src/cli/progress";

// The progress bar of `grille compare` and `grille collect`: drawn on stderr only when it is a terminal, one line
// redrawn in place.

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 60, write: (text: string) => written.push(text), written };
}

test("a bar, the count and the file being read, cut to the terminal's width", () => {
  expect(progressLine(3, 8, "bid-c.xlsx")).toBe("[#########---------------] 3/8 bid-c.xlsx");
  expect(progressLine(8, 8, "x")).toBe(`[${"#".repeat(24)}] 8/8 x`);
  expect(progressLine(3, 20, "a")).toBe(`[${"#".repeat(4)}${"-".repeat(20)}]  3/20 a`);
  expect(progressLine(0, 20, "a".repeat(100), 40)).toHaveLength(39);
});

test("on a terminal: drawn, then cleared at the end", () => {
  const tty = stream(true);
  const bar = createProgress(tty);
  bar.update(0, 20, "a.xlsx");
  bar.end();
  expect(tty.written).toEqual([`\r\u001b[2K${progressLine(0, 20, "a.xlsx", 60)}`, "\r\u001b[2K"]);
});

test("nothing in a pipe or a file", () => {
  const pipe = stream(false);
  const bar = createProgress(pipe);
  bar.update(0, 20, "a.xlsx");
  bar.end();
  expect(pipe.written).toEqual([]);
});
