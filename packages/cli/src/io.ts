/** Where the CLI writes; tests and embedders may pass their own. */
export interface RunIO {
  /** Writes to standard output, resolving when the stream can take more (backpressure). */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void | Promise<void>;
  /** Whether standard error is a terminal (progress lines are drawn only there). */
  readonly interactive?: boolean;
  /** Whether colours may be used (off when NO_COLOR is set or output is not a terminal). */
  readonly color?: boolean;
}

function writer(stream: NodeJS.WriteStream): (text: string) => Promise<void> {
  return (text) =>
    new Promise((resolve, reject) => {
      if (text === '') return resolve();
      if (stream.write(text)) resolve();
      else stream.once('drain', resolve).once('error', reject);
    });
}

/** The process's own streams. */
export function processIO(): RunIO {
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    interactive: Boolean(process.stderr.isTTY),
    color: !process.env.NO_COLOR && Boolean(process.stdout.isTTY),
  };
}

/** Exit codes: 0 fine, 1 problems found in the input, 2 misuse. */
export const EXIT = { ok: 0, problems: 1, misuse: 2 } as const;

/** A mistake in how the command was called: reported with a hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A progress line on standard error, redrawn in place, for batches at a terminal. */
export function progressLine(io: RunIO, label: string): { update(done: number, total: number | null): void; clear(): void } {
  let shown = false;
  return {
    update(done, total) {
      if (!io.interactive) return;
      shown = true;
      void io.stderr(`\r${label} ${done}${total === null ? '' : `/${total}`}`);
    },
    clear() {
      if (shown) void io.stderr('\r\x1b[K');
    },
  };
}
