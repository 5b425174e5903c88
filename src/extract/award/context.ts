// What surrounds a count in its sentence: clauses, honour cues, stated levels, issuers and
// award forms, each with its offset so the award rule can take the one in reach.
import { AWARD_FORMS } from '../../lexicon/awards.js';
import { CONTEST_WORDS, HONOUR_CUES, NOT_HONOUR_AFTER, NOT_HONOUR_CUES } from '../../lexicon/cues.js';
import { ISSUER_TIERS, LEVEL_WORDS } from '../../lexicon/levels.js';
import { alternation, END, START } from '../../lexicon/pattern.js';
import type { LevelValue } from '../../schema.js';

export interface Hit<T> { start: number; end: number; value: T }

// Proposals are not honours yet: any of these before a count in its clause rejects it
export const PROPOSAL_CUES = ['đề nghị', 'đề xuất', 'kiến nghị', 'giới thiệu', 'xét chọn', 'bình chọn', 'bình xét', 'dự kiến', 'lựa chọn', 'sẽ'];
const ACTIVITY_CUES = NOT_HONOUR_CUES.filter((c) => !PROPOSAL_CUES.includes(c));

function finder<T>(re: RegExp, value: (m: RegExpExecArray) => T | null): (text: string) => Array<Hit<T>> {
  return (text) => {
    const out: Array<Hit<T>> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = value(m);
      if (v !== null) out.push({ start: m.index, end: m.index + m[0].length, value: v });
    }
    return out;
  };
}

// award.cue: "tuyên dương", "nhận bằng khen", "được khen thưởng" (positive) and
// "đăng ký", "hỗ trợ", "tham gia" (negative)
export const findCues = finder(
  new RegExp(`${START}(?:(?<pos>${alternation(HONOUR_CUES)})|(?<prop>${alternation(PROPOSAL_CUES)})|(?<neg>${alternation(ACTIVITY_CUES)}))${END}`, 'giu'),
  (m) => (m.groups!.pos ? 'honour' : m.groups!.prop ? 'proposal' : 'activity') as 'honour' | 'proposal' | 'activity',
);

// award.contest: "giải nhất", "3 giải nhì", "18 đội dự thi"
export const findContest = finder(new RegExp(`${START}(?:${alternation(CONTEST_WORDS)})${END}`, 'giu'), () => true);

// Right after the recipient word: "tập thể đăng ký", "hộ nghèo", "cá nhân được đề nghị"
export const NOT_HONOUR_RIGHT = new RegExp(`^(?:,? ?(?:tiêu biểu|xuất sắc|điển hình|trên địa bàn|của [\\p{L} ]{1,30}?))? ?(?:${alternation(NOT_HONOUR_AFTER)})${END}`, 'iu');

// level.stated: "cấp Thành phố", "cấp quận", "cấp cơ sở" — not "cấp ủy" (a party committee)
export const findLevels = finder(
  new RegExp(`${START}cấp (?<w>${alternation(Object.keys(LEVEL_WORDS))})${END}`, 'giu'),
  (m) => LEVEL_WORDS[m.groups!.w!.toLowerCase()] ?? null,
);

// award.form: "Bằng khen", "giấy khen", "Kỷ niệm chương", "điển hình", "khen thưởng"
export const findForms = finder(
  new RegExp(`${START}(?<w>${alternation(Object.keys(AWARD_FORMS))})${END}`, 'giu'),
  (m) => AWARD_FORMS[m.groups!.w!.toLowerCase()] ?? null,
);

// level.issuer: the body that gives the honour. "bằng khen của Ban Thường vụ Thành ủy",
// "Chủ tịch UBND tỉnh tặng", "Bí thư Đảng ủy phường Lý Thái Tổ Nguyễn Văn Dũng trao",
// "các cơ sở Đảng cũng tuyên dương"
const ISSUER_KEYS = Object.keys(ISSUER_TIERS).filter((k) => k.includes(' ') || k.endsWith('ủy') || k === 'thành đoàn' || k === 'tỉnh đoàn');
const ISSUER_WORD = new RegExp(`${START}(?<w>${alternation(ISSUER_KEYS)})${END}`, 'giu');
const GIVE_VERB = /^(?:[\p{Lu}\d][\p{L}\p{N}]*\s|[-–]\s|(?:và|cùng)\s)*?(?:(?:đã|cũng|vừa|đồng thời|long trọng|chính thức)\s)*(?:trao|tặng|tuyên dương|biểu dương|khen thưởng|công nhận|vinh danh|tôn vinh|thưởng|quyết định tặng|ra quyết định)(?![\p{L}])/u;
const OF_BEFORE = /(?:của|do)\s(?:(?:[\p{Lu}][\p{L}]*|ban|thường|vụ|dân|vận|chấp|hành|chủ|tịch|ủy|ban nhân dân|nhân|thường trực)\s){0,6}$/iu;

export function findIssuers(text: string): Array<Hit<LevelValue>> {
  const out: Array<Hit<LevelValue>> = [];
  ISSUER_WORD.lastIndex = 0;
  for (let m = ISSUER_WORD.exec(text); m; m = ISSUER_WORD.exec(text)) {
    const tier = ISSUER_TIERS[m.groups!.w!.toLowerCase()];
    if (!tier) continue;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(end, end + 80).replace(/^\s+/u, '');
    if (OF_BEFORE.test(before) || GIVE_VERB.test(after)) out.push({ start: m.index, end, value: tier });
  }
  return out;
}

/** Clause boundaries of a sentence: semicolons outside parentheses and quotes. */
export function clauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '“') depth++;
    else if ((c === ')' || c === '”') && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, text.length]);
  return out;
}
