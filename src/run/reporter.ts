// Diagnostics on stderr: one line per problem, optional --debug lines, and a progress bar
// only when stderr is a terminal and the run is long (never on a pipe or in CI).
import { Chalk } from 'chalk';

export interface Reporter {
  error(line: string): void;
  warn(line: string): void;
  debug(line: string): void;
  tick(ok: boolean): void;
  done(): void;
}

export interface ReporterOptions {
  quiet: boolean;
  debug: boolean;
}

export function makeReporter(options: ReporterOptions): Reporter {
  const color = process.stderr.isTTY && !process.env.NO_COLOR;
  const c = new Chalk({ level: color ? 1 : 0 });
  const write = (line: string): void => {
    progress?.clear();
    process.stderr.write(`${line}\n`);
  };
  const progress = !options.quiet && process.stderr.isTTY && !process.env.CI ? makeProgress() : null;
  return {
    error: (line) => write(`${c.red('dvk: error:')} ${line}`),
    warn: (line) => { if (!options.quiet) write(`${c.yellow('dvk: warning:')} ${line}`); },
    debug: (line) => { if (options.debug) write(c.dim(`dvk: debug: ${line}`)); },
    tick: (ok) => progress?.tick(ok),
    done: () => progress?.stop(),
  };
}

// A line redrawn in place: files done, rate; shown after the first second only.
function makeProgress(): { tick(ok: boolean): void; clear(): void; stop(): void } {
  const started = performance.now();
  let done = 0;
  let failed = 0;
  let shown = false;
  let last = 0;
  const draw = (): void => {
    const secs = (performance.now() - started) / 1000;
    const rate = done / Math.max(secs, 0.001);
    process.stderr.write(`\r\x1b[2Kdvk: ${done} files (${failed} failed), ${rate.toFixed(0)} files/s, ${secs.toFixed(0)} s`);
    shown = true;
  };
  return {
    tick(ok) {
      done++;
      if (!ok) failed++;
      const now = performance.now();
      if (now - started > 1000 && now - last > 100) { last = now; draw(); }
    },
    clear() { if (shown) process.stderr.write('\r\x1b[2K'); },
    stop() { if (shown) { draw(); process.stderr.write('\n'); } },
  };
}
