import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { htmlToText, looksLikeHtml } from '../../src/read/html.js';
import { stripSiteName } from '../../src/read/html-headline.js';
import { isoDay } from '../../src/read/html-meta.js';

const page = (name: string): string => readFileSync(new URL(`./pages/${name}`, import.meta.url), 'utf8');

describe('htmlToText on a saved news page', () => {
  const doc = htmlToText(page('quan3-dan-van-kheo.html'));
  const lines = doc.text.split('\n');

  it('gives the headline, the publication day and the author', () => {
    expect(doc.title).toBe('Quận 3 tuyên dương 45 tập thể, cá nhân điển hình “Dân vận khéo”');
    // 01:15 on the 15th in Vietnam is the 14th in UTC: the day is the one written
    expect(doc.published).toBe('2023-10-15');
    expect(doc.author).toBe('Minh Anh');
  });

  it('writes the headline, the lead, the body, captions and table rows in order, one block a line', () => {
    expect(lines).toEqual([
      'Quận 3 tuyên dương 45 tập thể, cá nhân điển hình “Dân vận khéo”',
      '(SGGP) – Chiều 14-10, Quận ủy Quận 3 tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2023 nhân kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng.',
      'Tham dự có đồng chí Nguyễn Thanh Xuân, Phó Bí thư Thường trực Quận ủy Quận 3; đồng chí Lê Thị Hồng Hạnh, Trưởng ban Dân vận Quận ủy Quận 3.',
      'Theo báo cáo, năm 2023 toàn quận có 235 mô hình “Dân vận khéo” được đăng ký\u00a0thực hiện, trong đó nhiều mô hình mang lại hiệu quả thiết thực cho người dân.',
      'Đồng chí Nguyễn Thanh Xuân trao Giấy khen cho các tập thể. Ảnh: MINH ANH',
      'Lan tỏa cách làm hay',
      'Dịp này, Ban Thường vụ Quận ủy Quận 3 tặng Giấy khen cho 25 tập thể và 20 cá nhân điển hình trong phong trào thi đua “Dân vận khéo”.',
      'STT | Đơn vị | Tập thể | Cá nhân',
      '1 | Phường Võ Thị Sáu | 5 | 3',
      '2 | Phường 9 | 4 | 2',
      'Mô hình “Tuyến hẻm văn minh” của Phường 4.',
      'Mô hình “Bữa cơm nghĩa tình” của Phường 5.',
      'Phát biểu tại hội nghị, đồng chí Nguyễn Thanh Xuân đề nghị các cấp ủy tiếp tục nhân rộng các mô hình hiệu quả.',
      'MINH ANH',
    ]);
  });

  it('leaves out every piece of debris', () => {
    const debris = [
      'Tin liên quan', 'Quận 1 tuyên dương 30', 'Quận 10', '12/10/2022', // related box inside the body
      'Tin mới nhất', 'Củ Chi', '120 cá nhân', '19/11/2023', // sidebar
      'Bình luận', 'Mô hình rất hay', 'Xin chúc mừng', // comments
      'Thứ Hai', '20/11/2023', 'Trang chủ', 'Chính trị', 'Kinh tế', // header date, menu, breadcrumb
      '0903', '3930', 'Tòa soạn', 'Điện thoại', // footer and hotline
      '__PAGE__', 'querySelectorAll', 'font-size', 'Đường dây nóng', // script and style
      'Quảng cáo', '1900', 'Từ khóa', 'Chia sẻ', 'Facebook', 'Ảnh minh họa', // ad, tags, share, image alt
    ];
    for (const piece of debris) expect(doc.text, piece).not.toContain(piece);
  });

  it('is NFC', () => {
    expect(doc.text).toBe(doc.text.normalize('NFC'));
  });
});

// The layout of VnExpress-like pages: headline and lead outside the body, JSON-LD metadata,
// a picture in a table with its caption, a related list under a bare label inside the body
const VNEXPRESS_LIKE = `<!DOCTYPE html><html><head>
<title>Đảng ủy Khối Dân - Chính - Đảng TP HCM tuyên dương 52 điển hình - VnExpress</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"VnExpress","datePublished":"2001-02-26"},
  {"@type":"NewsArticle","headline":"Tuyên dương 52 điển hình","datePublished":"2024-01-10T17:20:00+07:00",
   "author":[{"@type":"Person","name":"Hà Vy"}]}
]}
</script>
</head><body>
<div class="header"><h1 class="logo">VnExpress - Báo tiếng Việt nhiều người xem nhất</h1></div>
<section class="sidebar-1">
  <span class="date">Thứ tư, 10/1/2024, 17:20 (GMT+7)</span>
  <h1 class="title-detail">Đảng ủy Khối Dân - Chính - Đảng TP HCM tuyên dương 52 điển hình</h1>
  <p class="description">Ngày 10-1, Đảng ủy Khối Dân - Chính - Đảng TP HCM tuyên dương 52 tập thể, cá nhân điển hình "Dân vận khéo" năm 2023.</p>
  <article class="fck_detail">
    <p class="Normal">Bà Nguyễn Thị Kim Dung, Phó Bí thư Thường trực Đảng ủy Khối, cho biết phong trào được cơ sở hưởng ứng rộng rãi.</p>
    <table class="tplCaption"><tr><td><img src="a.jpg" alt="Ảnh tuyên dương"></td></tr>
      <tr><td><p class="Image">Các tập thể nhận giấy khen. Ảnh: <em>Hà Vy</em></p></td></tr></table>
    <p class="Normal">Dịp này, 30 tập thể và 22 cá nhân được tặng giấy khen vì thành tích xuất sắc trong phong trào.</p>
    <p><strong>Xem thêm:</strong></p>
    <ul><li><a href="/x">Quận 5 tuyên dương 40 tập thể</a></li></ul>
    <p class="Normal" style="text-align:right;"><strong>Hà Vy</strong></p>
  </article>
</section>
<section class="sidebar-2"><div class="box-category"><h3>Xem nhiều</h3>
  <article class="item-news"><p><a href="/y">Huyện Hóc Môn khen thưởng 35 tập thể điển hình trong năm 2023</a></p></article></div></section>
</body></html>`;

describe('htmlToText on a VnExpress-like page', () => {
  const doc = htmlToText(VNEXPRESS_LIKE);

  it('takes the article h1 over the logo h1, and the lead set apart from the body', () => {
    expect(doc.text.split('\n')).toEqual([
      'Đảng ủy Khối Dân - Chính - Đảng TP HCM tuyên dương 52 điển hình',
      'Ngày 10-1, Đảng ủy Khối Dân - Chính - Đảng TP HCM tuyên dương 52 tập thể, cá nhân điển hình "Dân vận khéo" năm 2023.',
      'Bà Nguyễn Thị Kim Dung, Phó Bí thư Thường trực Đảng ủy Khối, cho biết phong trào được cơ sở hưởng ứng rộng rãi.',
      'Các tập thể nhận giấy khen. Ảnh: Hà Vy',
      'Dịp này, 30 tập thể và 22 cá nhân được tặng giấy khen vì thành tích xuất sắc trong phong trào.',
      'Hà Vy',
    ]);
    expect(doc.title).toBe('Đảng ủy Khối Dân - Chính - Đảng TP HCM tuyên dương 52 điển hình');
  });

  it('reads datePublished and author from the JSON-LD article, not the WebSite', () => {
    expect(doc.published).toBe('2024-01-10');
    expect(doc.author).toBe('Hà Vy');
  });
});

describe('htmlToText: the headline element', () => {
  it('takes the h1 of the article header over the logo h1 of the page header and og:title', () => {
    const paragraph = 'Sáng 13-10, Quận ủy Quận 1 tổ chức hội nghị tuyên dương 20 tập thể điển hình “Dân vận khéo”.';
    const doc = htmlToText(`<html><head><meta property="og:title" content="Chia sẻ: tuyên dương điển hình"></head><body>
      <div class="header clearfix"><h1><a href="/">Cổng thông tin điện tử Quận 1</a></h1></div>
      <p class="description">Cơ quan của Đảng bộ, chính quyền và nhân dân Quận 1 thành phố Hồ Chí Minh</p>
      <div class="detail-wrap"><div class="article-header"><h1>Quận 1 tuyên dương<br>20 tập thể điển hình</h1></div>
      <div class="detail-content"><p>${paragraph}</p><p>${paragraph}</p></div></div></body></html>`);
    expect(doc.title).toBe('Quận 1 tuyên dương 20 tập thể điển hình');
    // the site's description above the article is no lead
    expect(doc.text.split('\n')).toEqual(['Quận 1 tuyên dương 20 tập thể điển hình', paragraph, paragraph]);
  });
});

describe('htmlToText: headline fallbacks', () => {
  const body = `<div class="noi-dung"><p>Sáng 13-10, Quận ủy Quận 1 tổ chức hội nghị tuyên dương 20 tập thể điển hình “Dân vận khéo”.</p>
    <p>Tham dự có đồng chí Trần Kim Yến, Bí thư Quận ủy Quận 1, cùng lãnh đạo các phường.</p></div>`;

  it('uses og:title when the page has no h1', () => {
    const doc = htmlToText(`<html><head><title>Trang chủ | Quận 1</title>
      <meta property="og:title" content="Quận 1 tuyên dương 20 tập thể điển hình"></head><body>${body}</body></html>`);
    expect(doc.title).toBe('Quận 1 tuyên dương 20 tập thể điển hình');
    expect(doc.text.split('\n')[0]).toBe('Quận 1 tuyên dương 20 tập thể điển hình');
    expect(doc.text).toContain('Tham dự có đồng chí Trần Kim Yến');
  });

  it('uses <title> without the site name when there is nothing else', () => {
    const doc = htmlToText(`<html><head><title>Quận 1 tuyên dương 20 tập thể điển hình | Cổng thông tin điện tử Quận 1</title></head><body>${body}</body></html>`);
    expect(doc.title).toBe('Quận 1 tuyên dương 20 tập thể điển hình');
    expect(doc.text.split('\n')).toHaveLength(3);
  });

  it('does not repeat a headline the body already starts with', () => {
    const doc = htmlToText(`<html><head><meta property="og:title" content="Quận 1 tuyên dương 20 tập thể"></head><body>
      <div class="post-content"><h2>Quận 1 tuyên dương 20 tập thể</h2>
      <p>Sáng 13-10, Quận ủy Quận 1 tổ chức hội nghị tuyên dương 20 tập thể điển hình “Dân vận khéo”.</p></div></body></html>`);
    expect(doc.text.split('\n')).toEqual([
      'Quận 1 tuyên dương 20 tập thể',
      'Sáng 13-10, Quận ủy Quận 1 tổ chức hội nghị tuyên dương 20 tập thể điển hình “Dân vận khéo”.',
    ]);
  });

  it('gives null for a page with no headline at all', () => {
    const doc = htmlToText(`<div><p>Sáng 13-10, Quận ủy Quận 1 tổ chức hội nghị tuyên dương 20 tập thể điển hình.</p></div>`);
    expect(doc).toEqual({
      text: 'Sáng 13-10, Quận ủy Quận 1 tổ chức hội nghị tuyên dương 20 tập thể điển hình.',
      title: null,
      published: null,
      author: null,
    });
  });
});

describe('htmlToText: finding the body without a known class', () => {
  it('takes the block with the most paragraph text over menus and link lists', () => {
    const doc = htmlToText(`<html><body>
      <div id="top"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a href="/lh">Liên hệ</a></div>
      <div id="left"><div><a href="/1">Tuyên dương 100 tập thể tiêu biểu toàn thành phố năm 2022</a></div>
        <div><a href="/2">Khen thưởng 35 cá nhân có thành tích xuất sắc trong công tác</a></div></div>
      <div id="x"><div class="y">
        <p>Chiều 8-11, Ủy ban MTTQ Việt Nam huyện Bình Chánh tổ chức hội nghị tuyên dương.</p>
        <p>Dịp này, Ủy ban nhân dân huyện tặng giấy khen cho 18 tập thể và 25 cá nhân điển hình.</p>
        <p>Phong trào “Dân vận khéo” tiếp tục được các xã, thị trấn hưởng ứng mạnh mẽ.</p>
      </div></div>
      <div id="bottom"><p>Bản quyền thuộc về Cổng thông tin huyện Bình Chánh. Điện thoại 028 3760 0000.</p></div>
    </body></html>`);
    expect(doc.text.split('\n')).toEqual([
      'Chiều 8-11, Ủy ban MTTQ Việt Nam huyện Bình Chánh tổ chức hội nghị tuyên dương.',
      'Dịp này, Ủy ban nhân dân huyện tặng giấy khen cho 18 tập thể và 25 cá nhân điển hình.',
      'Phong trào “Dân vận khéo” tiếp tục được các xã, thị trấn hưởng ứng mạnh mẽ.',
    ]);
  });

  it('reads <br>-separated text in an old table layout', () => {
    const doc = htmlToText(`<html><head><title>Tuyên dương điển hình dân vận khéo - Báo Bình Dương</title></head><body>
      <table><tr><td class="menu"><a href="/">Trang chủ</a><br><a href="/a">Thời sự</a></td>
      <td><table><tr><td class="noidung">Ngày 20/10/2021, Huyện ủy Dầu Tiếng tuyên dương 12 tập thể và 9 cá nhân điển hình.<br>
      Các điển hình đã góp phần quan trọng vào việc thực hiện nhiệm vụ chính trị của địa phương trong năm.<br>
      &nbsp;<br>P.V</td></tr></table></td></tr></table></body></html>`);
    expect(doc.text.split('\n')).toEqual([
      'Tuyên dương điển hình dân vận khéo',
      'Ngày 20/10/2021, Huyện ủy Dầu Tiếng tuyên dương 12 tập thể và 9 cá nhân điển hình.',
      'Các điển hình đã góp phần quan trọng vào việc thực hiện nhiệm vụ chính trị của địa phương trong năm.',
      'P.V',
    ]);
  });
});

describe('htmlToText: odd pages', () => {
  it('reads a fragment of several top-level paragraphs', () => {
    const doc = htmlToText('<p>Sáng 13-10, hội nghị tuyên dương diễn ra.</p>\n<p>Có 20 tập thể được khen thưởng.</p>');
    expect(doc.text).toBe('Sáng 13-10, hội nghị tuyên dương diễn ra.\nCó 20 tập thể được khen thưởng.');
  });

  it('survives unclosed and stray tags', () => {
    const doc = htmlToText('<html><body><div class="entry-content"><p>Đoạn một về hội nghị tuyên dương điển hình<p>Đoạn hai: 20 tập thể</div></span><li>mục</body>');
    expect(doc.text.split('\n')).toEqual(['Đoạn một về hội nghị tuyên dương điển hình', 'Đoạn hai: 20 tập thể']);
    expect(htmlToText('').text).toBe('');
    expect(htmlToText('chỉ có chữ, không thẻ').text).toBe('chỉ có chữ, không thẻ');
  });

  it('finds the article inside a page-wide ASP.NET <form> and a wrapper named like a sidebar', () => {
    const paragraph = 'Hội nghị đã tuyên dương các tập thể, cá nhân điển hình trong phong trào thi đua Dân vận khéo năm 2022.';
    const doc = htmlToText(`<html><body><form id="form1" method="post"><div class="menu-top"><a href="/">Trang chủ</a></div>
      <div class="main-with-sidebar"><div id="ctl00_ContentPlaceHolder1_pnDetail">
      <h1>Tuyên dương điển hình Dân vận khéo năm 2022</h1>
      <p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p></div>
      <div class="sidebar-right"><p><a href="/1">Tin mới về công tác dân vận và các phong trào thi đua yêu nước</a></p></div></div>
      <input type="hidden" name="__VIEWSTATE" value="dDwtMTI3OTMzNDM4NDs7Pg=="></form></body></html>`);
    expect(doc.text.split('\n')).toEqual(['Tuyên dương điển hình Dân vận khéo năm 2022', paragraph, paragraph, paragraph]);
  });
});

describe('htmlToText: metadata', () => {
  const wrap = (head: string, body = ''): string =>
    `<html><head>${head}</head><body><article><h1>Tuyên dương điển hình Dân vận khéo</h1>${body}<p>Sáng 13-10, hội nghị tuyên dương 20 tập thể điển hình đã diễn ra.</p></article></body></html>`;

  it('reads the date from the meta tags in their order', () => {
    expect(htmlToText(wrap('<meta property="article:published_time" content="2022-10-13T07:00:00+07:00"><meta name="pubdate" content="2022-10-14">')).published).toBe('2022-10-13');
    expect(htmlToText(wrap('<meta property="og:published_time" content="2022-10-13T23:59:00-05:00">')).published).toBe('2022-10-13');
    expect(htmlToText(wrap('<meta name="pubdate" content="13/10/2022 08:15">')).published).toBe('2022-10-13');
    expect(htmlToText(wrap('<meta itemprop="datePublished" content="2022-10-13">')).published).toBe('2022-10-13');
    expect(htmlToText(wrap('', '<span itemprop="datePublished" content="2022-10-13T08:00">13/10/2022</span>')).published).toBe('2022-10-13');
  });

  it('reads JSON-LD datePublished, even when the CMS wrapped it in a comment', () => {
    const ld = '<script type="application/ld+json"><!--\n{"@type":"NewsArticle","datePublished":"2021-10-29T10:00:00+07:00","author":{"@type":"Person","name":"Thu Hà"}}\n--></script>';
    const doc = htmlToText(wrap(ld));
    expect(doc.published).toBe('2021-10-29');
    expect(doc.author).toBe('Thu Hà');
  });

  it('falls back to the article\'s <time datetime>, not a date in the page header', () => {
    const html = `<html><body><div class="header"><time datetime="2025-03-01">Thứ Bảy, 1/3/2025</time></div>
      <article><h1>Tuyên dương điển hình Dân vận khéo</h1><time datetime="2022-10-13T08:00:00+07:00">13/10/2022</time>
      <p>Sáng 13-10, hội nghị tuyên dương 20 tập thể điển hình đã diễn ra tại hội trường quận.</p></article></body></html>`;
    expect(htmlToText(html).published).toBe('2022-10-13');
  });

  it('takes no <time> of a related-news item for the publication day', () => {
    const html = `<html><body><article><h1>Tuyên dương điển hình Dân vận khéo</h1>
      <p>Sáng 13-10, hội nghị tuyên dương 20 tập thể điển hình đã diễn ra tại hội trường quận.</p>
      <div class="box"><h3>Tin liên quan</h3><ul><li><a href="/a">Quận 5 tuyên dương 15 tập thể</a> <time datetime="2021-10-12">12/10/2021</time></li></ul></div>
      </article></body></html>`;
    expect(htmlToText(html).published).toBeNull();
  });

  it('cuts a link list under a bare label of articles on the same topic', () => {
    const html = `<html><body><article><h1>Tuyên dương điển hình Dân vận khéo</h1>
      <p>Sáng 13-10, hội nghị tuyên dương 20 tập thể điển hình đã diễn ra tại hội trường quận.</p>
      <p><b>Bài viết cùng chủ đề</b></p><ul><li><a href="/a">Tuyên dương 96 học sinh đạt giải cấp tỉnh</a></li></ul>
      </article></body></html>`;
    expect(htmlToText(html).text).not.toContain('96 học sinh');
  });

  it('reads the author from meta, itemprop, article:author (not a URL), JSON-LD', () => {
    expect(htmlToText(wrap('<meta name="author" content="  Công   Thọ ">')).author).toBe('Công Thọ');
    expect(htmlToText(wrap('', '<span itemprop="author" itemscope><span itemprop="name">Ngọc Lan</span></span>')).author).toBe('Ngọc Lan');
    expect(htmlToText(wrap('<meta property="article:author" content="https://facebook.com/x">')).author).toBeNull();
    expect(htmlToText(wrap('<meta property="article:author" content="Thanh Tùng">')).author).toBe('Thanh Tùng');
  });

  it('gives null when the page says nothing', () => {
    const doc = htmlToText(wrap(''));
    expect(doc.published).toBeNull();
    expect(doc.author).toBeNull();
  });
});

describe('isoDay', () => {
  const cases: [string, string | null][] = [
    ['2023-10-15T01:15:00+07:00', '2023-10-15'],
    ['2023-10-14T23:30:00Z', '2023-10-14'],
    ['2023/1/5 08:00', '2023-01-05'],
    ['15/10/2023 08:00', '2023-10-15'],
    ['Thứ năm, 13-10-2022', '2022-10-13'],
    ['2023-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['31/04/2023', null],
    ['hôm qua', null],
  ];
  for (const [input, day] of cases) it(`reads "${input}" as ${day}`, () => expect(isoDay(input)).toBe(day));
});

describe('stripSiteName', () => {
  const cases: [string, string[], string][] = [
    ['Quận 3 tuyên dương 45 điển hình - Báo Sài Gòn Giải Phóng', [], 'Quận 3 tuyên dương 45 điển hình'],
    ['Tuyên dương 20 tập thể | Dân Việt', [], 'Tuyên dương 20 tập thể'],
    ['Tuyên dương 20 tập thể - Cổng TTĐT Quận 1', [], 'Tuyên dương 20 tập thể'],
    ['Tuyên dương 20 tập thể - nld.com.vn', [], 'Tuyên dương 20 tập thể'],
    ['Nhiều cách làm hay - Kinh tế & Đô thị', ['kinh tế & đô thị'], 'Nhiều cách làm hay'],
    ['Thanh Niên - Khen thưởng 5 tập thể', ['thanh niên'], 'Khen thưởng 5 tập thể'],
    ['Đảng ủy Khối Dân - Chính - Đảng TP HCM tuyên dương 50 tập thể - Báo Người Lao Động', [], 'Đảng ủy Khối Dân - Chính - Đảng TP HCM tuyên dương 50 tập thể'],
    ['Dân vận khéo: cầu nối chính quyền - nhân dân', [], 'Dân vận khéo: cầu nối chính quyền - nhân dân'],
    ['Tổng kết năm 2023 - Báo cáo kết quả', [], 'Tổng kết năm 2023 - Báo cáo kết quả'],
  ];
  for (const [title, sites, expected] of cases) {
    it(`"${title}" → "${expected}"`, () => expect(stripSiteName(title, sites)).toBe(expected));
  }
});

describe('looksLikeHtml', () => {
  it('says no to the seed articles', () => {
    const seeds = new URL('../../../shared/seeds/', import.meta.url);
    for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      expect(looksLikeHtml(readFileSync(new URL(name, seeds), 'utf8')), name).toBe(false);
    }
  });

  const html = [
    '<!DOCTYPE html><html><body><p>Dân vận</p></body></html>',
    '\ufeff\n  <!doctype HTML>\n<html lang="vi">',
    '<html>\n<head><meta charset="utf-8"></head>',
    '<!-- saved from url=(0042)https://example.vn/a.html -->\n<html><body>',
    '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
    '<div class="content"><p>Sáng 13-10, hội nghị.</p><p>Tham dự có đồng chí A.</p></div>',
    'Tuyên dương\n<body>\n<p>Sáng 13-10</p></body>',
  ];
  for (const text of html) it(`says yes to ${JSON.stringify(text.slice(0, 40))}`, () => expect(looksLikeHtml(text)).toBe(true));

  const plain = [
    'Tuyên dương điển hình “Dân vận khéo”\n\nNgày 13/10/2020, Quận ủy Quận 1 tổ chức hội nghị.',
    'Số người tham dự < 500 và số mô hình > 90, đạt tỷ lệ <90%.',
    `Bài viết có nhắc đến thẻ <p> của HTML một lần.\n${'Nội dung bài viết dài. '.repeat(200)}`,
    '',
  ];
  for (const text of plain) it(`says no to ${JSON.stringify(text.slice(0, 40))}`, () => expect(looksLikeHtml(text)).toBe(false));
});
