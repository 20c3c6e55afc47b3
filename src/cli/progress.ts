// A progress bar for long runs (grille collect on hundreds of files), on stderr and only on a terminal: a pipe or a
// log file gets nothing of it, so stdout stays clean JSON and logs stay readable. One line, redrawn in place.

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** `done` of `total` finished; `label` says what is being read. */
  update(done: number, total: number, label: string): void;
  /** Clears the line, so what follows starts on a clean one. */
  end(): void;
}

const BAR_WIDTH = 24;
const NO_PROGRESS: Progress = { update: () => undefined, end: () => undefined };

/** "[##########--------------]  42/100 grille-042.xlsx", cut to the terminal's width. */
export function progressLine(done: number, total: number, label: string, columns = 80): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`;
  const count = `${String(done).padStart(String(total).length)}/${total}`;
  const line = `${bar} ${count} ${label}`;
  return line.length < columns ? line : `${line.slice(0, Math.max(0, columns - 2))}…`;
}

/** A progress bar on `stream` when it is a terminal; otherwise one that writes nothing. */
export function createProgress(stream: ProgressStream): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  let last = 0;
  return {
    update(done, total, label) {
      // Redrawing a terminal line thousands of times a second costs more than the work it reports.
      const now = Date.now();
      if (done < total && now - last < 80) return;
      last = now;
      stream.write(`\r\u001b[2K${progressLine(done, total, label, stream.columns ?? 80)}`);
    },
    end() {
      stream.write("\r\u001b[2K");
    },
  };
}
