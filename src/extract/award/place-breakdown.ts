// A list that splits a lead's counts by place: "Chủ tịch UBND huyện tặng Giấy khen cho 14 tập thể
// và 19 cá nhân …, cụ thể:" then "- Xã A: 5 tập thể, 4 cá nhân", "- Thị trấn B: 6 tập thể, …".
// The items tell the same honour again, place by place: the lead's counts are the entries.
import type { Debug } from '../../debug.js';
import type { Doc } from '../../text/document.js';
import type { Fact } from './index.js';
import { PLACE_TYPE_WORDS } from '../../lexicon/places.js';
import { alternation, capitalized } from '../../lexicon/pattern.js';

// an item that opens with a place's name and a colon: "- Xã Khe Vạc: ", "• Thị trấn Pa Lìn: " (the
// lexicon's place words, capitalized, but a province or a "tổ")
const PLACE_ITEM = new RegExp(`^(?:[-–+•*]\\s)?(?:${alternation([...PLACE_TYPE_WORDS].filter((w) => w !== 'tỉnh' && w !== 'tổ').map((w) => (w === 'tp' ? 'TP' : capitalized(w))))})\\s[^:;.]{1,40}:\\s`, 'u');
// a lead that opens a list: it ends with a colon
const OPENS_LIST = /:\s*$/u;

/** Drops, in place, the facts of items that split the counts of the lead above them by place (their sums are the lead's). */
export function dropPlaceBreakdowns(doc: Doc, out: Fact[], debug?: Debug): void {
  const bySentence = new Map<number, Fact[]>();
  for (const f of out) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  const dropped = new Set<Fact>();
  const sentences = doc.sentences;
  for (let k = 0; k < sentences.length; k++) {
    const lead = bySentence.get(sentences[k]!.index);
    if (!lead || !OPENS_LIST.test(sentences[k]!.text)) continue;
    const items: Fact[] = [];
    let j = k + 1;
    for (; j < sentences.length && PLACE_ITEM.test(sentences[j]!.text); j++) items.push(...(bySentence.get(sentences[j]!.index) ?? []));
    if (j - k < 3 || items.length === 0) continue;
    // (each kind's items add up to the lead's count of that kind, with the lead's honour)
    const sums = new Map<string | null, number>();
    for (const f of items) sums.set(f.recipient_type, (sums.get(f.recipient_type) ?? 0) + f.count);
    const matches = [...sums].every(([type, sum]) => lead.some((l) => l.recipient_type === type && l.count === sum))
      && items.every((f) => lead.some((l) => l.recipient_type === f.recipient_type && l.level === f.level && l.award === f.award));
    if (!matches) continue;
    for (const f of items) dropped.add(f);
    debug?.(`award ${items.length} facts of sentences ${k + 1}–${j - 1} dropped: a breakdown by place of the lead's counts`);
  }
  if (dropped.size === 0) return;
  const kept = out.filter((f) => !dropped.has(f));
  out.length = 0;
  out.push(...kept);
}
