// The tier of an honour whose giver is not named, from the post of the one who hands it over,
// named with that post elsewhere in the article: "Tới dự có chị A, Phó Bí thư Tỉnh đoàn …" then
// "Nhân dịp này, chị A trao Bằng khen cho 2 tập thể và 5 cá nhân" — the Bằng khen is the province's.
// (A giver named in the sentence, "trao Giấy khen của Chủ tịch UBND huyện", tells the tier itself.)
import type { Debug } from '../../debug.js';
import type { Doc } from '../../text/document.js';
import type { PersonMention } from '../official/index.js';
import { findIssuers } from './context.js';
import type { Fact } from './index.js';

// the forms a body of the presenter's gives (a medal or badge is a higher body's: "Kỷ niệm chương",
// "Huy hiệu"; counts only, a recipient named is told with its own giver)
const PRESENTED_FORMS = new Set(['bằng khen', 'giấy khen', 'cờ thi đua']);
// a giver named between the presenter and the count: " của Bộ Tư lệnh …", " do Ban Chỉ huy … tặng"
const GIVER_NAMED = /\s(?:của|do)\s\p{Lu}/u;
// right after the presenter's name, the verb of handing over: " trao ", " cũng trao tặng ", " đã gắn "
const HANDS_OVER = /^\s(?:(?:cũng|đã|vừa|đồng thời|lần lượt)\s)?(?:trao tặng|trao|tặng|gắn)\s/u;

/** Gives the facts with no tier the tier of the post of the one named handing them over, when that post has one tier. */
export function addPresenterTier(doc: Doc, facts: Fact[], people: PersonMention[], debug?: Debug): void {
  if (!facts.some((f) => f.level === null)) return;
  // the posts of each person, from every mention
  const posts = new Map<string, string[]>();
  for (const p of people) if (p.titles.length > 0) posts.set(p.name, [...(posts.get(p.name) ?? []), ...p.titles]);
  for (const f of facts) {
    if (f.level !== null || f.headline || !f.rule.startsWith('award.count') || !f.award || !PRESENTED_FORMS.has(f.award)) continue;
    const s = doc.sentences[f.sentence];
    if (!s) continue;
    // the last person named before the count who hands something over
    const presenter = people.filter((p) => p.sentence === s.index && p.end <= f.pos && HANDS_OVER.test(doc.text.slice(p.end, p.end + 30))).pop();
    const titles = presenter ? posts.get(presenter.name) : undefined;
    if (!presenter || !titles) continue;
    // (a giver named with no tier of the list is the giver: "trao Bằng khen của Bộ Tư lệnh Quân khu 4 cho …")
    if (GIVER_NAMED.test(doc.text.slice(presenter.end, f.pos))) continue;
    const tiers = new Set(titles.flatMap((t) => findIssuers(`của ${t}`).map((h) => h.value)));
    if (tiers.size !== 1) continue;
    const [tier] = tiers;
    f.level = tier!;
    f.levelRule = 'level.presenter-post';
    debug?.(`award ${f.count} ${f.recipient_type ?? '∅'}: handed over by ${presenter.name}, whose post is of the ${tier}`);
  }
}
