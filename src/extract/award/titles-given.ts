// The giver of titles of honour told in a sentence of its own, after the counts that attained
// them: "| Danh hiệu “Tập thể lao động tiên tiến” | 18 | – |" then "Các danh hiệu “Tập thể lao
// động tiên tiến” và “Chiến sĩ thi đua cơ sở” do Chủ tịch UBND thành phố công nhận." — the counts
// of those titles told with no tier take the giver's.
import type { Doc } from '../../text/document.js';
import type { Debug } from '../../debug.js';
import { findForms, findIssuers } from './context.js';
import type { Fact } from './index.js';

// "(Các) danh hiệu … do <giver> công nhận / tặng / xét tặng" (the giver after "do", the verb closing it)
const TITLES_GIVEN_BY = /^(?:[Cc]ác\s)?[Dd]anh hiệu\s(?<titles>[^;:.]{3,160}?)\sdo\s[^;:.]{3,80}?\s(?:công nhận|tặng|xét tặng|quyết định công nhận)(?![\p{L}])/u;
// how many sentences back the counts of those titles may be told (a table flattened one row a line)
const REACH = 12;

/** Gives the counts of titles a later sentence names with their giver that giver's tier. */
export function addTitlesGiver(doc: Doc, facts: Fact[], debug?: Debug): void {
  for (const s of doc.sentences) {
    if (s.debris || s.headline || !s.text.includes(' do ')) continue;
    const m = TITLES_GIVEN_BY.exec(s.text);
    if (!m) continue;
    const titles = new Set(findForms(m.groups!.titles!).filter((f) => f.value.rank === 3).map((f) => f.value.value));
    // (the giver read with "do" before it and its verb after, as a giver is written)
    const tiers = new Set(findIssuers(m[0].slice(m[0].lastIndexOf(' do ') + 1)).map((h) => h.value));
    if (titles.size === 0 || tiers.size !== 1) continue;
    const [tier] = tiers;
    for (const f of facts) {
      if (f.level !== null || !f.award || !titles.has(f.award) || f.sentence >= s.index || s.index - f.sentence > REACH) continue;
      f.level = tier!;
      f.levelRule = 'level.titles-giver';
      debug?.(`award ${f.count} ${f.recipient_type ?? '∅'}: the giver of its title named in sentence ${s.index} (${tier})`);
    }
  }
}
