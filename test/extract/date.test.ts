// Event dates, Duckling style: every way of writing one day → that day, and phrases that
// name no event day → null. Snippets are short invented reports: a headline, then the text.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const dateOf = (text: string): string | null => extract(text, { file: 't.txt' }).date;
/** The line under test, for the test name. */
const label = (text: string): string => text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('Mức') && l !== 'TIN MỚI NHẤT').slice(1).map((l) => l.replace(REST_RE, '')).join(' | ').slice(0, 110);

const HEAD = 'Tuyên dương điển hình “Dân vận khéo” năm 2020\n\n';
const REST_RE = / Hội nghị đã tuyên dương các tập thể.*$/u;
const REST = ' Hội nghị đã tuyên dương các tập thể, cá nhân có nhiều cách làm hay, sáng tạo trong công tác dân vận.';
// long enough that a debris heading after it sits in the second half of the page
const BODY = [
  'Trong những năm qua, công tác dân vận trên địa bàn huyện đã có nhiều chuyển biến tích cực, vận động nhân dân tham gia các phong trào thi đua yêu nước, chăm lo đời sống vật chất, tinh thần của nhân dân.',
  'Các cấp ủy, chính quyền, Mặt trận và đoàn thể đã phối hợp chặt chẽ, lắng nghe ý kiến của nhân dân, kịp thời giải quyết những kiến nghị chính đáng, tạo sự đồng thuận trong xã hội.',
  'Phong trào thi đua “Dân vận khéo” được triển khai rộng khắp, gắn với thực hiện nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị.',
].join('\n\n');

const FORMS: Array<[string, string]> = [
  // the days a visit spans, after the occasion told first: the first day, the year the anniversary's
  ['2016-07-20', `Thăm gia đình chính sách\n\nNhân kỷ niệm 69 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2016), trong hai ngày 20 và 21/7, đoàn công tác của Tỉnh ủy Pa Lìn do ông Lê Văn Tám làm trưởng đoàn đã đến thăm các gia đình chính sách.${REST}`],
  // the year and month a page's address files it under, over the years of a history told
  ['2019-11-09', `BÁO PA LÌN\nhttps://baopalin.vn/thoi-su/2019/11/truy-tang-anh-hung-a1234.html\n\nTruy tặng danh hiệu Anh hùng cho 2 liệt sĩ\nSáng 9-11, tại xã Khe Vạc, UBND tỉnh tổ chức lễ truy tặng. Năm 1968, hai liệt sĩ hy sinh; năm 1968 đơn vị được tuyên dương; năm 1971 xã được khen.${REST}`],
  // (an event in a month after the address's is of the year before)
  ['2018-12-28', `BÁO PA LÌN\nhttps://baopalin.vn/thoi-su/2019/01/tong-ket-a1235.html\n\nTổng kết công tác dân vận\nSáng 28-12, Huyện ủy Pa Lìn tổ chức hội nghị tổng kết. Năm 1975, huyện được giải phóng; năm 1975 huyện có 3 xã.${REST}`],
  // a stamp with "lúc" before its date is the page's: the year of a day told with its weekday
  ['2022-04-18', `Khảo sát phong trào “Dân vận khéo”\n\nCập nhật lúc 19/04/2022 08:40\n\nSáng thứ Hai (18/4), Ban Dân vận Tỉnh ủy tổ chức đoàn khảo sát tại huyện Pa Lìn. Năm 2022, huyện có nhiều mô hình; năm 2022 cũng là năm đầu nhiệm kỳ.${REST}`],
  // a dateline is the event's day when the text tells no other, and gives way to one it tells
  ['2020-11-16', `Pa Lìn, 16/11/2020\n\n${HEAD}Huyện ủy Pa Lìn long trọng tổ chức lễ kỷ niệm Ngày truyền thống ngành Dân vận.${REST}`],
  ['2020-11-15', `Pa Lìn, 16/11/2020\n\n${HEAD}Sáng 15/11, Huyện ủy Pa Lìn long trọng tổ chức lễ kỷ niệm Ngày truyền thống ngành Dân vận.${REST}`],
  // the lead says only that the event was held; the day is where someone spoke at it
  ['2021-09-16', `TIN NHANH\nThứ Sáu, 17/09/2021 - 10:05\n\n${HEAD}Hội Cựu chiến binh tỉnh Khe Vạc vừa tổ chức Đại hội đại biểu lần thứ V.\n\nPhát biểu tại Đại hội sáng 16/9, ông Lê Văn Tám đề nghị Hội tiếp tục đổi mới.${REST}`],
  // the event's own sentence names the earlier month it answers, with its year; other years mentioned more often do not
  ['2018-07-03', `${HEAD}Sáng thứ Ba (3/7), Bộ CHQS tỉnh Khe Vạc tổ chức hội nghị khen thưởng các tập thể, cá nhân giúp nhân dân khắc phục hậu quả đợt mưa lũ cuối tháng 6/2018. Kế hoạch năm 2019, năm 2019 và năm 2019 đã được giao.${REST}`],
  // (and the earlier day, in full)
  ['2022-10-26', `${HEAD}Sáng 26/10, UBND quận Pa Lìn tuyên dương những tập thể, cá nhân có thành tích trong khắc phục hậu quả trận mưa lớn đêm 14/10/2022. Năm 2023 và năm 2023 sẽ còn nhiều việc.${REST}`],
  // (not the end of an anniversary's span, after the event's day)
  ['2023-04-28', `Tự hào công nhân Khe Vạc\nThứ Bảy, 29/04/2023\n\nTối 28-4, LĐLĐ tỉnh Khe Vạc tổ chức chương trình kỷ niệm Ngày Quốc tế Lao động (1/5/1886 – 1/5/2023).${REST}`],
  // the page's date after a label, then its author
  ['2016-04-15', `Huyện Pa Lìn tổng kết mùa khô\n\nNgày 15/4, UBND huyện Pa Lìn tổ chức tổng kết công tác phòng cháy rừng mùa khô 2015 - 2016.${REST}\n\nĐăng ngày 16/04/2016 - Lê Văn Tám`],
  // an anniversary's range of months in parentheses gives the year; other years mentioned more often do not
  ['2019-01-11', 'Công ty Khe Vạc đón nhận Huân chương Lao động\n\nChiều 11-1, Công ty Cổ phần Khe Vạc tổ chức lễ kỷ niệm 30 năm thành lập (1/1989 – 1/2019). Năm 2018, công ty đạt doanh thu cao nhất; cuối năm 2018 công ty mở thêm xưởng; kế hoạch năm 2018 đều vượt.'],
  // a lunar date that leads the sentence, its solar day in parentheses after "tức"
  ['2025-02-06', `${HEAD}Ngày mùng 9 tháng Giêng năm Ất Tỵ (tức ngày 6/2/2025), UBND xã Pa Lìn tổ chức lễ mừng thọ các cụ cao tuổi.${REST}`],
  // (or after a comma, the lunar day with its year named by the cycle)
  ['2021-06-24', `Sơ kết công tác từ thiện\nThứ Bảy, 26/6/2021\n\nNgày 15 tháng 5 năm Tân Sửu, tức ngày 24/6/2021, Ban Trị sự xã Pa Lìn tổ chức hội nghị sơ kết công tác từ thiện.${REST}`],
  // a broadcast's programme line is the page's date: "sáng nay" counts from it, a year-less day takes its year
  ['2019-10-12', `TRUYỀN HÌNH PA LÌN\nBẢN TIN THỜI SỰ 19H – THỨ BẢY, 12/10/2019\n\nGặp mặt chức sắc các tôn giáo\n\nBTV: Thưa quý vị, sáng nay, Huyện ủy Pa Lìn tổ chức gặp mặt chức sắc các tôn giáo.${REST}`],
  ['2012-10-13', `ĐÀI TRUYỀN THANH KHE VẠC\nChương trình phát thanh tối Thứ Hai, 15/10/2012 – Buổi phát 18h00\n\nXã Pa Lìn biểu dương tín đồ tiêu biểu\n\nPhát thanh viên: Sáng 13-10, Đảng ủy xã Pa Lìn tổ chức ngày hội đại đoàn kết.${REST}`],
  ['2022-08-17', `PHÁT THANH KHE VẠC\nBản tin thời sự trưa, 11h30 Thứ Năm, 18/8/2022\n\nTập huấn cho chức sắc\n\nBTV: Chiều qua, Sở Nội vụ tỉnh Khe Vạc tổ chức lớp tập huấn cho chức sắc các tôn giáo.${REST}`],
  // a short span that opens the lead after a dateline's outlet: its first day
  ['2015-06-14', `Thăm cộng đồng người Việt\nThứ Tư, 17/06/2015 | 09:12 GMT+7\n\nTTPL – Từ ngày 14 đến 16/6, Đoàn công tác của Ban Dân vận Tỉnh ủy Pa Lìn đã thăm cộng đồng người Việt. Ngày 16/6, đoàn về nước.${REST}`],
  // date.dmy with slashes, dashes and dots
  ['2020-10-13', `${HEAD}Ngày 13/10/2020, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2020.${REST}`],
  ['2020-10-13', `${HEAD}Ngày 13-10-2020, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2020.${REST}`],
  ['2020-10-13', `${HEAD}Ngày 13.10.2020, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2020.${REST}`],
  ['2020-10-13', `${HEAD}Vào ngày 13/10/2020, Huyện ủy Tân Phú đã tổ chức hội nghị tuyên dương điển hình “Dân vận khéo”.${REST}`],
  ['2020-10-13', `${HEAD}Huyện ủy Tân Phú vừa tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” vào ngày 13/10/2020.${REST}`],
  // date.words
  ['2019-03-15', `Xã Phú Lộc tuyên dương điển hình “Dân vận khéo”\n\nNgày 15 tháng 3 năm 2019, Đảng ủy xã Phú Lộc tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo”.${REST}`],
  ['2019-03-15', `Xã Phú Lộc tuyên dương điển hình “Dân vận khéo”\n\nVào ngày 15 tháng 3 năm 2019, Đảng ủy xã Phú Lộc tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo”.${REST}`],
  // a time of day before the date, a dateline before that
  ['2019-11-20', `Huyện Đông Anh tôn vinh điển hình “Dân vận khéo”\n\nSáng 20/11/2019, Ban Dân vận Huyện ủy Đông Anh tổ chức hội nghị biểu dương điển hình “Dân vận khéo” năm 2019.${REST}`],
  ['2019-11-20', `Huyện Đông Anh tôn vinh điển hình “Dân vận khéo”\n\nKinhtedothi - Sáng 20/11/2019, Ban Dân vận Huyện ủy Đông Anh tổ chức hội nghị biểu dương điển hình “Dân vận khéo” năm 2019.${REST}`],
  ['2016-10-14', `Thị xã Hương Thủy tuyên dương điển hình “Dân vận khéo”\n\nChiều 14.10.2016, Thị ủy Hương Thủy tổ chức lễ tuyên dương điển hình “Dân vận khéo” giai đoạn 2011-2016.${REST}`],
  ['2016-10-14', `Thị xã Hương Thủy tuyên dương điển hình “Dân vận khéo”\n\nChiều ngày 14/10/2016, Thị ủy Hương Thủy tổ chức lễ tuyên dương điển hình “Dân vận khéo” giai đoạn 2011-2016.${REST}`],
  // date.dm-glossed: a relative day with its date in parentheses
  ['2022-10-15', `Huyện Krông Năng tuyên dương điển hình\n\nSáng nay (15/10), Huyện ủy Krông Năng tổ chức hội nghị kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng.${REST}`],
  ['2022-10-14', `Huyện Krông Năng tuyên dương điển hình\n\nChiều qua (14-10-2022), Huyện ủy Krông Năng tổ chức hội nghị tuyên dương điển hình “Dân vận khéo”.${REST}`],
  // date.multi-day: the first day
  ['2018-11-08', `Hội thi “Dân vận khéo” tỉnh Bắc Ninh năm 2018\n\nTrong hai ngày (8-9/11/2018), Ban Dân vận Tỉnh ủy Bắc Ninh tổ chức Hội thi “Dân vận khéo” lần thứ nhất.${REST}`],
  ['2018-11-08', `Hội thi “Dân vận khéo” tỉnh Bắc Ninh năm 2018\n\nTrong hai ngày 8-9/11/2018, Ban Dân vận Tỉnh ủy Bắc Ninh tổ chức Hội thi “Dân vận khéo” lần thứ nhất.${REST}`],
  // two days in words, and two days in parentheses with the year from the stamp: the first day
  ['2013-03-21', `Đại hội Hội Cựu chiến binh huyện Pa Lìn\n\nTrong hai ngày 21 và 22 tháng 3 năm 2013, Hội Cựu chiến binh huyện Pa Lìn tổ chức Đại hội đại biểu lần thứ V.${REST}`],
  ['2017-06-27', `Tập huấn cho chi hội trưởng phụ nữ\nCập nhật 29/06/2017\n\nTrong 2 ngày (27 – 28/6), Hội LHPN huyện Pa Lìn tổ chức lớp tập huấn cho 90 chi hội trưởng.${REST}`],
  // date.multi-day-dm with its year: "ngày 14 và 15/9/2019"
  ['2019-09-14', `Đại hội thi đua yêu nước huyện Cần Giờ\n\nTrong hai ngày 14 và 15/9/2019, huyện Cần Giờ tổ chức Đại hội thi đua yêu nước lần thứ V.${REST}`],
  // no year: the anniversary gives it (1930 + 92)
  ['2022-10-13', `Quận Hoàn Kiếm tuyên dương điển hình “Dân vận khéo”\n\nNgày 13/10, Quận ủy Hoàn Kiếm tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” nhân kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng.${REST}`],
  ['2022-10-13', `Quận Hoàn Kiếm tuyên dương điển hình “Dân vận khéo”\n\nNhân kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng, ngày 13/10, Quận ủy Hoàn Kiếm tổ chức hội nghị tuyên dương điển hình “Dân vận khéo”.${REST}`],
  ['2022-10-13', `Quận Hoàn Kiếm tuyên dương điển hình “Dân vận khéo”\n\nSáng 13/10, Quận ủy Hoàn Kiếm tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” nhân kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2022).${REST}`],
  // "tròn N năm kể từ … (year)": a round anniversary from the year in parentheses (1999 + 17)
  ['2016-10-12', `Xã Khe Vạc biểu dương chức sắc tôn giáo\n\nSáng 12/10, Ban Dân vận Huyện ủy tổ chức hội nghị biểu dương tập thể, cá nhân tiêu biểu, nhân dịp tròn 17 năm kể từ khi Ngày Dân vận lần đầu được tổ chức (1999).${REST} Năm 2017, huyện sẽ xây dựng thêm 20 mô hình.`],
  // the event's verb right before its day, told after the lead's "Vừa qua" (the year from the stamp)
  ['2022-08-26', `Huyện Pa Lìn khen thưởng người có uy tín\nCập nhật 29/08/2022\n\nBan Dân vận Huyện ủy Pa Lìn vừa tổ chức hội nghị biểu dương người có uy tín.\n\nHội nghị được tổ chức sáng 26/8/2022 tại Hội trường UBND huyện.${REST}`],
  ['2012-10-26', `Huyện Pa Lìn tôn vinh già làng\nCập nhật lúc 07:30, 29/10/2012\n\nVừa qua, Ban Dân vận Huyện ủy Pa Lìn đã tổ chức hội nghị gặp mặt già làng.\n\nHội nghị diễn ra trong ngày 26/10 tại hội trường Huyện ủy.${REST}`],
  // a course held over two days, in parentheses, with a spaced dash: its first day
  ['2013-05-09', `Tập huấn nghiệp vụ công tác dân vận\nĐăng ngày: 11/05/2013\n\nTrong 2 ngày (9 – 10/5/2013), Ban Dân vận Huyện ủy Khe Vạc mở lớp tập huấn nghiệp vụ công tác dân vận năm 2013 cho 145 học viên.${REST}`],
  ['2021-10-29', `Huyện Pa Lìn tri ân lực lượng tuyến đầu\nCập nhật 01/11/2021 14:05\n\nVừa qua, UBND huyện Pa Lìn tổ chức buổi gặp mặt, khen thưởng lực lượng tuyến đầu chống dịch.\n\nBuổi gặp mặt diễn ra chiều thứ Sáu (29/10) tại hội trường Huyện ủy.${REST}`],
  ['2021-10-29', `Huyện Pa Lìn tri ân lực lượng tuyến đầu\nCập nhật 01/11/2021 14:05\n\nVừa qua, UBND huyện Pa Lìn tổ chức buổi gặp mặt, khen thưởng lực lượng tuyến đầu chống dịch.\n\nHội nghị được tổ chức sáng 29/10 tại hội trường Huyện ủy.${REST}`],
  // no year: the period reviewed gives it
  ['2024-01-10', `Tổng kết công tác dân vận năm 2023\n\nNgày 10-1, Ban Dân vận Thành ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024.${REST}`],
  ['2024-12-11', `Tổng kết công tác dân vận năm 2024\n\nNgày 11/12, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025.${REST}`],
  // relative days count from the publication line
  ['2014-10-13', `Huyện Củ Chi tuyên dương điển hình “Dân vận khéo”\nThứ Ba, 14/10/2014 09:15\n\nSáng qua, Huyện ủy Củ Chi tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2014.${REST}`],
  ['2014-10-14', `Huyện Củ Chi tuyên dương điển hình “Dân vận khéo”\nThứ Ba, 14/10/2014 09:15\n\nSáng nay, Huyện ủy Củ Chi tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2014.${REST}`],
  ['2021-03-19', `Hội Nông dân tổng kết năm 2020\nCập nhật lúc 15:05, Thứ Sáu, 19/03/2021 (GMT+7)\n\nSáng nay, Hội Nông dân huyện tổ chức hội nghị tuyên dương nông dân giỏi.${REST}`],
  // a range in parentheses that would put the day years before the page's date gives no year;
  // the publication line after a section name with a dash does
  ['2019-12-18', `Trung đoàn tổng kết năm 2019\nQuốc phòng - An ninh | Thứ Năm, 19/12/2019 07:10\n\nNgày 18/12, Trung đoàn tổ chức hội nghị tổng kết; dự có Đại tá Lê Văn Quyết, nguyên Trung đoàn trưởng (giai đoạn 2001 - 2007).${REST}`],
  // a relative day opening the lead with the event's verb outweighs a glossed day told far below
  ['2021-11-09', `Huyện Vĩnh Tường tuyên dương điển hình\nThứ Ba, 09/11/2021 | 10:20\n\n(VTO) - Sáng nay, Huyện ủy tổ chức lễ tuyên dương điển hình “Dân vận khéo”.\n\nMột.\n\nHai.\n\nBa.\n\nBốn.\n\nTối qua (8/11), Ban Tổ chức đã tổ chức đêm văn nghệ tại Nhà văn hóa huyện.${REST}`],
  // a weekday with no date: the last such day up to the publication line (in parentheses here)
  ['2019-03-15', `Hội Nông dân tổng kết năm 2018\n(Cập nhật: 16/03/2019)\n\nChiều thứ Sáu, Hội Nông dân huyện tổ chức hội nghị tuyên dương nông dân giỏi.${REST}`],
  // a part of the day before a date in words
  ['2017-10-15', `Hội thi tuyên truyền viên giỏi\n16/10/2017 07:05 GMT+7\n\nSáng 15 tháng 10, Quận đoàn tổ chức hội thi.${REST}`],
  // the time zone in square brackets
  ['2020-11-26', `Tuyên dương đoàn viên dũng cảm\nThứ Năm, 26/11/2020, 14:05 [GMT+7]\n\nSáng 26-11, Tỉnh đoàn tổ chức lễ tuyên dương.${REST}`],
  // a weekday with its date in parentheses, the year from the publication line
  ['2018-09-16', `Hội thi tuyên truyền viên giỏi\n17/09/2018 - 07:30\n\nSáng Chủ nhật (16/9), Huyện đoàn tổ chức vòng chung kết hội thi.${REST}`],
  // a relative day and the date after a comma
  ['2018-09-15', `Hội thi tuyên truyền viên giỏi\n17/09/2018 - 07:30\n\nChiều qua, 15/9, Huyện đoàn tổ chức vòng chung kết hội thi.${REST}`],
  // a date just past wins over one to come
  ['2018-12-04', `Họp mặt cựu chiến binh\n06/12/2018 - 09:00\n\nTại hội nghị hôm 4-12 vừa qua, Hội đã khen thưởng 19 tập thể. Ngày 22/12 tới, Hội sẽ tổ chức gặp mặt.${REST}`],
  // a part of the day, a weekday, and the date after a comma
  ['2018-09-15', `Hội thi tuyên truyền viên giỏi\n17/09/2018 - 07:30\n\nChiều thứ Bảy, 15/9, Huyện đoàn tổ chức vòng chung kết hội thi.${REST}`],
  // no publication line: the period the event's sentence covers gives the year
  ['2025-10-08', `Bộ CHQS tỉnh biểu dương điển hình\n\nSáng 8-10, Bộ CHQS tỉnh tổ chức Hội nghị điển hình tiên tiến giai đoạn 2020 – 2025.${REST}`],
  // the publication line is not the event; the event's own date is
  ['2014-10-12', `Huyện Củ Chi tuyên dương điển hình “Dân vận khéo”\nThứ Ba, 14/10/2014 09:15\n\nNgày 12/10/2014, Huyện ủy Củ Chi tổ chức hội nghị tuyên dương điển hình “Dân vận khéo”.${REST}`],
  // a page's stamp run into the text on the same line is not the event
  ['2019-05-16', `Huyện Tân Phú tuyên dương điển hình 17/05/2019 - 08:40 Ngày 16/5/2019, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo”.${REST}`],
  // a cited document before the event does not win over it
  ['2020-10-13', `${HEAD}Thực hiện Chỉ thị 154 ngày 9.4.2008 của Ban Bí thư, ngày 13/10/2020, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo”.${REST}`],
];

const NEGATIVE: Array<[string, string]> = [
  ['a cited document only', `${HEAD}Thực hiện Chỉ thị 154 ngày 9.4.2008 của Ban Bí thư về phát huy vai trò của nhân dân, Huyện ủy Tân Phú đã chỉ đạo triển khai phong trào thi đua “Dân vận khéo”.${REST}`],
  ['a cited decision only', `${HEAD}Theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Ban Chấp hành Trung ương, công tác dân vận là nhiệm vụ của cả hệ thống chính trị.${REST}`],
  ['an anniversary in parentheses only', `${HEAD}Nhân kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2020), Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo”.${REST}`],
  ['debris after TIN MỚI NHẤT', `${HEAD}Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2020.\n\n${BODY}\n\nTIN MỚI NHẤT\n\nMức độ hài lòng 24/09/2022\n\nNgày 24/09/2022, UBND huyện tổ chức hội nghị tiếp xúc cử tri\n`],
  ['a publication line only', `Huyện Củ Chi tuyên dương điển hình “Dân vận khéo”\nThứ Tư, 13/10/2021 10:20\n\nHuyện ủy Củ Chi tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2021.${REST}`],
  ['a solar day in parentheses after a lunar date deep in the sentence, an occasion told in passing', `${HEAD}Huyện ủy Tân Phú đã tuyên dương nhiều điển hình “Dân vận khéo” trong năm, nhất là dịp chuẩn bị đón Tết Nguyên đán Canh Tý (tức ngày 25/1/2020).${REST}`],
  ['a year only', `${HEAD}Năm 2020, Huyện ủy Tân Phú đã tuyên dương nhiều điển hình “Dân vận khéo”.${REST}`],
  ['no date at all', `${HEAD}Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo”.${REST}`],
];

describe('date: forms', () => {
  it.each(FORMS.map(([date, text]) => [date, label(text), text]))('%s ← %s', (expected, _label, text) => {
    expect(dateOf(text)).toBe(expected);
  });
});

describe('date: negative corpus', () => {
  it.each(NEGATIVE.map(([why, text]) => [why, label(text), text]))('%s → null: %s', (_why, _label, text) => {
    expect(dateOf(text)).toBeNull();
  });
});
