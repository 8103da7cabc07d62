// Progress of `data update` on stderr: which file of how many, and its bytes so far. Only on a
// terminal (a pipe or a CI log gets nothing), redrawn in place at most every 100 ms, and erased
// when done so the messages and the report that follow start on a clean line.
import { formatDecimal } from '../domain/words.js';

export interface UpdateProgress {
  /** A new step: "page 1 of 4: Nationwide Encounters", "file 2 of 4: sbo-encounters-fy22-fy25-aug.csv". */
  step(label: string): void;
  bytes(received: number, total: number | undefined): void;
  done(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export const NO_PROGRESS: UpdateProgress = { step() {}, bytes() {}, done() {} };

export function terminalProgress(stream: ProgressStream, now: () => number = Date.now): UpdateProgress {
  if (stream.isTTY !== true) return NO_PROGRESS;
  let label = '';
  let shown = 0;
  let lastDraw = -Infinity;
  const draw = (text: string) => {
    // Spaces, not an erase sequence: TERM=dumb terminals honour a carriage return but not escapes.
    stream.write(`\r${text.padEnd(shown)}`);
    shown = text.length;
    lastDraw = now();
  };
  return {
    step(next) {
      label = `data update: ${next}`;
      draw(label);
    },
    bytes(received, total) {
      if (now() - lastDraw < 100 && received !== total) return;
      draw(`${label}: ${byteSize(received)}${total !== undefined ? ` of ${byteSize(total)}` : ''}`);
    },
    done() {
      if (shown > 0) stream.write(`\r${''.padEnd(shown)}\r`);
      shown = 0;
    },
  };
}

/** 812 bytes, 3.1 MB (decimal megabytes, as browsers show downloads). */
export function byteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${formatDecimal(bytes / 1000, 1)} kB`;
  return `${formatDecimal(bytes / 1_000_000, 1)} MB`;
}
