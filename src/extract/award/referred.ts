// Who a form of address alone refers to: "Anh Lê Văn Tám đã cứu 4 em nhỏ. … tặng Bằng khen cho
// anh." — the last person named before it with the same form of address.
import type { PersonMention } from '../official/index.js';
import type { Doc } from '../../text/document.js';
import type { Sentence } from '../../text/sentences.js';
import type { ReferredTo } from './named.js';

// how far back, in characters, the person referred to is looked for
const REACH = 3000;

/** For each sentence, a lookup of the person a form of address refers to (people sorted once, when first asked). */
export function referredIn(doc: Doc, people: PersonMention[]): (s: Sentence) => ReferredTo {
  let byEnd: PersonMention[] | null = null;
  return (s) => (address, before) => {
    byEnd ??= [...people].sort((a, b) => a.end - b.end);
    const limit = s.start + before;
    // (the last one named before the clause, by binary search)
    let lo = 0;
    for (let hi = byEnd.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (byEnd[mid]!.end <= limit) lo = mid + 1;
      else hi = mid;
    }
    const said = `${address} `;
    for (let k = lo - 1; k >= 0; k--) {
      const p = byEnd[k]!;
      if (p.end < limit - REACH) break;
      if (doc.text.slice(Math.max(0, p.start - said.length), p.start).toLowerCase() === said) return p.name;
    }
    return null;
  };
}
