// A progress bar on the terminal while many files are read: on stderr, and only when stderr is a terminal (a pipe
// or a log file gets nothing, so `--json > out.json` and scripts stay clean). One line, redrawn in place.

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** `name` is about to be read; `done` items are finished. */
  step(done: number, name: string): void;
  /** Clears the line. */
  end(): void;
}

const WIDTH = 24;
const SILENT: Progress = { step: () => undefined, end: () => undefined };

/** The bar's text: "[#########---------------] 3/8 bid-c.xlsx", cut to the terminal's width. */
export function progressLine(done: number, total: number, name: string, columns = 80): string {
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  const line = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total} ${name}`;
  return line.length >= columns ? `${line.slice(0, Math.max(0, columns - 2))}…` : line;
}

/** A progress bar for `total` items, or one that shows nothing (not a terminal, or a single item). */
export function progressBar(total: number, stream: ProgressStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return SILENT;
  return {
    step: (done, name) => stream.write(`\r\u001b[K${progressLine(done, total, name, stream.columns)}`),
    end: () => stream.write("\r\u001b[K"),
  };
}
