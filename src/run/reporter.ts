// Diagnostics on stderr: one line per problem, optional --debug lines, and a progress bar
// only when stderr is a terminal (never on a pipe, in CI, or with --quiet).
import { Chalk } from 'chalk';

export interface Reporter {
  error(line: string): void;
  warn(line: string): void;
  debug(line: string): void;
  /** whether a progress bar is shown, so the caller counts the inputs for its total */
  readonly showsProgress: boolean;
  setTotal(total: number): void;
  tick(ok: boolean): void;
  done(): void;
}

export interface ReporterOptions {
  quiet: boolean;
  debug: boolean;
}

interface Bar {
  update(done: number, payload: object): void;
  setTotal(total: number): void;
  stop(): void;
}

export function makeReporter(options: ReporterOptions): Reporter {
  const color = process.stderr.isTTY && !process.env.NO_COLOR;
  const c = new Chalk({ level: color ? 1 : 0 });
  const showsProgress = !options.quiet && process.stderr.isTTY === true && !process.env.CI;
  const started = performance.now();
  let bar: Bar | null = null;
  let loading = false;
  let total = 0;
  let done = 0;
  let failed = 0;
  const write = (line: string): void => {
    if (bar) {
      // cli-progress redraws after the line
      process.stderr.write(`\r\x1b[2K${line}\n`);
    } else process.stderr.write(`${line}\n`);
  };
  const draw = (): void => {
    // the bar appears once the run has lasted a second and the total is known
    if (!showsProgress || total === 0 || performance.now() - started < 1000) return;
    if (!bar && !loading) {
      loading = true;
      void import('cli-progress').then(({ default: progress }) => {
        const b = new progress.SingleBar(
          { format: 'dvk {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {failed} failed', stream: process.stderr, hideCursor: true, etaBuffer: 200 },
          progress.Presets.shades_classic,
        );
        b.start(total, done, { rate: '0', failed });
        bar = { update: (v, p) => b.update(v, p), setTotal: (t) => b.setTotal(t), stop: () => b.stop() };
      });
      return;
    }
    const secs = (performance.now() - started) / 1000;
    bar?.update(done, { rate: (done / secs).toFixed(0), failed });
  };
  return {
    error: (line) => write(`${c.red('dvk: error:')} ${line}`),
    warn: (line) => { if (!options.quiet) write(`${c.yellow('dvk: warning:')} ${line}`); },
    debug: (line) => { if (options.debug) write(c.dim(`dvk: debug: ${line}`)); },
    showsProgress,
    setTotal(t) {
      total = t;
      bar?.setTotal(t);
      draw();
    },
    tick(ok) {
      done++;
      if (!ok) failed++;
      draw();
    },
    done() {
      if (bar) {
        bar.update(done, { rate: (done / ((performance.now() - started) / 1000)).toFixed(0), failed });
        bar.stop();
      }
    },
  };
}
