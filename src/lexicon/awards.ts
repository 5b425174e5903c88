// Forms of recognition, surface form → canonical value of the annotation guide.
// Rank: a physical honour names the award better than "điển hình", which beats the
// generic "khen thưởng"; the highest rank in reach of a count wins.
export interface AwardForm { value: string; rank: number }

// The honours most often handed over by name right after a verb ("nhận Bằng khen", "được tặng Cờ
// thi đua"): the patterns that read a count's own honour, or an honour already named, use these.
export const HANDED_FORMS = ['bằng khen', 'giấy khen', 'cờ thi đua', 'huân chương', 'kỷ niệm chương'];

/** An alternation of the handed forms, their first letter in either case: "[Bb]ằng khen|…". */
export function handedFormsPattern(): string {
  return HANDED_FORMS.map((f) => `[${f[0]!.toUpperCase()}${f[0]}]${f.slice(1)}`).join('|');
}

// The first two words of an honour named after a dash, in a list item or a title: "… – Bằng khen
// của UBND thành phố". A name or title does not run on across the dash into them.
const FORM_OPENERS = new Set([...HANDED_FORMS, 'thư khen', 'huy chương', 'danh hiệu', 'chiến sĩ thi đua'].map((f) => f.split(' ').slice(0, 2).join(' ')));

/** Whether two words (lowercase) open the name of an honour: "bằng khen", "kỷ niệm", "cờ thi". */
export function opensForm(first: string | undefined, second: string | undefined): boolean {
  return FORM_OPENERS.has(`${first ?? ''} ${second ?? ''}`);
}

// The state's honorary titles, conferred by the President: "danh hiệu Nhà giáo ưu tú", "Thầy
// thuốc nhân dân", "Nghệ nhân ưu tú", "Anh hùng Lao động", "Bà mẹ Việt Nam anh hùng" — forms of
// their own, which also address their holders before the name ("Nhà giáo Ưu tú Hà Văn A")
export const HONORARY_TITLES: ReadonlySet<string> = new Set([
  'nhà giáo ưu tú', 'nhà giáo nhân dân', 'thầy thuốc ưu tú', 'thầy thuốc nhân dân', 'nghệ nhân ưu tú', 'nghệ nhân nhân dân', 'nghệ sĩ ưu tú', 'nghệ sĩ nhân dân', 'anh hùng lao động', 'anh hùng lực lượng vũ trang nhân dân', 'bà mẹ việt nam anh hùng',
]);

// The students' and pupils' titles of a movement: "Sinh viên 5 tốt", "Học sinh 3 tốt", "Cháu ngoan
// Bác Hồ" (a youth's exemplary, "Thanh niên tiên tiến làm theo lời Bác", is told as an example
// honoured: "điển hình")
export const MOVEMENT_TITLES: ReadonlySet<string> = new Set(['sinh viên 5 tốt', 'học sinh 3 tốt', 'cháu ngoan bác hồ']);

export const AWARD_FORMS: Record<string, AwardForm> = {
  'huân chương': { value: 'huân chương', rank: 3 },
  'huy chương': { value: 'huy chương', rank: 3 },
  // a badge of a mass organisation: "Huy hiệu “Tuổi trẻ sáng tạo”", "Huy hiệu 40 năm tuổi Đảng"
  'huy hiệu': { value: 'huy hiệu', rank: 3 },
  // a prize named for a person or by its own name, the honour of a movement: "Giải thưởng Lý Tự Trọng",
  // "Giải thưởng “Sao Tháng Giêng”" (a contest's prizes are none: see findForms)
  'giải thưởng': { value: 'giải thưởng', rank: 3 },
  'kỷ niệm chương': { value: 'kỷ niệm chương', rank: 3 },
  'kỉ niệm chương': { value: 'kỷ niệm chương', rank: 3 },
  // its abbreviation in captions and headlines: "trao KNC “Vì sự nghiệp Dân vận” cho ông A"
  'knc': { value: 'kỷ niệm chương', rank: 3 },
  'cờ thi đua': { value: 'cờ thi đua', rank: 3 },
  'bằng khen': { value: 'bằng khen', rank: 3 },
  'giấy khen': { value: 'giấy khen', rank: 3 },
  // a letter of commendation: "Thư khen của Chủ tịch UBND tỉnh", "thư khen của Thứ trưởng Bộ Công an"
  'thư khen': { value: 'thư khen', rank: 3 },
  // a letter of thanks to donors and partners: "trao Thư cảm ơn cho 312 tập thể, cá nhân đã đồng hành …"
  'thư cảm ơn': { value: 'thư cảm ơn', rank: 2 },
  // a title of honour: "danh hiệu Chiến sĩ thi đua cơ sở"
  'chiến sĩ thi đua': { value: 'chiến sĩ thi đua', rank: 3 },
  'chiến sỹ thi đua': { value: 'chiến sĩ thi đua', rank: 3 },
  // the titles of a year's emulation below it: "danh hiệu Lao động tiên tiến", "Chiến sĩ tiên tiến"
  'lao động tiên tiến': { value: 'lao động tiên tiến', rank: 3 },
  'chiến sĩ tiên tiến': { value: 'chiến sĩ tiên tiến', rank: 3 },
  // the army's title of a unit's year: "danh hiệu “Đơn vị Quyết thắng”"
  'đơn vị quyết thắng': { value: 'đơn vị quyết thắng', rank: 3 },
  // … and the collectives' title of that tier, a form of its own: "danh hiệu Tập thể lao động tiên tiến"
  'tập thể lao động tiên tiến': { value: 'tập thể lao động tiên tiến', rank: 3 },
  // (and the one above it: "danh hiệu Tập thể lao động xuất sắc")
  'tập thể lao động xuất sắc': { value: 'tập thể lao động xuất sắc', rank: 3 },
  // the state's honorary titles, conferred by the President (HONORARY_TITLES)
  ...Object.fromEntries([...HONORARY_TITLES].map((t) => [t, { value: t, rank: 3 }])),
  // the students' and pupils' titles of a movement (MOVEMENT_TITLES)
  ...Object.fromEntries([...MOVEMENT_TITLES].map((t) => [t, { value: t, rank: 3 }])),
  // the honour of a Buddhist Sangha or a church for its followers: "Bằng tuyên dương công đức"
  'bằng tuyên dương công đức': { value: 'bằng tuyên dương công đức', rank: 3 },
  // (also written with the older word for praise: "Bằng Tán dương công đức")
  'bằng tán dương công đức': { value: 'bằng tán dương công đức', rank: 3 },
  // the trade unions' honour for an innovation, given by the national confederation: "Bằng Lao
  // động sáng tạo của Tổng LĐLĐ Việt Nam" (the movement "Lao động giỏi, lao động sáng tạo" is none)
  'bằng lao động sáng tạo': { value: 'bằng lao động sáng tạo', rank: 3 },
  // a cup given as a recognition: "trao cúp “Doanh nghiệp vì cộng đồng” cho 10 doanh nghiệp"
  'cúp': { value: 'cúp', rank: 2 },
  // a certificate of a status reached, handed over as the document it is (the form is the
  // document word): "trao Bằng công nhận đạt chuẩn nông thôn mới cho 3 xã"
  'bằng công nhận': { value: 'bằng công nhận', rank: 2 },
  // (and its paper form: "trao Giấy công nhận “Dòng họ học tập” cho 6 dòng họ")
  'giấy công nhận': { value: 'giấy công nhận', rank: 2 },
  // a certificate names itself ("trao Giấy chứng nhận cho 1.200 tình nguyện viên")
  'giấy chứng nhận': { value: 'giấy chứng nhận', rank: 2 },
  'điển hình': { value: 'điển hình', rank: 2 },
  'gương điển hình': { value: 'điển hình', rank: 2 },
  'gương mặt điển hình': { value: 'điển hình', rank: 2 },
  'khen thưởng': { value: 'khen thưởng', rank: 1 },
  'trao thưởng': { value: 'khen thưởng', rank: 1 },
  'thưởng': { value: 'khen thưởng', rank: 1 },
  // a title recognised, named by its kind: "công nhận 42 gia đình đạt danh hiệu “Gia đình văn
  // hóa”", "Danh hiệu “Lao động xuất sắc”: 96 người lao động" (a title known by name ranks above
  // it; a count rewarded for a title is rewarded: "khen thưởng 108 học sinh đạt danh hiệu …")
  'danh hiệu': { value: 'danh hiệu', rank: 1 },
  // recognising alone is the weakest word: what it recognises names the honour
  'công nhận': { value: 'khen thưởng', rank: 0.5 },
};


// Forms that do not tell two honours apart, and that a later telling may make precise: the
// generic one, and "điển hình" and "danh hiệu", which name the recipients' standing more than the
// honour ("156 điển hình" given "Bằng khen")
export const WEAK_FORMS = new Set(['khen thưởng', 'điển hình', 'danh hiệu']);
