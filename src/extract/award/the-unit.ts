// A recipient named by its common noun in its own news is the body the article names in full:
// "Tại lễ, nhà trường vinh dự đón nhận Bằng khen …" in a report on "Trường THCS Đông Phú Hạ",
// "HTX vinh dự đón nhận …" in one on "HTX nông nghiệp Hòa Xuân Nam". The common noun refers back
// to the last body of its kind named in full before it ("Cùng buổi sáng, tại Trường THPT A, …
// UBND huyện tặng Giấy khen cho nhà trường"), or, with none before, to the first after; with
// none at all it stays. A name inside a title or another body's name ("Hiệu trưởng Trường THCS
// B", "Liên minh HTX tỉnh") is not one.
import type { Doc } from '../../text/document.js';
import type { Debug } from '../../debug.js';
import { cooperativeAbbreviated, orgNameEnd } from './org-name.js';
import { escapeRegex, firstEitherCase } from '../../lexicon/pattern.js';
import { UNIT_NOUNS } from '../../lexicon/recipients.js';

interface Kind {
  /** the common noun as a recipient: "nhà trường", "HTX" */
  noun: RegExp;
  /** where a full name of that kind may begin: "Trường THPT …", "Hợp tác xã …" */
  head: RegExp;
}

// each kind: the common noun (whole, any case of its first letter, maybe after "tập thể") and the
// heads of its full names: "nhà trường" → "Trường THCS Đông Phú Hạ", "công ty" → "Công ty CP Chè
// Tân Phú Sơn"; and a cooperative, abbreviated or not: "HTX", "hợp tác xã" → "HTX nông nghiệp Phú
// Lợi Đông", "Hợp tác xã Dịch vụ …"
const KINDS: Kind[] = [
  ...UNIT_NOUNS.map(([noun, head]) => ({
    noun: new RegExp(`^(?:tập thể\\s)?${firstEitherCase(noun)}$`, 'u'),
    head: new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegex(head)}\\s`, 'gu'),
  })),
  { noun: /^(?:HTX|[Hh]ợp tác xã)$/u, head: /(?<![\p{L}\p{M}])(?:HTX|Hợp tác xã)\s/gu },
];

// a word in capitals, or in lowercase (each tested whole, so no pattern backtracks along a text)
const CAPITAL_WORD = /^\p{Lu}[\p{L}\p{M}]*$/u;
const LOWER_WORD = /^\p{Ll}[\p{L}\p{M}]*$/u;

/**
 * Whether the text before a head ends with a capitalized word, and maybe one lowercase word, then
 * a space: the head is inside a title or another body's name ("Hiệu trưởng Trường …", "Liên minh
 * HTX tỉnh", "Ban Kiểm soát HTX").
 */
function insideName(before: string): boolean {
  if (!/\s$/u.test(before)) return false;
  const words = before.trimEnd().split(/\s+/u);
  const last = words.at(-1) ?? '';
  return CAPITAL_WORD.test(last) || (LOWER_WORD.test(last) && CAPITAL_WORD.test(words.at(-2) ?? ''));
}

interface Mention { at: number; name: string; headline: boolean }

/** Replaces recipients named by a common noun with the full name they refer to, if any. */
export function nameTheUnit(doc: Doc, facts: { recipients: string[]; pos: number }[], debug?: Debug): void {
  const found = new Map<Kind, Mention[]>();
  for (const f of facts) {
    f.recipients.forEach((r, k) => {
      const kind = KINDS.find((c) => c.noun.test(r));
      if (!kind) return;
      let named = found.get(kind);
      if (!named) found.set(kind, (named = namedInFull(doc, kind)));
      const before = named.filter((n) => n.at < f.pos).at(-1);
      const one = before ?? named[0];
      if (!one) return;
      // (a headline abbreviates: the body's spelling of the same name, "HTX A" → "Hợp tác xã A")
      const full = (one.headline ? named.find((n) => !n.headline && keyOf(n.name) === keyOf(one.name)) ?? one : one).name;
      debug?.(`award recipient "${r}" is ${full}`);
      f.recipients[k] = full;
    });
  }
}

/** The bodies of `kind` the article names in full, in the order of the text. */
function namedInFull(doc: Doc, kind: Kind): Mention[] {
  const out: Mention[] = [];
  for (const s of doc.sentences) {
    if (s.debris) continue;
    kind.head.lastIndex = 0;
    for (let m = kind.head.exec(s.text); m; m = kind.head.exec(s.text)) {
      if (insideName(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const name = s.text.slice(m.index, orgNameEnd(s.text, m.index));
      // (the head alone, "Trường đã …", or with lowercase words only, "Công ty đầu tư 2 dây
      // chuyền", names no body)
      if (!/\p{Lu}/u.test(name.slice(m[0].length))) continue;
      out.push({ at: s.start + m.index, name, headline: s.headline || s.heading });
    }
  }
  return out;
}

// one key for two spellings of a name: "HTX Nông nghiệp A" and "Hợp tác xã nông nghiệp A"
function keyOf(name: string): string {
  return cooperativeAbbreviated(name).toLowerCase();
}
