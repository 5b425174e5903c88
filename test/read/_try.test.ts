import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlToText } from '../../src/read/html.js';
it('try', () => {
  const base = readFileSync(new URL('./pages/quan3-dan-van-kheo.html', import.meta.url), 'utf8');
  let t0 = performance.now();
  for (let i = 0; i < 100; i++) htmlToText(base);
  console.log('PERF small x100', performance.now() - t0);
  const paras = Array.from({ length: 400 }, (_, i) => `<p>Đoạn ${i}: Ban Thường vụ Quận ủy tặng Giấy khen cho ${i} tập thể và cá nhân điển hình trong phong trào thi đua.</p>`).join('\n');
  const links = Array.from({ length: 2000 }, (_, i) => `<li><a href="/${i}">Tin ${i} tuyên dương tập thể</a></li>`).join('');
  const big = base.replace('<p>Phát biểu tại hội nghị', `${paras}<p>Phát biểu tại hội nghị`).replace('<ul>\n          <li><a href="/a.html">', `<ul>${links}<li><a href="/a.html">`);
  console.log('PERF size', big.length);
  t0 = performance.now();
  const d = htmlToText(big);
  console.log('PERF big', performance.now() - t0, d.text.split('\n').length);
});
