// Scores one record against its gold file with the matching rules of the annotation guide:
// awards match on (recipient type, count), and again with the level; optional facts are
// neither required nor errors; names, titles and recipients compare in NFC with one tone
// placement.
import type { Article, Gold } from '../schema.js';
import { canonical } from '../text/fold.js';

export interface Tally { tp: number; fp: number; fn: number }
export interface FileScore {
  file: string;
  awards: Tally;
  awardsLevel: Tally;
  level: { right: number; of: number };
  form: { right: number; of: number };
  date: { right: boolean; got: string | null; want: string | null };
  /** the body that held the event, when the gold file names it (or says null) */
  organizer: { right: number; of: number };
  officials: Tally;
  titles: Tally;
  /** the names given for awards: those of paired awards against each other, an extra award's as
   * false, a missed award's as missed */
  recipients: Tally;
  misses: string[];
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

export function scoreFile(record: Article, gold: Gold): FileScore {
  const s: FileScore = {
    file: gold.file,
    awards: tally(),
    awardsLevel: tally(),
    level: { right: 0, of: 0 },
    form: { right: 0, of: 0 },
    date: { right: record.date === gold.date, got: record.date, want: gold.date },
    officials: tally(),
    titles: tally(),
    recipients: tally(),
    organizer: { right: 0, of: 0 },
    misses: [],
  };
  scoreAwards(record, gold, s);
  scoreOfficials(record, gold, s);
  if (!s.date.right) s.misses.push(`date ${record.date ?? 'null'} ≠ ${gold.date ?? 'null'}`);
  scoreOrganizer(record, gold, s);
  return s;
}

// the organizer compares whole, in NFC with one tone placement, whatever the case of its letters
// ("Tỉnh Đoàn Kon Tum" is "Tỉnh đoàn Kon Tum"); a gold file without the field does not count
function scoreOrganizer(record: Article, gold: Gold, s: FileScore): void {
  if (gold.organizer === undefined) return;
  const key = (o: string | null): string | null => (o === null ? null : canonical(o).toLowerCase());
  s.organizer.of = 1;
  if (key(record.organizer) === key(gold.organizer)) s.organizer.right = 1;
  else s.misses.push(`organizer ${record.organizer ?? 'null'} ≠ ${gold.organizer ?? 'null'}`);
}

function scoreAwards(record: Article, gold: Gold, s: FileScore): void {
  const wanted = gold.awards.map((a) => ({ ...a, used: false }));
  const extra: typeof record.awards = [];
  // first pass pairs facts that also agree on the level, so a right level is not wasted
  const unpaired = [...record.awards];
  for (const strict of [true, false]) {
    for (let i = 0; i < unpaired.length; i++) {
      const got = unpaired[i]!;
      const w = wanted.find((g) => !g.used && g.recipient_type === got.recipient_type && g.count === got.count && (!strict || (g.level ?? null) === got.level));
      if (!w) continue;
      w.used = true;
      unpaired.splice(i--, 1);
      s.awards.tp++;
      s.level.of++;
      if ((w.level ?? null) === got.level) { s.level.right++; s.awardsLevel.tp++; } else {
        s.awardsLevel.fp++;
        s.awardsLevel.fn++;
        s.misses.push(`level of ${got.count} ${got.recipient_type}: ${got.level ?? 'null'} ≠ ${w.level ?? 'null'}`);
      }
      scoreRecipients(got.recipients, w.recipients ?? [], `${got.count} ${got.recipient_type}`, s);
      if (w.award !== undefined) {
        s.form.of++;
        if ((w.award ?? null) === got.award) s.form.right++;
        else s.misses.push(`form of ${got.count} ${got.recipient_type}: ${got.award ?? 'null'} ≠ ${w.award ?? 'null'}`);
      }
    }
  }
  for (const got of unpaired) {
    const optional = gold.optional.awards.some((o) => (o.count === undefined || o.count === got.count) && (o.recipient_type === undefined || o.recipient_type === got.recipient_type));
    if (!optional) extra.push(got);
  }
  for (const got of extra) {
    s.awards.fp++;
    s.awardsLevel.fp++;
    s.misses.push(`extra award ${got.count} ${got.recipient_type} (${got.level ?? 'null'}): ${got.evidence.text.slice(0, 80)}`);
    s.recipients.fp += got.recipients.length;
  }
  for (const w of wanted.filter((g) => !g.used)) {
    s.awards.fn++;
    s.awardsLevel.fn++;
    s.misses.push(`missed award ${w.count} ${w.recipient_type} (${w.level ?? 'null'})`);
    s.recipients.fn += w.recipients?.length ?? 0;
  }
}

/** The names given for one award against those of its gold. */
function scoreRecipients(got: string[], want: string[], award: string, s: FileScore): void {
  const wanted = new Set(want.map(canonical));
  const found = new Set(got.map(canonical));
  for (const n of got) {
    if (wanted.has(canonical(n))) s.recipients.tp++;
    else { s.recipients.fp++; s.misses.push(`extra recipient of ${award}: ${n}`); }
  }
  for (const n of want) if (!found.has(canonical(n))) { s.recipients.fn++; s.misses.push(`missed recipient of ${award}: ${n}`); }
}

function scoreOfficials(record: Article, gold: Gold, s: FileScore): void {
  const optional = new Set(gold.optional.officials.map((o) => canonical(typeof o === 'string' ? o : o.name)));
  const goldByName = new Map(gold.officials.map((o) => [canonical(o.name), o]));
  const gotNames = new Set<string>();
  for (const o of record.officials) {
    const name = canonical(o.name);
    gotNames.add(name);
    const want = goldByName.get(name);
    if (!want) {
      if (optional.has(name)) continue;
      s.officials.fp++;
      s.titles.fp += o.titles.length;
      s.misses.push(`extra official ${o.name} [${o.titles.join(' | ')}]`);
      continue;
    }
    s.officials.tp++;
    const wantTitles = new Set(want.titles.map(canonical));
    const gotTitles = new Set(o.titles.map(canonical));
    for (const t of gotTitles) {
      if (wantTitles.has(t)) s.titles.tp++;
      else { s.titles.fp++; s.misses.push(`extra title of ${o.name}: ${t}`); }
    }
    for (const t of wantTitles) if (!gotTitles.has(t)) { s.titles.fn++; s.misses.push(`missed title of ${o.name}: ${t}`); }
  }
  for (const [name, want] of goldByName) {
    if (gotNames.has(name)) continue;
    s.officials.fn++;
    s.titles.fn += want.titles.length;
    s.misses.push(`missed official ${want.name}`);
  }
}

export function f1(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}
