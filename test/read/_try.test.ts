import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlToText } from '../../src/read/html.js';
it('try', () => {
  const d = htmlToText(readFileSync(new URL('./pages/quan3-dan-van-kheo.html', import.meta.url), 'utf8'));
  console.log(d.text); console.log(d.title, d.published, d.author);
});
