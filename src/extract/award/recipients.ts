// Names given for an award: "2 cá nhân: ông A, …, ông B, …", "tập thể Ủy ban MTTQ Việt Nam
// Quận 1", "gia đình bà Trương Thị Thành".
import { sourceText, type Doc } from '../../text/document.js';
import type { Sentence } from '../../text/sentences.js';
import { orgNameEnd } from './org-name.js';
import type { PersonMention } from '../official/index.js';
import type { RawAward } from './sentence.js';

// The list opens right after the count: "2 cá nhân: …", "3 tập thể gồm …", "2 cá nhân là …",
// or after what they are honoured as: "3 cá nhân điển hình “Dân vận khéo” gồm: …"
const LIST_OPEN = /^(?:\s?(?::|gồm|bao gồm|là|, gồm)\s|\s[^.;:,]{1,60}?\s(?:gồm|bao gồm):?\s|\s[^.;:,]{1,60}?:\s)/u;

const NAMES_RIGHT_AFTER = /^\s(?:(?:ông|bà|anh|chị|em|đồng chí)\s)?\p{Lu}/u;

export function recipientsOf(doc: Doc, s: Sentence, a: RawAward, nextStart: number, people: PersonMention[]): string[] {
  if (a.named) {
    const at = s.start + a.named.start;
    const person = people.find((p) => p.start === at);
    if (person) return [person.name];
    const end = orgNameEnd(s.text, a.named.start);
    return end > a.named.start ? [sourceText(doc, at, s.start + end)] : [];
  }
  // (or the names stand right after the count: "cho ba ngư dân Nguyễn Văn A, Lê Văn B và Đỗ Văn C")
  if (!LIST_OPEN.test(s.text.slice(a.end, a.end + 80)) && !NAMES_RIGHT_AFTER.test(s.text.slice(a.end, a.end + 16))) return [];
  const from = s.start + a.end;
  const to = s.start + nextStart;
  return people.filter((p) => p.start >= from && p.start < to).map((p) => p.name).slice(0, a.count);
}

