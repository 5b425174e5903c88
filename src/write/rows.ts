// The CSV tables: one row per award (default), per official, or per article.
import type { Article } from '../schema.js';

export type Table = 'awards' | 'officials' | 'articles';
export type Row = Record<string, string | number | null>;

export const HEADERS: Record<Table, string[]> = {
  awards: ['file', 'title', 'date', 'recipient_type', 'count', 'level', 'award', 'year', 'recipients', 'evidence', 'evidence_start', 'evidence_end', 'rule'],
  officials: ['file', 'date', 'name', 'titles', 'expanded'],
  articles: ['file', 'title', 'date', 'published', 'organizer', 'encoding', 'officials', 'awards', 'honoured_total', 'warnings'],
};

/** Joins list cells; "; " never occurs inside a name or a title of the guide. */
const LIST = '; ';

export function rowsOf(record: Article, table: Table): Row[] {
  switch (table) {
    case 'awards':
      return record.awards.map((a) => ({
        file: record.file,
        title: record.title,
        date: record.date,
        recipient_type: a.recipient_type,
        count: a.count,
        level: a.level,
        award: a.award,
        year: a.year,
        recipients: a.recipients.join(LIST),
        evidence: a.evidence.text.replace(/\s+/gu, ' ').trim(),
        evidence_start: a.evidence.start,
        evidence_end: a.evidence.end,
        rule: a.rule,
      }));
    case 'officials':
      return record.officials.map((o) => ({
        file: record.file,
        date: record.date,
        name: o.name,
        titles: o.titles.join(LIST),
        expanded: o.expanded.join(LIST),
      }));
    case 'articles':
      return [{
        file: record.file,
        title: record.title,
        date: record.date,
        published: record.published,
        organizer: record.organizer,
        encoding: record.encoding,
        officials: record.officials.length,
        awards: record.awards.length,
        honoured_total: record.awards.reduce((n, a) => n + a.count, 0),
        warnings: record.warnings.join(LIST),
      }];
  }
}
