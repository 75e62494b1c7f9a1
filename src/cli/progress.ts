// Progress for long CLI stages, on stderr so stdout stays clean for summaries and pipes.
// On a terminal one line is redrawn in place; elsewhere (CI logs, files) a line is printed at each
// tenth of the way, so a log of a 10,000-article build stays short.

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Ends the progress display (clears the redrawn line on a terminal). */
  finish(): void;
}

export interface ProgressOptions {
  label: string;
  stream: ProgressStream;
  enabled: boolean;
  /** Milliseconds between redraws on a terminal. */
  intervalMs?: number;
}

const NO_PROGRESS: Progress = { update: () => undefined, finish: () => undefined };

export function createProgress({ label, stream, enabled, intervalMs = 100 }: ProgressOptions): Progress {
  if (!enabled) return NO_PROGRESS;
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done, total) {
      if (total <= 0) return;
      const pct = Math.min(100, Math.floor((100 * done) / total));
      if (tty) {
        const now = Date.now();
        if (done < total && now - lastDraw < intervalMs) return;
        lastDraw = now;
        stream.write(`\r\x1b[K${label} ${done}/${total} (${pct}%)`);
        drawn = true;
        return;
      }
      const tenth = Math.floor(pct / 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${label} ${done}/${total} (${pct}%)\n`);
    },
    finish() {
      if (tty && drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}
