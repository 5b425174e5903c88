// Award facts of an article, sentence by sentence, before they are assembled.
import type { Doc } from '../../text/document.js';
import { evidenceOf } from '../../text/document.js';
import type { Debug } from '../../debug.js';
import type { Award } from '../../schema.js';
import type { PersonMention } from '../official/index.js';
import { extractSentence, type Inherited } from './sentence.js';
import { recipientsOf } from './recipients.js';

export interface Fact extends Award {
  sentence: number;
  headline: boolean;
  /** offset of the count in the normalized text, for ordering */
  pos: number;
  /** end of the count inside its sentence */
  localEnd: number;
  levelRule: string | null;
}

export function findAwards(doc: Doc, people: PersonMention[], debug?: Debug): Fact[] {
  const out: Fact[] = [];
  let lead: Inherited | null = null;
  for (const s of doc.sentences) {
    if (s.debris) continue;
    const { awards, lead: next } = extractSentence(s.text, s.bullet ? lead : null, debug);
    // list items keep the lead of the sentence that opened the list
    if (!s.bullet) lead = next;
    else if (next) lead = next;
    const evidence = evidenceOf(doc, s);
    const inSentence = people.filter((p) => p.sentence === s.index);
    awards.forEach((a, k) => {
      const nextStart = awards[k + 1]?.start ?? s.text.length;
      out.push({
        recipient_type: a.type,
        count: a.count,
        level: a.level,
        award: a.award,
        year: a.year,
        recipients: recipientsOf(doc, s, a, nextStart, inSentence),
        evidence,
        rule: a.rule,
        sentence: s.index,
        headline: s.headline,
        pos: s.start + a.start,
        localEnd: a.end,
        levelRule: a.levelRule,
      });
    });
  }
  return out;
}
