// Officials of an article (src/extract/official/index.ts): which mentions count (not page
// debris, not historic figures), how a given name alone joins its full name, how titles
// are merged and deduplicated, which spelling of a name wins, and the debug trace.
import { describe, expect, it } from 'vitest';
import { extractOfficials, findPeople, type PersonMention } from '../../src/extract/official/index.js';
import { makeDoc } from '../../src/text/document.js';

/** A mention as findPeople would give it; offsets do not matter to the merge. */
const p = (name: string, titles: string[], rule = 'official.name-title'): PersonMention => ({ name, titles, sentence: 0, start: 0, end: name.length, rule });

const merged = (people: PersonMention[]): Array<[string, string[]]> => extractOfficials(people).map((o) => [o.name, o.titles]);

describe('a given name alone joins its full name', () => {
  it('"ông Thắng" is Nguyễn Văn Thắng, the one full name ending with it', () => {
    expect(merged([
      p('Lê Văn An', ['Bí thư Huyện ủy']),
      p('Nguyễn Văn Thắng', ['Phó Bí thư Huyện ủy']),
      p('Thắng', ['Chủ tịch UBND huyện'], 'official.honorific-name-title'),
    ])).toEqual([
      ['Lê Văn An', ['Bí thư Huyện ủy']],
      ['Nguyễn Văn Thắng', ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện']],
    ]);
  });

  it('a given name two full names end with is nobody', () => {
    expect(merged([
      p('Nguyễn Văn Thắng', ['Phó Bí thư Huyện ủy']),
      p('Trần Quốc Thắng', ['Trưởng Công an huyện']),
      p('Thắng', ['Chủ tịch UBND huyện']),
    ])).toEqual([
      ['Nguyễn Văn Thắng', ['Phó Bí thư Huyện ủy']],
      ['Trần Quốc Thắng', ['Trưởng Công an huyện']],
    ]);
  });

  it('a given name no full name ends with is nobody, however titled', () => {
    expect(merged([
      p('Nguyễn Văn Thắng', ['Phó Bí thư Huyện ủy']),
      p('Sáu', ['Trưởng ấp Tân Lập']),
      p('Nguyễn', ['Chủ tịch UBND xã']),
    ])).toEqual([['Nguyễn Văn Thắng', ['Phó Bí thư Huyện ủy']]]);
  });

  it('the full name may be written with another tone placement or without a diacritic', () => {
    expect(merged([
      p('Lê Thị Hoà', ['Chủ tịch Hội Liên hiệp Phụ nữ xã']),
      p('Hòa', ['Bí thư Chi bộ ấp 3']),
    ])).toEqual([['Lê Thị Hoà', ['Chủ tịch Hội Liên hiệp Phụ nữ xã', 'Bí thư Chi bộ ấp 3']]]);
  });

  it('an Ê Đê or K’Ho name of one word is a full name', () => {
    expect(merged([
      p("K'Brel", ['Trưởng thôn Đạ Nghịt'], 'official.honorific-name-title'),
      p('H’Yim', ['Chi hội trưởng Chi hội Phụ nữ buôn Ea Kmát'], 'official.honorific-name-title'),
    ])).toEqual([
      ["K'Brel", ['Trưởng thôn Đạ Nghịt']],
      ['H’Yim', ['Chi hội trưởng Chi hội Phụ nữ buôn Ea Kmát']],
    ]);
  });
});

describe('titles merged per person', () => {
  it('the short form of a title beside its full form is dropped', () => {
    expect(merged([
      p('Đỗ Văn Sáu', ['Phó Bí thư Thường trực Thị ủy']),
      p('Đỗ Văn Sáu', ['Phó Bí thư Thường trực Thị ủy An Nhơn', 'Chủ tịch HĐND thị xã']),
    ])).toEqual([['Đỗ Văn Sáu', ['Phó Bí thư Thường trực Thị ủy An Nhơn', 'Chủ tịch HĐND thị xã']]]);
  });

  it('each short form is dropped for its own full form, wherever it stands', () => {
    expect(merged([
      p('Đỗ Văn Sáu', ['Chủ tịch UBND xã', 'Chủ tịch UBND xã Tân Hòa', 'Bí thư', 'Bí thư Chi bộ', 'Trưởng ấp Tân Lập', 'Trưởng ấp']),
    ])).toEqual([['Đỗ Văn Sáu', ['Chủ tịch UBND xã Tân Hòa', 'Bí thư Chi bộ', 'Trưởng ấp Tân Lập']]]);
  });

  it('a title that another one merely contains or extends mid-word is a position of its own', () => {
    expect(merged([
      // held one after the other
      p('Lê Văn Tám', ['Phó Chủ tịch UBND xã', 'Chủ tịch UBND xã']),
      // two units: "ấp 1" is not "ấp 12" written short
      p('Hà Văn Năm', ['Bí thư Chi bộ ấp 1', 'Bí thư Chi bộ ấp 12']),
    ])).toEqual([
      ['Lê Văn Tám', ['Phó Chủ tịch UBND xã', 'Chủ tịch UBND xã']],
      ['Hà Văn Năm', ['Bí thư Chi bộ ấp 1', 'Bí thư Chi bộ ấp 12']],
    ]);
  });

  it('the same title written twice, in other case or spacing, is kept once', () => {
    expect(merged([
      p('Đỗ Văn Sáu', ['Bí thư Huyện ủy']),
      p('Đỗ Văn Sáu', ['Bí thư  huyện ủy', 'Bí thư Huyện ủy']),
    ])).toEqual([['Đỗ Văn Sáu', ['Bí thư Huyện ủy']]]);
  });

  it('a person with no title anywhere is no official', () => {
    expect(merged([p('Đỗ Văn Sáu', [], 'official.bare-name'), p('Lê Văn Tám', ['Trưởng ấp Tân Lập'])])).toEqual([['Lê Văn Tám', ['Trưởng ấp Tân Lập']]]);
  });

  it('abbreviations are spelled out beside the titles as written', () => {
    expect(extractOfficials([p('Đỗ Văn Sáu', ['UVBTV Huyện ủy', 'Chủ tịch UBND xã'])])).toEqual([
      { name: 'Đỗ Văn Sáu', titles: ['UVBTV Huyện ủy', 'Chủ tịch UBND xã'], expanded: ['Ủy viên Ban Thường vụ Huyện ủy', 'Chủ tịch Ủy ban nhân dân xã'] },
    ]);
  });
});

describe('the spelling of a name', () => {
  it('the spelling written most often wins over a typo written first', () => {
    expect(merged([
      p('Nguyễn Hữu Hiêp', ['Bí thư Đảng ủy xã']),
      p('Nguyễn Hữu Hiệp', ['Chủ tịch UBND xã']),
      p('Nguyễn Hữu Hiệp', []),
    ])).toEqual([['Nguyễn Hữu Hiệp', ['Bí thư Đảng ủy xã', 'Chủ tịch UBND xã']]]);
  });

  it('on a tie the first spelling wins', () => {
    expect(merged([
      p('Nguyễn Hữu Hiệp', ['Bí thư Đảng ủy xã']),
      p('Nguyễn Hữu Hiêp', ['Chủ tịch UBND xã']),
    ])).toEqual([['Nguyễn Hữu Hiệp', ['Bí thư Đảng ủy xã', 'Chủ tịch UBND xã']]]);
  });
});

describe('debug trace', () => {
  it('prints each official with the rules that read it', () => {
    const lines: string[] = [];
    extractOfficials([
      p('Lê Văn Tám', ['Trưởng ấp Tân Lập'], 'official.honorific-name-title'),
      p('Lê Văn Tám', ['Bí thư Chi bộ'], 'official.title-name'),
      p('Đỗ Văn Sáu', [], 'official.bare-name'),
    ], (line) => lines.push(line));
    expect(lines).toEqual(['official Lê Văn Tám: official.honorific-name-title, official.title-name']);
  });
});

describe('people of an article', () => {
  const ARTICLE = [
    'Huyện Tân Phú tuyên dương điển hình “Dân vận khéo”',
    '',
    'Ngày 12/10/2023, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2023. Tham dự có ông Trần Văn Hùng, Phó Bí thư Huyện ủy. Noi gương Đại tướng Võ Nguyên Giáp, lực lượng vũ trang huyện tích cực giúp dân.',
    '',
    'Tin liên quan',
    '',
    'Phó Bí thư Tỉnh ủy Lê Thị Mai thăm mô hình dân vận khéo ở xã Tân Hòa',
  ].join('\n');

  it('names people of the article only: not related news, not historic figures', () => {
    const doc = makeDoc(ARTICLE);
    const start = doc.text.indexOf('Trần Văn Hùng');
    expect(findPeople(doc)).toEqual([{
      name: 'Trần Văn Hùng',
      titles: ['Phó Bí thư Huyện ủy'],
      sentence: 2,
      start,
      end: start + 'Trần Văn Hùng'.length,
      rule: 'official.honorific-name-title',
    }]);
  });
});
