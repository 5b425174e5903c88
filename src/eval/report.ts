// Per-file and overall figures of an evaluation run, and the --min bounds they are held to.
import { f1, type FileScore, type Tally } from './score.js';

export const METRICS = ['award_f1', 'award_level_f1', 'level_accuracy', 'form_accuracy', 'date_accuracy', 'official_f1', 'title_f1', 'recipient_f1', 'organizer_accuracy'] as const;
export type Metric = (typeof METRICS)[number];
const ALIASES: Record<string, Metric> = {
  award: 'award_f1', awards: 'award_f1', award_f1: 'award_f1',
  award_level: 'award_level_f1', award_level_f1: 'award_level_f1', level_f1: 'award_level_f1',
  level: 'level_accuracy', level_accuracy: 'level_accuracy',
  form: 'form_accuracy', form_accuracy: 'form_accuracy',
  date: 'date_accuracy', date_accuracy: 'date_accuracy',
  official: 'official_f1', officials: 'official_f1', official_f1: 'official_f1', name: 'official_f1', names: 'official_f1',
  title: 'title_f1', titles: 'title_f1', title_f1: 'title_f1',
  recipient: 'recipient_f1', recipients: 'recipient_f1', recipient_f1: 'recipient_f1',
  organizer: 'organizer_accuracy', organizer_accuracy: 'organizer_accuracy',
};

export class BoundError extends Error {
  override name = 'BoundError';
}

/** "award_f1=0.98", "date=97%", "titles=92" → [metric, fraction]. */
export function parseBound(spec: string): [Metric, number] {
  const m = /^(?<name>[a-z_0-9]+)=(?<value>\d+(?:\.\d+)?)(?<pct>%?)$/u.exec(spec.trim());
  const metric = m ? ALIASES[m.groups!.name!] : undefined;
  if (!m || !metric) throw new BoundError(`--min ${spec}: expected FIELD=VALUE with FIELD one of ${METRICS.join(', ')}`);
  // a fraction (0.98) or a percentage with its sign (98%)
  let value = Number(m.groups!.value);
  if (m.groups!.pct) value /= 100;
  if (value > 1) throw new BoundError(`--min ${spec}: a bound is a fraction from 0 to 1, or a percentage with % (at most 100%)`);
  return [metric, value];
}

export interface Summary {
  files: number;
  metrics: Record<Metric, number>;
  counts: { awards: Tally; awardsLevel: Tally; officials: Tally; titles: Tally; recipients: Tally; levelOf: number; formOf: number; dates: number; organizers: number };
  perFile: Array<{ file: string; metrics: Record<Metric, number>; misses: string[] }>;
  missingGold: string[];
  missingInput: string[];
}

function add(a: Tally, b: Tally): Tally {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

function metricsOf(scores: FileScore[]): Record<Metric, number> {
  const zero = { tp: 0, fp: 0, fn: 0 };
  const sum = (k: 'awards' | 'awardsLevel' | 'officials' | 'titles' | 'recipients'): Tally => scores.reduce((t, s) => add(t, s[k]), zero);
  const levelRight = scores.reduce((n, s) => n + s.level.right, 0);
  const levelOf = scores.reduce((n, s) => n + s.level.of, 0);
  const formRight = scores.reduce((n, s) => n + s.form.right, 0);
  const formOf = scores.reduce((n, s) => n + s.form.of, 0);
  const organizerRight = scores.reduce((n, s) => n + s.organizer.right, 0);
  const organizerOf = scores.reduce((n, s) => n + s.organizer.of, 0);
  return {
    award_f1: f1(sum('awards')).f1,
    award_level_f1: f1(sum('awardsLevel')).f1,
    level_accuracy: levelOf === 0 ? 1 : levelRight / levelOf,
    form_accuracy: formOf === 0 ? 1 : formRight / formOf,
    date_accuracy: scores.length === 0 ? 1 : scores.filter((s) => s.date.right).length / scores.length,
    official_f1: f1(sum('officials')).f1,
    title_f1: f1(sum('titles')).f1,
    recipient_f1: f1(sum('recipients')).f1,
    organizer_accuracy: organizerOf === 0 ? 1 : organizerRight / organizerOf,
  };
}

export function summarize(scores: FileScore[], missingGold: string[], missingInput: string[]): Summary {
  const zero = { tp: 0, fp: 0, fn: 0 };
  return {
    files: scores.length,
    metrics: metricsOf(scores),
    counts: {
      awards: scores.reduce((t, s) => add(t, s.awards), zero),
      awardsLevel: scores.reduce((t, s) => add(t, s.awardsLevel), zero),
      officials: scores.reduce((t, s) => add(t, s.officials), zero),
      titles: scores.reduce((t, s) => add(t, s.titles), zero),
      recipients: scores.reduce((t, s) => add(t, s.recipients), zero),
      levelOf: scores.reduce((n, s) => n + s.level.of, 0),
      formOf: scores.reduce((n, s) => n + s.form.of, 0),
      dates: scores.length,
      organizers: scores.reduce((n, s) => n + s.organizer.of, 0),
    },
    perFile: scores.map((s) => ({ file: s.file, metrics: metricsOf([s]), misses: s.misses })),
    missingGold,
    missingInput,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function formatText(summary: Summary, verbose: boolean): string {
  const lines: string[] = [];
  const cols = ['award F1', 'w/ level', 'level', 'form', 'date', 'names', 'titles', 'recip.'];
  const width = Math.max(20, ...summary.perFile.map((p) => p.file.length));
  lines.push(`${'file'.padEnd(width)}  ${cols.map((c) => c.padStart(8)).join(' ')}`);
  for (const p of summary.perFile) {
    const m = p.metrics;
    lines.push(`${p.file.padEnd(width)}  ${[m.award_f1, m.award_level_f1, m.level_accuracy, m.form_accuracy, m.date_accuracy, m.official_f1, m.title_f1, m.recipient_f1].map((v) => pct(v).padStart(8)).join(' ')}`);
    if (verbose) for (const miss of p.misses) lines.push(`    - ${miss}`);
  }
  const m = summary.metrics;
  const c = summary.counts;
  lines.push('');
  lines.push(`overall (${summary.files} files)`);
  lines.push(`  awards (type+count)   F1 ${pct(m.award_f1)}  tp ${c.awards.tp} fp ${c.awards.fp} fn ${c.awards.fn}`);
  lines.push(`  awards with level     F1 ${pct(m.award_level_f1)}  tp ${c.awardsLevel.tp} fp ${c.awardsLevel.fp} fn ${c.awardsLevel.fn}`);
  lines.push(`  level accuracy           ${pct(m.level_accuracy)}  of ${c.levelOf} matched awards`);
  lines.push(`  form accuracy            ${pct(m.form_accuracy)}  of ${c.formOf} matched awards`);
  lines.push(`  date accuracy            ${pct(m.date_accuracy)}  of ${c.dates} files`);
  lines.push(`  official names        F1 ${pct(m.official_f1)}  tp ${c.officials.tp} fp ${c.officials.fp} fn ${c.officials.fn}`);
  lines.push(`  titles                F1 ${pct(m.title_f1)}  tp ${c.titles.tp} fp ${c.titles.fp} fn ${c.titles.fn}`);
  lines.push(`  award recipients      F1 ${pct(m.recipient_f1)}  tp ${c.recipients.tp} fp ${c.recipients.fp} fn ${c.recipients.fn}`);
  lines.push(`  organizer accuracy       ${pct(m.organizer_accuracy)}  of ${c.organizers} files with one in their gold`);
  for (const f of summary.missingGold) lines.push(`  no gold file for ${f}`);
  for (const f of summary.missingInput) lines.push(`  gold file without input: ${f}`);
  return `${lines.join('\n')}\n`;
}
