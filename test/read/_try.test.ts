import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { findArticleRoot, densestBlock, removeDebris } from '../../src/read/html-body.js';
import { findHeadline, jsonLdObjects } from '../../src/read/html-meta.js';
import { blockLines } from '../../src/read/html-text.js';
it('try', () => {
  const base = readFileSync(new URL('./pages/quan3-dan-van-kheo.html', import.meta.url), 'utf8');
  const paras = Array.from({ length: 400 }, (_, i) => `<p>Đoạn ${i}: Ban Thường vụ Quận ủy tặng Giấy khen cho ${i} tập thể và cá nhân điển hình trong phong trào thi đua.</p>`).join('\n');
  const links = Array.from({ length: 2000 }, (_, i) => `<li><a href="/${i}">Tin ${i} tuyên dương tập thể</a></li>`).join('');
  const big = base.replace('<p>Phát biểu tại hội nghị', `${paras}<p>Phát biểu tại hội nghị`).replace('<ul>\n          <li><a href="/a.html">', `<ul>${links}<li><a href="/a.html">`);
  for (let k = 0; k < 5; k++) {
  let t = performance.now();
  const lap = (name: string) => { const n = performance.now(); console.log('LAP', name, (n - t).toFixed(1)); t = n; };
  const $ = load(big); lap('load');
  const o = jsonLdObjects($); lap('jsonld');
  const root = findArticleRoot($); lap('root');
  const h = findHeadline($, root, o); lap('headline');
  const keep = [densestBlock(root) ?? root]; lap('densest');
  removeDebris(root, keep); lap('debris');
  blockLines(root); lap('lines');
  }
});
