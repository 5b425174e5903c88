// What news pages call their parts: where the article is, and what is debris around it.
// Data only; the html-*.ts modules read it.

// The article body, most specific first: schema.org, then the classes of Vietnamese CMSs
// (VnExpress .fck_detail, Tuổi Trẻ .detail-content, Thanh Niên .detail__content, WordPress .entry-content)
export const BODY_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  '.fck_detail',
  '.detail-content',
  '.detail__content',
  '.detail-body',
  '.article-content',
  '.article__content',
  '.article-body',
  '.article__body',
  '.content-detail',
  '.news-content',
  '.newsdetail',
  '.news-detail',
  '.post-content',
  '.entry-content',
  '.cms-body',
  '.content-news',
  '.main-content-detail',
  'article',
  '#content',
  'main',
];

// A lead paragraph set apart from the body: "<h2 class="detail-sapo">", "<p class="description">"
export const LEAD_SELECTORS: readonly string[] = [
  '.sapo',
  '.detail-sapo',
  '.detail__sapo',
  '.article__sapo',
  '.sapo_detail',
  '.chapeau',
  '.lead',
  '.description',
  '.article-summary',
  '.summary',
  '[itemprop="description"]:not(meta)',
];

// Never text: code, media, controls, the head
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'img', 'picture', 'video', 'audio', 'source', 'track', 'map', 'input', 'button',
  'select', 'option', 'textarea', 'head', 'title', 'meta', 'link', 'base',
]);

// Page furniture as elements: menus, sidebars, page footers, forms
export const JUNK_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'form', 'dialog', 'menu']);

// ARIA roles of the same furniture
export const JUNK_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog',
]);

// Furniture by class or id, as part of a name: "box-related", "sidebar-right", "main-menu",
// "fb-comments", "share-tools", "advertisement", "breadcrumbs"
export const JUNK_NAME_PARTS: readonly string[] = [
  'related', 'relate', 'sidebar', 'menu', 'comment', 'footer', 'share', 'social', 'advert',
  'banner', 'breadcrumb', 'navbar', 'navigation', 'popup', 'modal', 'newsletter', 'subscribe',
  'cookie', 'toolbar', 'sponsor', 'promo', 'widget', 'recommend', 'most-read', 'mostread',
  'most-view', 'mostview', 'trending', 'hotnews', 'hot-news', 'latest', 'tinlienquan',
  'tinmoi', 'tinkhac', 'lienquan', 'binhluan', 'quangcao', 'adsbygoogle', 'print',
  'rating', 'tags', 'tag-list', 'keyword',
];

// Furniture by class or id, as a whole word between "-", "_" or spaces: "ads", "box-qc", "nav"
export const JUNK_NAME_WORDS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'adv', 'qc', 'nav', 'tool', 'tools', 'tag', 'logo', 'masthead', 'topbar',
  'login', 'search', 'weather',
]);

// Furniture by a whole class or id: "<div class="header">" is the page's, while
// "article-header" holds the headline
export const JUNK_NAMES: ReadonlySet<string> = new Set([
  'header', 'head', 'top', 'site-header', 'main-header', 'top-header', 'header-top', 'top-bar',
  'page-top', 'site-footer',
]);

// Headings of debris boxes, compared lowercased without a final ":" or count:
// "Tin liên quan", "TIN MỚI NHẤT", "Bình luận (3)"
export const BOX_LABELS: ReadonlySet<string> = new Set([
  'tin liên quan', 'tin mới nhất', 'tin mới', 'tin cùng chuyên mục', 'tin khác', 'các tin khác',
  'tin đã đưa', 'các tin đã đưa', 'tin đọc nhiều', 'đọc nhiều', 'đọc nhiều nhất', 'tin xem nhiều',
  'xem nhiều', 'xem nhiều nhất', 'tin nổi bật', 'tin tiêu điểm', 'tin ảnh', 'tin mới cập nhật',
  'bài liên quan', 'bài viết liên quan', 'bài viết khác', 'bài cùng chuyên mục', 'cùng chuyên mục',
  'tin cùng chủ đề', 'bài cùng chủ đề', 'bài viết cùng chủ đề', 'cùng chủ đề',
  'xem thêm', 'đọc thêm', 'có thể bạn quan tâm', 'bạn có thể quan tâm', 'có thể bạn chưa đọc',
  'bình luận', 'ý kiến bạn đọc', 'gửi bình luận', 'gửi ý kiến', 'viết bình luận',
  'từ khóa', 'từ khoá', 'tags', 'chia sẻ', 'chia sẻ bài viết', 'liên kết website', 'video nổi bật',
]);

// Block-level tags: each starts a line of its own
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'html',
]);

// The last part of a <title> that names the site: "… - Báo Quảng Ninh", "… - Cổng TTĐT Quận 1",
// "… - VnExpress", "… - nld.com.vn". Names that are also words ("Thanh niên", "Nhân dân")
// count only with "Báo" or as the page's og:site_name.
export const SITE_NAME = /^(?:báo(?!\s+cáo)|tạp chí|cổng thông tin|cổng ttđt|trang thông tin|trang tin|đài phát thanh|đài truyền hình|truyền hình|thông tấn xã|vnexpress|vietnamnet|zing|kinhtedothi|vov|vtv|ttxvn)(?:\s|$)|(?:\.vn|\.com|\.net|\.org|online|news|portal)$/iu;

// Separators between a headline and a site name in <title>: " - ", " | ", " – ", " — ", " :: ", " » "
export const TITLE_SEPARATOR = /(?<!\s)\s+(?:[-|–—»]|::)\s+/u;
