// Where a JSON text stops parsing, as a person counts: line and column from 1. Node's SyntaxError gives a position
// ("… at position 12", or "(line 1 column 13)" in newer versions); without one, the end of the text.

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export function jsonErrorPosition(text: string, error: unknown): TextPosition {
  const message = error instanceof Error ? error.message : "";
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Math.min(Number(position[1]), text.length) : text.length;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
