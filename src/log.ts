// A tiny levelled logger to stderr: stdout belongs to machine-readable results.

export type Logger = {
  error: (msg: string, extra?: unknown) => void;
  warn: (msg: string, extra?: unknown) => void;
  info: (msg: string, extra?: unknown) => void;
  debug: (msg: string, extra?: unknown) => void;
};

const order = ['silent', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof order)[number];

/** Creates a logger that writes lines at or above `level` to stderr. */
export function createLogger(level: LogLevel): Logger {
  const threshold = order.indexOf(level);
  const write = (lvl: Exclude<LogLevel, 'silent'>) => (msg: string, extra?: unknown) => {
    if (order.indexOf(lvl) > threshold) return;
    const suffix = extra === undefined ? '' : ` ${extra instanceof Error ? (extra.stack ?? extra.message) : JSON.stringify(extra)}`;
    process.stderr.write(`${new Date().toISOString()} ${lvl} ${msg}${suffix}\n`);
  };
  return { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') };
}
