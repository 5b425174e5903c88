// dvk's command line: commander parses, a command runs, process.exitCode is set.
// Exit status: 0 everything read; 1 some inputs could not be read or parsed (or an eval
// bound was missed); 2 bad usage. Data goes to stdout, diagnostics to stderr.
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Metric } from './eval/report.js';
import type { Format } from './write/writers.js';
import type { Table } from './write/rows.js';

// Only commander loads at startup ("dvk --version" stays near "node -e 0"); each command
// imports what it needs when it runs.

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

class UsageError extends Error {}

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} takes a whole number of 1 or more`);
    return n;
  };
}

const program = new Command('dvk')
  .description('Extract dates, officials and award counts from Vietnamese "Dân vận khéo" news reports')
  .version(version, '-V, --version')
  .exitOverride()
  .showHelpAfterError('(dvk --help for usage)')
  .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

program
  .command('extract')
  .description('read articles and write one fact record per article')
  .argument('[input...]', 'files, directories (.txt/.html/.htm, recursive), quoted globs, or - for stdin')
  .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout; the format follows its extension')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'json', 'jsonl']))
  .addOption(new Option('--table <table>', 'CSV rows: one per award, official or article').choices(['awards', 'officials', 'articles']).default('awards'))
  .option('--encoding <name>', 'force the input encoding (utf-8, utf-16le, utf-16be, windows-1258, viscii, tcvn3, vni-windows)')
  .option('--files-from <list>', 'read input paths, one per line, from LIST (- for stdin)')
  .option('-j, --jobs <n>', 'worker threads', positiveInt('--jobs'), availableParallelism())
  .option('--max-bytes <n>', 'skip (and report) inputs larger than N bytes', positiveInt('--max-bytes'))
  .option('--bom', 'start CSV output with a UTF-8 byte-order mark (for Excel)', false)
  .option('--debug', 'print which rule produced or rejected each fact, on stderr', false)
  .option('-q, --quiet', 'no progress and no warnings on stderr (errors still show)', false)
  .action(async (inputs: string[], opts: {
    output?: string; format?: Format; table: Table; encoding?: string; filesFrom?: string; jobs: number;
    maxBytes?: number; bom: boolean; debug: boolean; quiet: boolean;
  }) => {
    const [{ extractCommand }, { makeReporter }] = await Promise.all([import('./run/extract-command.js'), import('./run/reporter.js')]);
    const debug = opts.debug || process.env.DVK_DEBUG === '1';
    if (opts.encoding) await checkEncoding(opts.encoding);
    let list = inputs;
    if (list.length === 0 && !opts.filesFrom) {
      if (process.stdin.isTTY) throw new UsageError('no input: name files or directories, or pipe an article into dvk extract');
      list = ['-'];
    }
    process.exitCode = await extractCommand({
      inputs: list,
      output: opts.output,
      format: opts.format,
      table: opts.table,
      encoding: opts.encoding,
      filesFrom: opts.filesFrom,
      jobs: opts.jobs,
      maxBytes: opts.maxBytes,
      bom: opts.bom,
      debug,
      reporter: makeReporter({ quiet: opts.quiet, debug }),
    });
  });

program
  .command('eval')
  .description('score extraction against gold files: precision, recall and F1 per field and per file')
  .argument('[input...]', 'articles to score (default: those the gold files name)')
  .requiredOption('--gold <dir>', 'directory of gold JSON files (format: shared/seeds/README.md)')
  .option('--min <FIELD=VALUE>', 'exit 1 when FIELD is below VALUE (repeatable; e.g. award_f1=0.98, date=97%)', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'))
  .option('-v, --verbose', 'list every miss under its file', false)
  .option('--encoding <name>', 'force the input encoding')
  .action(async (inputs: string[], opts: { gold: string; min: string[]; format: 'text' | 'json'; verbose: boolean; encoding?: string }) => {
    const { parseBound } = await import('./eval/report.js');
    const bounds: Array<[Metric, number]> = opts.min.map(parseBound);
    const [{ evalCommand }, { makeReporter }] = await Promise.all([import('./run/eval-command.js'), import('./run/reporter.js')]);
    process.exitCode = await evalCommand({
      gold: opts.gold,
      inputs,
      bounds,
      format: opts.format,
      verbose: opts.verbose,
      encoding: opts.encoding,
      reporter: makeReporter({ quiet: true, debug: false }),
    });
  });

async function checkEncoding(name: string): Promise<void> {
  const { canonicalEncoding } = await import('./read/encoding-names.js');
  try {
    canonicalEncoding(name);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

// for the benchmark: peak memory of the whole process, worker threads included
if (process.env.DVK_REPORT_RSS) {
  process.on('exit', () => process.stderr.write(`dvk: max-rss-kb ${process.resourceUsage().maxRSS}\n`));
}

// a closed pipe ("dvk extract … | head") ends the run quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // help and version are not errors; every other commander error is bad usage
    process.exitCode = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
  } else if (e instanceof UsageError || (e instanceof Error && e.name === 'BoundError')) {
    process.stderr.write(`dvk: ${e.message}\n`);
    process.exitCode = 2;
  } else if (e instanceof Error && e.name === 'GoldError') {
    process.stderr.write(`dvk: error: ${e.message}\n`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
