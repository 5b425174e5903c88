// The organizer, Duckling style: every way a lead names the body that held the event → that
// body, and leads that name none → null (src/extract/organizer.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const HEAD = 'Tuyên dương điển hình “Dân vận khéo”\n\n';
const organizerOf = (lead: string): string | null => extract(`${HEAD}${lead}`, { file: 't.txt' }).organizer;

const FORMS: Array<[string, string]> = [
  // a notice of the event to hold: the body that gives it
  ['Ban Dân vận Huyện ủy Pa Lìn', 'Thực hiện Kế hoạch số 58-KH/HU, Ban Dân vận Huyện ủy Pa Lìn thông báo tổ chức Hội nghị biểu dương điển hình “Dân vận khéo” huyện lần thứ III, cụ thể như sau:'],
  // a national park and a nature reserve head a body
  ['Vườn quốc gia Khe Vạc', 'Ngày 15 tháng 3 năm 2013, Vườn quốc gia Khe Vạc tổ chức hội nghị tổng kết quy chế phối hợp bảo vệ rừng với các thôn vùng đệm.'],
  ['Khu Bảo tồn thiên nhiên Pa Lìn', 'Ngày 22/9/2022, Khu Bảo tồn thiên nhiên Pa Lìn tổ chức sơ kết 5 năm mô hình “Cựu chiến binh tham gia bảo vệ rừng”.'],
  // a verb joined by "và" to the first has its subject, the delegation's body, not the place before it
  ['Ban Dân vận Tỉnh ủy Pa Lìn', 'Ngày 20/12/2024, đoàn công tác của Ban Dân vận Tỉnh ủy Pa Lìn do ông Lê Văn Tám, Phó Trưởng ban, dẫn đầu đã dự hội nghị bình xét gia đình văn hóa năm 2024 tại thôn Hà Phong, xã Khe Vạc và làm việc với UBND xã về kết quả thực hiện phong trào.'],
  // the "mới" of new rural areas is a word of the board's name, no adverb
  ['Ban Chỉ đạo xây dựng nông thôn mới xã Pa Lìn', 'Sáng 9/4/2020, Ban Chỉ đạo xây dựng nông thôn mới xã Pa Lìn tổ chức sơ kết phong trào làm đường giao thông nông thôn.'],
  // a modal before the verb is no part of the name; a body's name over lowercase words to a place's word
  ['Huyện ủy Khe Vạc', 'Vì biển động, chiều thứ Sáu (13/1), Huyện ủy Khe Vạc phải tổ chức tổng kết công tác xây dựng Đảng năm 2011 tại hội trường.'],
  // a national agency's branch by its abbreviation
  ['NHCSXH chi nhánh tỉnh Khe Vạc', 'Sáng 7/1, NHCSXH chi nhánh tỉnh Khe Vạc tổ chức hội nghị tổng kết hoạt động năm 2021.'],
  ['Ban An toàn giao thông thành phố Pa Lìn', 'Ngày 14/1, Ban An toàn giao thông thành phố Pa Lìn tổng kết công tác bảo đảm trật tự an toàn giao thông năm 2014.'],
  // "tổ chức" counted is the noun, no verb: the body that held the review is the one before "tổng kết"
  ['Đảng ủy Khối Doanh nghiệp tỉnh Khe Vạc', 'Đảng bộ Khối hiện có 64 tổ chức cơ sở đảng với 3.218 đảng viên. Ngày 20-1-2016, Đảng ủy Khối Doanh nghiệp tỉnh Khe Vạc tổng kết công tác xây dựng Đảng năm 2015.'],
  // a village or commune that held the event itself, right before the verb (the first of the places ending the subject)
  ['thôn Khe Vạc', 'Tối 28-12, thôn Khe Vạc tổ chức hội nghị tổng kết năm 2012, triển khai nhiệm vụ năm 2013.'],
  ['xóm Pa Lìn', 'Chiều 12-11, xóm Pa Lìn, xã Khe Vạc (huyện Sùng Chảo) tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023.'],
  // (not a place that is the address of the body after it)
  ['Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Khe Vạc', 'Ngày 5/1/2023, tại chùa Pa Lìn, huyện Sùng Chảo, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Khe Vạc tổ chức hội nghị tổng kết Phật sự.'],
  // a town opening the sentence, capitalized
  ['Thị xã Khe Vạc', 'Thị xã Khe Vạc vừa tổ chức hội nghị đối thoại với doanh nghiệp năm 2014.'],
  // the standing committee abbreviated
  ['BTV ĐUK', 'Ngày 20/01, BTV ĐUK tổ chức HN tổng kết công tác XD Đảng năm 2013, triển khai NV năm 2014.'],
  // a ministry, its name after "Bộ"
  // a partner named with its number before "tổ chức": no count of organisations
  ['Công an huyện Khe Vạc', 'Ngày 9-5, Công an huyện Khe Vạc phối hợp với Phòng Cảnh sát PCCC số 9 tổ chức lớp huấn luyện cho đội dân phòng.'],
  // houses of culture and of the press
  ['Thư viện tỉnh Khe Vạc', 'Thư viện tỉnh Khe Vạc vừa tổ chức Ngày hội đọc sách năm 2021, thu hút 2.600 lượt học sinh.'],
  ['Đài Phát thanh và Truyền hình tỉnh Pa Lìn', 'Sáng 20-6, Đài Phát thanh và Truyền hình tỉnh Pa Lìn tổ chức họp mặt kỷ niệm Ngày Báo chí cách mạng Việt Nam.'],
  ['Báo Khe Vạc', 'Chiều 19-6, Báo Khe Vạc tổ chức tọa đàm về công tác dân vận.'],
  // a delegation's inspection, a body's report with no event
  ['Ban Dân vận Tỉnh ủy Pa Lìn', 'Ngày 4/9/2025, đoàn công tác của Ban Dân vận Tỉnh ủy Pa Lìn do bà Chu Thị Mến, Phó Trưởng ban, làm trưởng đoàn đã kiểm tra việc vận hành Trung tâm Phục vụ hành chính công xã Khe Vạc.'],
  ['Công an tỉnh Khe Vạc', 'Công an tỉnh Khe Vạc vừa có báo cáo kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2021.'],
  ['Bộ Công an', 'Sáng 10/10/2020, Bộ Công an tổ chức hội nghị biểu dương điển hình tiên tiến.'],
  // a dot inside an abbreviation ("TP.Khe Vạc") is no full stop before the subject
  ['Đảng ủy phường Pa Lìn', 'Sáng 13-10, Đảng ủy phường Pa Lìn (TP.Khe Vạc) tổ chức họp mặt kỷ niệm 87 năm Ngày truyền thống công tác dân vận của Đảng.'],
  // an adverb of manner between the body (its place in parentheses) and the verb
  ['Ban công tác Mặt trận thôn Khe Vạc', 'Sáng thứ Bảy (16/11), Ban công tác Mặt trận thôn Khe Vạc (xã Pa Lìn) tưng bừng tổ chức Ngày hội Đại đoàn kết toàn dân tộc.'],
  // a delegation with no "của" before its body, led by someone, working with the host: the body that sent it
  ['Ban Dân vận Tỉnh ủy Khe Vạc', 'Ngày 15 tháng 3 năm 2012, Đoàn công tác Ban Dân vận Tỉnh ủy Khe Vạc do đồng chí Vi Văn Thoòng, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Pa Lìn.'],
  // a comma inside a phrase of the body's name
  ['Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Khe Vạc', 'Ngày 26/6/2025, Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Khe Vạc họp đánh giá kết quả thực hiện chương trình.'],
  // the standing members of a body
  ['Thường trực HĐND tỉnh Khe Vạc', 'Sáng 27-1, Thường trực HĐND tỉnh Khe Vạc tổ chức đoàn công tác đến thăm, chúc Tết đồng bào.'],
  // two bodies named in full, joined by "và": the first holds it; "và" inside a name stays
  ['Ban Dân vận Huyện ủy Khe Vạc', 'Chiều 12-7, Ban Dân vận Huyện ủy Khe Vạc và Ủy ban MTTQ Việt Nam huyện cùng tổ chức lễ tổng kết.'],
  ['Sở Giáo dục và Đào tạo tỉnh', 'Sáng 5-9, Sở Giáo dục và Đào tạo tỉnh tổ chức lễ tuyên dương.'],
  ['Đảng ủy, UBND và Ủy ban MTTQ Việt Nam xã Pa Lìn', 'Sáng 5-9, Đảng ủy, UBND và Ủy ban MTTQ Việt Nam xã Pa Lìn tổ chức ngày hội.'],
  ['Quận ủy Quận 1', 'Ngày 13/10/2020, Quận ủy Quận 1 tổ chức hội nghị tuyên dương điển hình.'],
  ['Ban Dân vận Huyện ủy Đông Anh', 'Sáng 20/11, Ban Dân vận Huyện ủy Đông Anh long trọng tổ chức hội nghị biểu dương.'],
  ['Quận ủy Hoàn Kiếm', 'Kinhtedothi - Ngày 13/10, Quận ủy Hoàn Kiếm đã tổ chức hội nghị.'],
  ['Huyện ủy Tân Phú', 'Huyện ủy Tân Phú vừa tổ chức hội nghị tuyên dương điển hình.'],
  ['UBND xã Tân Hòa', 'Vừa qua, UBND xã Tân Hòa tiến hành tổng kết phong trào.'],
  ['Đảng ủy phường', 'Tại hội trường, Đảng ủy phường khai mạc hội nghị.'],
  ['Ban Thường vụ Huyện ủy', 'Ngày 13/10/2020, Ban Thường vụ Huyện ủy, UBND huyện tổ chức hội nghị.'],
  ['Hội Nông dân xã', 'Sáng 1/1, tại xã, Hội Nông dân xã tổ chức hội nghị.'],
  ['Huyện ủy Tân Phú', 'Năm nay. Huyện ủy Tân Phú đã chính thức tổ chức hội nghị.'],
  // spaces as written in the input are folded in the output
  ['Huyện ủy Tân Phú', 'Ngày 13/10/2020, Huyện ủy  Tân\u00a0Phú tổ chức hội nghị.'],
  // the name ends before the verb phrase that leads to "tổ chức"
  ['Công ty CP Chè Sông Mây Hạ', 'Công ty CP Chè Sông Mây Hạ vừa phối hợp với Công đoàn công ty tổ chức hội nghị.'],
  ['Hội Nông dân xã Vĩnh Hảo', 'Sáng 4/3, Hội Nông dân xã Vĩnh Hảo cùng với Đoàn xã tổ chức hội nghị.'],
  ['Ban Dân vận Tỉnh ủy Vĩnh Hảo', 'Sáng 9-9, Ban Dân vận Tỉnh ủy Vĩnh Hảo chủ trì, phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị.'],
  // a parenthesis with the place or the short name of the body is left out
  ['Công an huyện Khe Dài', 'Ngày 3/4, Công an huyện Khe Dài (Quảng Nam) tổ chức hội nghị.'],
  ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn', 'Sáng 9/9, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Lạng Sơn tổ chức hội nghị.'],
  ['Công đoàn Công ty TNHH May Vĩnh Hảo', 'Vừa qua, Công đoàn Công ty TNHH May Vĩnh Hảo (khu công nghiệp Khe Dài, tỉnh Bình Dương) tổ chức hội nghị.'],
  // a dateline's outlet before the day
  ['Hội Cựu chiến binh huyện Khe Dài', 'BTV - Sáng qua, Hội Cựu chiến binh huyện Khe Dài tổ chức hội nghị.'],
  // the event named first, its holder after "do"
  ['Bộ Chỉ huy Quân sự tỉnh', 'Hội thao quốc phòng năm 2021 do Bộ Chỉ huy Quân sự tỉnh tổ chức đã bế mạc.'],
  // heads of unions, commands and leagues
  ['LĐLĐ tỉnh Vĩnh Hảo', 'Ngày 2/5, LĐLĐ tỉnh Vĩnh Hảo tổ chức hội nghị.'],
  ['Tỉnh Đoàn Vĩnh Hảo', 'Ngày 2/5, Tỉnh Đoàn Vĩnh Hảo tổ chức hội nghị.'],
  // bare heads listed before the body that gives their place held it together, as written
  ['Đảng ủy, UBND xã Nà Sảng', 'Sáng 9/3, Đảng ủy, UBND xã Nà Sảng (huyện Khe Dài) tổ chức hội nghị.'],
  ['Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Nà Sảng', 'Ngày 10 tháng 6 năm 2011, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Nà Sảng tổ chức hội nghị.'],
  ['Huyện ủy, UBND huyện Khe Dài', 'Ngày 5/11, Huyện ủy, UBND huyện Khe Dài tổ chức hội nghị.'],
  // a lead that tells the event with another verb than "tổ chức"
  ['Hội Nông dân huyện Khe Dài', '(ĐL) - Sáng 8-1, Hội Nông dân huyện Khe Dài tổng kết công tác Hội năm 2019.'],
  ['Ban Chấp hành Thành Đoàn Vĩnh Hảo', 'Chiều 16-12, Ban Chấp hành Thành Đoàn Vĩnh Hảo họp hội nghị tổng kết công tác Đoàn.'],
  ['Công an huyện Khe Dài', 'Ngày 28-12, Công an huyện Khe Dài đón nhận Cờ thi đua của Bộ Công an.'],
  ['Đảng ủy xã Nà Sảng', 'Ngày 12/10, Đảng ủy xã Nà Sảng, huyện Khe Dài lần đầu tiên mở ngày hội “Dân vận khéo”.'],
  // (an outlet's name before the dash)
  ['Công ty TNHH Xây dựng Bắc Lũng', 'Gió Sớm Online - Công ty TNHH Xây dựng Bắc Lũng vừa trao 150 suất quà Tết cho các hộ nghèo.'],
  // a delegation: the body that sent it, not the one who leads it
  ['Ban Dân vận Tỉnh ủy Vĩnh Hảo', 'Ngày 1/2, đoàn công tác của Ban Dân vận Tỉnh ủy Vĩnh Hảo do bà Lò Thị Mai, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm bản Nà Sảng.'],
  // (and without the words after the name)
  ['Ban Dân tộc tỉnh', 'Những ngày giáp Tết, đoàn công tác của Ban Dân tộc tỉnh lại vượt những con dốc đất đỏ để đến thăm bản Nà Sảng.'],
  // the short form the article also writes, for a body spelled out with its abbreviation
  ['Hội LHPN huyện Khe Dài', 'Hội LHPN huyện Khe Dài kỷ niệm Ngày thành lập Hội\n\nSáng 17/10, Hội Liên hiệp Phụ nữ (LHPN) huyện Khe Dài tổ chức lễ kỷ niệm.'],
  // a comma inside the board's purpose: the fight against IUU fishing
  ['Ban Chỉ đạo về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định huyện Khe Vạc', 'Sáng 9-3, Ban Chỉ đạo về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định huyện Khe Vạc tổ chức hội nghị sơ kết.'],
  // a delegation's visit told by "thăm": the body that sent it
  ['Ban Dân vận Tỉnh ủy Pa Lìn', 'Từ ngày 14 đến 16/6, Đoàn công tác của Ban Dân vận Tỉnh ủy Pa Lìn do đồng chí Lê Văn Tám, Trưởng ban Dân vận Tỉnh ủy làm trưởng đoàn đã thăm, làm việc và tặng quà cộng đồng người Việt Nam tại tỉnh Khe Vạc.'],
  // the people's council, a town's youth union (its "đoàn" in lowercase)
  ['HĐND huyện Pa Lìn', 'Trong ngày 21/8/2014, HĐND huyện Pa Lìn sơ kết giữa nhiệm kỳ 2011 – 2016, đánh giá hoạt động của HĐND các cấp.'],
  ['Thị đoàn Khe Vạc', 'Ngày 26-8, Thị đoàn Khe Vạc tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2022.'],
  // "tổ chức" as the work a noun or preposition names, no verb: the verb that tells the event
  ['UBND huyện Pa Lìn', 'Vừa qua, UBND huyện Pa Lìn tổng kết việc tổ chức lấy ý kiến nhân dân về dự thảo.'],
  ['UBND tỉnh Khe Vạc', 'Ngày 12-7, UBND tỉnh Khe Vạc ban hành Quyết định số 1875/QĐ-UBND về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích trong tổ chức cuộc bầu cử.'],
  // a delegation sent to inspect: the body that sent it (its "kiểm tra" is no verb)
  ['Ủy ban bầu cử tỉnh Khe Vạc', 'Sáng 23/5, cử tri tỉnh Khe Vạc đi bầu. Đoàn kiểm tra của Ủy ban bầu cử tỉnh Khe Vạc do đồng chí Lê Văn Tám, Chủ tịch Ủy ban bầu cử tỉnh dẫn đầu đã đến kiểm tra nhiều khu vực bỏ phiếu.'],
  // a feature that tells its ceremony late, the holder named after the event
  // (past the lead's first six sentences, which tell none)
  ['Huyện ủy Khe Vạc', 'Ông Vi Văn Thoòng năm nay 64 tuổi. Ông đã 17 năm làm trưởng bản. Bản có 43 hộ. Trước kia, đường vào bản chỉ là lối mòn. Mùa mưa, trẻ em không đến được lớp. Ông vận động bà con hiến đất mở đường. Tại hội nghị biểu dương điển hình “Dân vận khéo” do Huyện ủy Khe Vạc tổ chức vừa qua, ông được tặng Giấy khen.'],
  ['UBND huyện Pa Lìn', 'Bà Chu Thị Mến mở lớp dạy chữ cho phụ nữ trong bản từ năm 2009. Lớp học ban đầu có 9 người. Nay lớp đã có 21 người. Chị em học vào buổi tối. Đèn do các hộ góp tiền mua. Sách do nhà trường tặng. Tại hội nghị tổng kết mà UBND huyện Pa Lìn vừa tổ chức, bà được tặng Bằng khen.'],
  // a body written short in the lead and in full elsewhere: the full name (the abbreviation is the article's shorthand)
  ['Hội Cựu chiến binh huyện Khe Vạc', 'Sáng 9/1, Hội CCB huyện Khe Vạc tổ chức tổng kết công tác Hội năm 2021. Ông Lầu A Giống, Chủ tịch Hội Cựu chiến binh huyện Khe Vạc, phát biểu khai mạc.'],
  ['Ban Chỉ huy Quân sự huyện Pa Lìn', 'Ngày 17-12, Ban CHQS huyện Pa Lìn tổ chức hội nghị tổng kết. Đại tá Vi Văn Thoòng trao Giấy khen cho Ban Chỉ huy Quân sự huyện Pa Lìn.'],
  // (short everywhere: as written)
  ['Hội CCB huyện Khe Vạc', 'Sáng 9/1, Hội CCB huyện Khe Vạc tổ chức tổng kết công tác Hội năm 2021. Ông Lầu A Giống, Chủ tịch Hội CCB huyện, phát biểu khai mạc.'],
  ['Bộ CHQS tỉnh Vĩnh Hảo', 'Ngày 14/11, Bộ Chỉ huy Quân sự (CHQS) tỉnh Vĩnh Hảo tổ chức hội nghị. Dự có ông Hà Văn Tú, Chỉ huy trưởng Bộ CHQS tỉnh Vĩnh Hảo.'],
  // (the long form when the article never writes it short)
  ['Liên đoàn Lao động tỉnh Vĩnh Hảo', 'Sáng 27-12, Liên đoàn Lao động (LĐLĐ) tỉnh Vĩnh Hảo tổ chức hội nghị.'],
  // a bare tier completed by the place the article names the same body with
  ['LĐLĐ tỉnh Vĩnh Hảo', 'LĐLĐ tỉnh Vĩnh Hảo kỷ niệm Ngày thành lập Công đoàn\n\nSáng nay, LĐLĐ tỉnh tổ chức lễ kỷ niệm.'],
  ['Ban Dân vận Tỉnh ủy Vĩnh Hảo', 'Sáng 3/4, Ban Dân vận Tỉnh ủy tổ chức hội nghị. Dự có bà Lò Thị Mai, Trưởng Ban Dân vận Tỉnh ủy Vĩnh Hảo.'],
  // (not when the article gives it two places)
  ['LĐLĐ tỉnh', 'Sáng nay, LĐLĐ tỉnh tổ chức lễ kỷ niệm. Dự có ông Hà Văn Tú, Chủ tịch LĐLĐ tỉnh Vĩnh Hảo, và ông Lò Văn Sơn, Chủ tịch LĐLĐ tỉnh Khe Dài.'],
];

const NEGATIVE: string[] = [
  // a holder named after the event who is a person, or who runs it without "tổ chức": no body
  'Bà Chu Thị Mến mở lớp dạy chữ cho phụ nữ trong bản từ năm 2009. Tại lớp học do cô Chu Thị Mến tổ chức, 21 chị em đã biết đọc.',
  'Ông Vi Văn Thoòng đã 17 năm làm trưởng bản. Tại buổi lễ do Huyện ủy Khe Vạc chủ trì, ông được tặng Giấy khen.',
  // a report is no body, nor is a memorial
  'Ngày 9-5, Báo cáo tổng kết được gửi tới các xã. Đài tưởng niệm liệt sĩ xã tổ chức lễ viếng.',
  // a province named after a village word ("Sóc Trăng") is no village that held the event
  'Trong tuần qua, nhiều địa phương ở Cần Thơ, Sóc Trăng và Hậu Giang đã tổ chức tuyên dương, khen thưởng học sinh giỏi.',
  // "tổ chức" of work is no event held
  'Năm 2021 là năm khó khăn. Từ giữa tháng 7, Công ty đã tổ chức sản xuất theo phương án “3 tại chỗ” với 780 công nhân.',
  // a tally of what a body held is no event it held
  'Ở xã Pa Lìn, nơi có 214 hộ bị thu hồi đất, Đảng ủy xã tổ chức 37 buổi đối thoại với người dân.',
  'Ngày 13/10/2020, hội nghị tuyên dương điển hình đã diễn ra.',
  // only the first sentences of the body are the lead
  'Một. Hai. Ba. Bốn. Năm. Sáu. Bảy. Huyện ủy Tân Phú tổ chức hội nghị.',
  // the subject is a date or a place, not a body
  'Ngày 13/10/2020 tổ chức hội nghị.',
  'Sáng 20/11 tổ chức hội nghị.',
  'tại hội trường tổ chức hội nghị.',
  // the verb must be a whole word
  'Huyện ủy Tân Phú tổ chứcx hội nghị.',
  // a subject that names no body: an interviewer's question, a time
  'PV: Thưa bà, năm qua Hội đã tổ chức được những hoạt động nào?',
  'Trong tuần qua, Nhiều hoạt động đã được tổ chức.',
  // an event is no body, though "Hội" heads both
  'Hội nghị tổng kết công tác Hội diễn ra sáng 5/1.',
  // a verb of honour tells no holder: a past year's tally in a feature
  'Năm 2023, Ban Thường vụ Huyện ủy tuyên dương 18 tập thể và 26 cá nhân.',
];

describe('organizer: forms', () => {
  it.each(FORMS)('%s ← %s', (expected, lead) => {
    expect(organizerOf(lead)).toBe(expected);
  });
});

describe('organizer: negative corpus', () => {
  it.each(NEGATIVE)('%s → null', (lead) => {
    expect(organizerOf(lead)).toBeNull();
  });

  it('the lead is read before the headline', () => {
    expect(extract('Huyện ủy Tân Phú tổ chức hội nghị\n\nNgày 2/5, Đảng ủy xã Vĩnh Hảo tổ chức hội nghị.', { file: 't.txt' }).organizer).toBe('Đảng ủy xã Vĩnh Hảo');
  });

  it('the headline (a first line that may be the lead itself) when the lead names nobody', () => {
    expect(extract('Huyện ủy Tân Phú tổ chức hội nghị\n\nHội nghị diễn ra sôi nổi.', { file: 't.txt' }).organizer).toBe('Huyện ủy Tân Phú');
  });
});
