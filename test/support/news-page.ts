// Wraps an article's text in a saved news page of the kind researchers keep: a header with
// the day's date, a menu, a related-news sidebar whose items hold counts of tập thể and
// dates, comments, a footer with a hotline, and inline scripts. None of it is the article.

function escape(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

export function newsPage(text: string): string {
  const lines = text.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '');
  const [headline = '', ...body] = lines;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escape(headline)} - Báo Tin Tức Địa Phương</title>
<meta property="og:title" content="${escape(headline)}">
<script>window.dataLayer = [{"page": "article", "count": "35 tập thể"}];</script>
<style>.menu { color: red; }</style>
</head>
<body>
<header class="site-header">
  <div class="today">Thứ Hai, 23/11/2026</div>
  <nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/dan-van">Dân vận</a></li></ul></nav>
</header>
<main>
  <article class="detail-content">
    <h1 class="title">${escape(headline)}</h1>
    ${body.map((l) => `<p>${escape(l)}</p>`).join('\n    ')}
  </article>
  <aside class="sidebar">
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="/a">Ngày 20/11/2019, huyện tuyên dương 45 tập thể, 60 cá nhân điển hình</a></li>
      <li><a href="/b">Tặng bằng khen cho 12 tập thể cấp tỉnh (15/10/2018)</a></li>
    </ul>
    <h3>Tin mới nhất</h3>
    <ul><li><a href="/c">Chủ tịch UBND tỉnh Nguyễn Văn Bình trao giấy khen cho 8 cá nhân</a></li></ul>
  </aside>
  <section class="comments"><h3>Bình luận</h3><p>Bài viết rất hay, 5 cá nhân nhà tôi được khen!</p></section>
</main>
<footer class="footer">Đường dây nóng: 0292.3821.123 — Giấy phép số 45/GP-BTTTT ngày 2/3/2020</footer>
<script>console.log("Ngày 1/1/2020: 99 tập thể");</script>
</body>
</html>
`;
}
