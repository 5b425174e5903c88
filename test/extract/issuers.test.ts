// Issuers whose names have lowercase words inside ("Bộ Giáo dục và Đào tạo") give their tier,
// and people counted by their role ("nhà giáo", "bác sĩ") are individuals.
import { describe, expect, it } from 'vitest';
import { findIssuers } from '../../src/extract/award/context.js';
import { extract } from '../../src/index.js';

describe('issuers named with lowercase words', () => {
  it.each([
    ['Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen cho 5 tập thể', 'trung ương', 'Bộ trưởng Bộ Giáo dục và Đào tạo'],
    ['Dịp này, 2 nhà giáo được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen', 'trung ương', 'Bộ trưởng Bộ Giáo dục và Đào tạo'],
    ['Bằng khen của Bộ Tài nguyên và Môi trường cho 3 tập thể', 'trung ương', 'Bộ Tài nguyên và Môi trường'],
    ['Bằng khen của bộ giáo dục và đào tạo cho 3 tập thể', 'trung ương', 'bộ giáo dục và đào tạo'],
    ['2 công đoàn cơ sở nhận Bằng khen của Tổng Liên đoàn Lao động Việt Nam', 'trung ương', 'Tổng Liên đoàn Lao động Việt Nam'],
    // a lowercase word after a capitalized one goes on the name
    ['Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh tặng Bằng khen cho 4 tập thể', 'tỉnh', 'Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh'],
    // a posthumous honour: "truy" before the verb no longer hides the giver (the span runs on to the verb)
    ['Ban Thường vụ Hội LHPN tỉnh truy tặng Bằng khen cho chị Ksor H’Lâm', 'tỉnh', 'Ban Thường vụ Hội LHPN tỉnh truy'],
    // a department of the police, the ministry's
    ['Ông Lê Văn Tám trao Giấy khen của Cục trưởng Cục Cảnh sát PCCC và CNCH cho 1 tập thể', 'trung ương', 'Cục trưởng Cục Cảnh sát PCCC và CNCH'],
    // a national council named in lowercase words, closed by "quốc gia"
    ['Ông Lê Văn Tám trao Bằng khen của Hội đồng bầu cử quốc gia cho 2 tập thể', 'trung ương', 'Hội đồng bầu cử quốc gia'],
    // a provincial department, unless it names its city
    ['Giám đốc Sở Y tế tặng Giấy khen cho 16 khoa, phòng', 'tỉnh', 'Giám đốc Sở Y tế'],
    ['Giám đốc Sở Y tế TP HCM tặng Giấy khen cho 16 khoa, phòng', 'thành phố', 'Giám đốc Sở Y tế TP HCM'],
    // the national friendship union, its lowercase words a body's; the state committee for the
    // Vietnamese abroad, read whole
    ['Bà Lê Thị Mến trao Kỷ niệm chương của Liên hiệp các tổ chức hữu nghị Việt Nam cho 9 cá nhân', 'trung ương', 'Liên hiệp các tổ chức hữu nghị Việt Nam'],
    ['Cũng dịp này, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài tặng Bằng khen cho 5 cá nhân', 'trung ương', 'Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài'],
    // (its city's branch, a name with no tier of its own, by the place after it)
    ['Dịp này, 18 cá nhân nhận Giấy khen của Ủy ban về người Việt Nam ở nước ngoài TP vì có nhiều đóng góp', 'thành phố', 'Ủy ban về người Việt Nam ở nước ngoài TP'],
    // the State Bank's governor is a national issuer
    ['Dịp này, Thống đốc Ngân hàng Nhà nước Việt Nam tặng Bằng khen cho 1 tập thể', 'trung ương', 'Thống đốc Ngân hàng Nhà nước Việt Nam'],
    // a national agency by its head or name; a branch of it by its tier word
    ['Tổng Giám đốc Bảo hiểm xã hội Việt Nam tặng Bằng khen cho 2 tập thể', 'trung ương', 'Tổng Giám đốc Bảo hiểm xã hội Việt Nam'],
    ['Bằng khen của Tổng Giám đốc NHCSXH cho 3 tập thể', 'trung ương', 'Tổng Giám đốc NHCSXH'],
    ['Giám đốc Chi nhánh NHCSXH tỉnh tặng Giấy khen cho 5 tập thể', 'tỉnh', 'Giám đốc Chi nhánh NHCSXH tỉnh'],
    // abbreviations with a dot inside a word, as older pages write them
    ['Dịp này, T.Ư Hội Khuyến học VN tặng bằng khen cho 2 cá nhân', 'trung ương', 'T.Ư Hội Khuyến học VN'],
    // (the adverbs between the subject and the verb are not the subject's: the span starts at it)
    ['Dịp này, Hội Khuyến học tỉnh đã tặng bằng khen cho 2 cá nhân', 'tỉnh', 'Hội Khuyến học tỉnh đã'],
    ['UBND Q.Tân Phú tặng giấy khen cho 45 gia đình', 'quận', 'UBND Q.Tân Phú'],
    // a body that holds a meeting to give an honour gives it
    ['Ngày 3/12, Ban CHQS huyện Mường Tè đã tổ chức hội nghị tặng giấy khen cho 6 tập thể', 'huyện', 'Ban CHQS huyện Mường Tè đã'],
    // or organises the honouring itself
    ['Trước đó, UBND phường Tân Lộc đã tổ chức khen thưởng 56 cá nhân', 'phường', 'UBND phường Tân Lộc đã tổ chức'],
    // "Xã hội" is no commune, "xã Hội An" is one
    ['Giám đốc Sở Lao động - Thương binh và Xã hội tặng Giấy khen cho 4 tập thể', 'tỉnh', 'Giám đốc Sở Lao động - Thương binh và Xã hội'],
    ['Chủ tịch UBND xã Hội An tặng Giấy khen cho 4 tập thể', 'xã', 'Chủ tịch UBND xã Hội An'],
    // a co-operative is no commune either
    ['Liên minh Hợp tác xã tỉnh tặng Giấy khen cho 11 HTX', 'tỉnh', 'Liên minh Hợp tác xã tỉnh'],
    // a co-operative's board or a grassroots union honouring its own members; a national alliance of co-operatives
    ['Số còn lại nhận giấy khen của Ban quản trị HTX Tân Thạnh', 'cơ sở', 'Ban quản trị HTX Tân Thạnh'],
    ['Ban Chấp hành CĐCS tặng giấy khen cho 36 đoàn viên', 'cơ sở', 'Ban Chấp hành CĐCS'],
    ['Dịp này, Liên minh HTX Việt Nam tặng bằng khen cho 2 cá nhân', 'trung ương', 'Liên minh HTX Việt Nam'],
    // an abbreviation with "&" inside the name
    ['Dịp này, Giám đốc Sở GD&ĐT tặng giấy khen cho 4 giáo viên', 'tỉnh', 'Giám đốc Sở GD&ĐT'],
    // a body named for the whole country is national; its branch is the branch's tier
    ['Kỷ niệm chương của Hội Chữ thập đỏ Việt Nam cho 7 cá nhân', 'trung ương', 'Hội Chữ thập đỏ Việt Nam'],
    ['Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 3 tập thể', 'tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh'],
    ['Giấy khen của Ủy ban MTTQ Việt Nam huyện cho 8 cá nhân', 'huyện', 'Ủy ban MTTQ Việt Nam huyện'],
    // a name of the Central Highlands in the giver's phrase
    ["Phó Chủ tịch UBND tỉnh Y Khoa Mlô tặng Bằng khen cho 2 tập thể", 'tỉnh', 'Phó Chủ tịch UBND tỉnh Y Khoa Mlô'],
    ["Phó Chủ tịch UBND tỉnh H'Nhi Ayun tặng Bằng khen cho 2 tập thể", 'tỉnh', "Phó Chủ tịch UBND tỉnh H'Nhi Ayun"],
    // a national command of the armed forces, by its name or its head's
    ['Dịp này, 4 cán bộ, chiến sĩ nhận Bằng khen của Bộ Tư lệnh BĐBP', 'trung ương', 'Bộ Tư lệnh BĐBP'],
    ['Tư lệnh Bộ đội Biên phòng tặng Bằng khen cho 3 đồn', 'trung ương', 'Tư lệnh Bộ đội Biên phòng'],
    ['Bằng khen của Bộ Tư lệnh Cảnh sát biển cho 2 hải đội', 'trung ương', 'Bộ Tư lệnh Cảnh sát biển'],
    // a grassroots unit honouring in its own name, or its head (unless a tier word names whose it is)
    ['Nhân dịp này, Đồn Biên phòng Cửa Nhượng tặng Giấy khen cho 12 hộ ngư dân', 'cơ sở', 'Đồn Biên phòng Cửa Nhượng'],
    ['Giám đốc Bệnh viện Đa khoa Mường Tè tặng Giấy khen cho 25 viên chức', 'cơ sở', 'Giám đốc Bệnh viện Đa khoa Mường Tè'],
    ['Tổng Giám đốc Công ty khen thưởng 21 lao động giỏi', 'cơ sở', 'Tổng Giám đốc Công ty'],
    ['Đảng ủy Trường tặng Giấy khen cho 6 tập thể', 'cơ sở', 'Đảng ủy Trường'],
    // a hospital, a centre or a library of a province honours its own staff: the place word names
    // whose it is, not the giver's tier
    ['Giám đốc Bệnh viện Đa khoa tỉnh tặng Giấy khen cho 30 viên chức', 'cơ sở', 'Giám đốc Bệnh viện Đa khoa tỉnh'],
    ['Giám đốc Thư viện tỉnh tặng Giấy khen cho 9 cộng tác viên', 'cơ sở', 'Giám đốc Thư viện tỉnh'],
    // a state enterprise's provincial unit gives a company's tier
    ['Giám đốc Bưu điện tỉnh Khe Vạc tặng Giấy khen cho 9 bưu điện văn hóa xã', 'cơ sở', 'Giám đốc Bưu điện tỉnh Khe Vạc'],
    ['Giám đốc Trung tâm Y tế huyện khen thưởng 4 khoa, phòng', 'cơ sở', 'Giám đốc Trung tâm Y tế huyện'],
    // the state treasury is national; its branch named by a province's name or tier word is the province's
    ['Giấy khen của Tổng Giám đốc KBNN cho 5 tập thể', 'trung ương', 'Tổng Giám đốc KBNN'],
    ['Giám đốc KBNN Bình Định tặng Giấy khen cho 9 tập thể', 'tỉnh', 'Giám đốc KBNN Bình Định'],
    ['Giám đốc NHCSXH Việt Nam tặng Giấy khen cho 9 tập thể', 'trung ương', 'Giám đốc NHCSXH Việt Nam'],
    // a province's sector union
    ['Công đoàn ngành Y tế tặng Giấy khen cho 14 tập thể', 'tỉnh', 'Công đoàn ngành Y tế'],
    // a board that manages a forest or a neighbourhood is its own tier, unless a tier word names whose it is
    ['Giám đốc Ban Quản lý rừng phòng hộ Khe Vạc tặng Giấy khen cho 6 tổ tự quản', 'cơ sở', 'Giám đốc Ban Quản lý rừng phòng hộ Khe Vạc'],
    ['Ban điều hành khu phố 3 tặng Giấy khen cho 9 hộ', 'cơ sở', 'Ban điều hành khu phố 3'],
    ['Ban Quản lý các khu công nghiệp tỉnh tặng Giấy khen cho 8 doanh nghiệp', 'tỉnh', 'Ban Quản lý các khu công nghiệp tỉnh'],
    // whose the counted people are is no giver, before an active or a passive verb
    ['Dịp này, 2 bác sĩ của bệnh viện được nhận Bằng khen của Bộ trưởng Bộ Y tế', 'trung ương', 'Bộ trưởng Bộ Y tế'],
    ['3 giáo viên của trường cũng được tặng Bằng khen của Chủ tịch UBND tỉnh', 'tỉnh', 'Chủ tịch UBND tỉnh'],
    // the subject of a first verb joined to the verb of honour by "và"
    ['Sáng cùng ngày, UBND thị xã Kỳ Lâm cũng tổ chức gặp mặt doanh nghiệp trên địa bàn và tặng Giấy khen cho 9 doanh nghiệp', 'thị xã', 'UBND thị xã Kỳ Lâm'],
    ['Tối 3/1, Huyện đoàn Đông Sơn tổ chức chương trình giao lưu “Thanh niên với biển đảo” và tuyên dương 12 đoàn viên', 'huyện', 'Huyện đoàn Đông Sơn'],
  ])('%s → %s', (text, tier, phrase) => {
    const hits = findIssuers(text);
    expect(hits.map((h) => [h.value, text.slice(h.start, h.end).trim()])).toEqual([[tier, phrase]]);
  });

  it('the quoted name of an honour is no giver, the body after it is', () => {
    const text = 'Kỷ niệm chương “Vì sự nghiệp xây dựng của tổ chức Công đoàn Việt Nam” được trao cho 6 đoàn viên';
    expect(findIssuers(text)).toEqual([]);
    const straight = 'Trao Kỷ niệm chương "Vì thế hệ trẻ của Việt Nam" của Trung ương Đoàn cho 4 cá nhân';
    expect(findIssuers(straight).map((h) => [h.value, straight.slice(h.start, h.end)])).toEqual([['trung ương', 'Trung ương Đoàn']]);
  });

  it('"của <body>" right after counted recipients honoured by someone else is whose they are', () => {
    const text = 'Dịp này, 45 tập thể, cá nhân của Quận 8 được Chủ tịch UBND TP HCM tặng Bằng khen';
    expect(findIssuers(text).map((h) => [h.value, text.slice(h.start, h.end).trim()])).toEqual([['thành phố', 'Chủ tịch UBND TP HCM']]);
    // (received, as well as given: "vinh dự nhận")
    const received = '2 tập thể của huyện vinh dự nhận Bằng khen của Trung ương Hội Khuyến học Việt Nam';
    expect(findIssuers(received).map((h) => h.value)).toEqual(['trung ương']);
    // "của" after the form is the issuer
    expect([...new Set(findIssuers('Bằng khen của Chủ tịch UBND Quận 8 được trao cho 5 tập thể').map((h) => h.value))]).toEqual(['quận']);
  });

  it('the handing over by a provincial commander leaves the command named after "của" its tier', () => {
    const text = 'Thượng tá Lò Văn Dũng, Chỉ huy trưởng BĐBP tỉnh trao Bằng khen của Bộ Tư lệnh BĐBP cho 3 tập thể';
    const awards = extract(`Tin biên phòng\n\n${text}.`, { file: 'x.txt' }).awards.map((a) => [a.count, a.recipient_type, a.level]);
    expect(awards).toEqual([[3, 'tập thể', 'trung ương']]);
  });

  it('a military region\'s command names no tier', () => {
    expect(findIssuers('Bộ Tư lệnh Quân khu 5 tặng Bằng khen cho 6 tập thể')).toEqual([]);
  });

  it('a company\'s general director is no national head: the company gives its own tier', () => {
    expect(findIssuers('Tổng Giám đốc Công ty cổ phần May Hòa Bình tặng Giấy khen cho 12 công nhân').map((h) => h.value)).toEqual(['cơ sở']);
  });

  it('a general director alone is the head of the unit the article is about: its grassroots tier', () => {
    // (the writers of blind18, blind19 and blind20 give a company's own honours cơ sở)
    expect(findIssuers('Tổng Giám đốc tặng Giấy khen cho 12 tập thể').map((h) => h.value)).toEqual(['cơ sở']);
  });

  it('a bare place after "của" is whose a thing is, unless an honour is what it owns', () => {
    expect(findIssuers('tặng cho 2 cá nhân có nhiều đóng góp cho phong trào khuyến học của quận')).toEqual([]);
    expect(findIssuers('3 cá nhân được tặng Giấy khen của huyện').map((h) => h.value)).toEqual(['huyện']);
  });

  it('a verb after a capitalized word ends the issuer; "cơ sở" is no department', () => {
    expect(findIssuers('bà Lò Thị Mai, Chủ tịch Hội Phụ nữ xã Tà Tổng được Ban Dân vận Tỉnh ủy tặng Giấy khen').map((h) => h.value)).toEqual(['tỉnh']);
    expect(findIssuers('Đảng ủy cơ sở tặng Giấy khen cho 3 chi bộ').map((h) => h.value)).not.toContain('tỉnh');
  });
});

describe('people counted by their role', () => {
  const awards = (body: string) =>
    extract(`Tin giáo dục\n\n${body}`, { file: 'x.txt' }).awards.map((a) => [a.count, a.recipient_type, a.level, a.award]);
  it.each([
    ['Ngày 18/11/2023, Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen cho 4 nhà giáo.', [[4, 'cá nhân', 'trung ương', 'bằng khen']]],
    ['Ngày 20/3/2021, Chủ tịch UBND tỉnh tặng Bằng khen cho 12 bác sĩ và 30 nhân viên y tế.', [[12, 'cá nhân', 'tỉnh', 'bằng khen'], [30, 'cá nhân', 'tỉnh', 'bằng khen']]],
    ['Ngày 20/3/2021, công ty hỗ trợ 200 người lao động bị mất việc.', []],
    ['Ngày 9/7/2021, Giám đốc Sở Y tế tặng Giấy khen cho 16 khoa, phòng và 120 cán bộ, nhân viên.', [[16, 'tập thể', 'tỉnh', 'giấy khen'], [120, 'cá nhân', 'tỉnh', 'giấy khen']]],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});

// Two issuers in one clause: a count that receives "… của <issuer>" takes the issuer after it,
// not the nearer one before it
describe('the issuer a count receives from', () => {
  const levels = (text: string) => extract(`Tin tức.\n${text}`, { file: 't.txt' }).awards.map((a) => [a.count, a.recipient_type, a.level, a.award]);
  it.each([
    ['Dịp này, 12 tập thể, 21 cá nhân nhận Bằng khen của Chủ tịch UBND tỉnh và 35 tập thể, 47 cá nhân nhận Giấy khen của Chủ tịch UBND huyện.',
      [[12, 'tập thể', 'tỉnh', 'bằng khen'], [21, 'cá nhân', 'tỉnh', 'bằng khen'], [35, 'tập thể', 'huyện', 'giấy khen'], [47, 'cá nhân', 'huyện', 'giấy khen']]],
    ['Dịp này, 6 tập thể được tặng Giấy khen của Ban Thường vụ Huyện ủy, 9 cá nhân được tặng Giấy khen của Đảng ủy xã.',
      [[6, 'tập thể', 'huyện', 'giấy khen'], [9, 'cá nhân', 'xã', 'giấy khen']]],
    // the giver before the counts it gives to, not the nearer one after them
    ['Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 4 tập thể, 9 cá nhân và UBND huyện tặng giấy khen cho 20 tập thể, cá nhân.',
      [[4, 'tập thể', 'tỉnh', 'bằng khen'], [9, 'cá nhân', 'tỉnh', 'bằng khen'], [20, 'tập thể, cá nhân', 'huyện', 'giấy khen']]],
  ])('%s', (text, expected) => expect(levels(text)).toEqual(expected));
});

describe('words that name no giver', () => {
  it('the ones given an honour by a passive with no agent are no issuer ("4 cán bộ huyện được trao …")', () => {
    expect(findIssuers('Dịp này, 6 đồng chí nguyên cán bộ huyện được trao Kỷ niệm chương.')).toEqual([]);
  });
  it('an embassy "tại Việt Nam" is no national issuer of the country', () => {
    expect(findIssuers('Đại sứ quán Lào tại Việt Nam tặng Giấy khen cho 11 lưu học sinh')).toEqual([]);
  });
});
