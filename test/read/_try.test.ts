import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeLegacy } from '../../src/read/legacy.js';
import { vietnameseScore } from '../../src/read/syllable.js';
import { encodeVariant } from '../support/encode-variants.js';
it('try', () => {
  const t = readFileSync('/work/shared/seeds/001_fde3ffc39b1c8227.txt', 'utf8');
  const leg = encodeVariant(t, 'tcvn3');
  for (const c of ['windows-1258', 'viscii', 'tcvn3', 'vni-windows'] as const) {
    let t0 = performance.now();
    let s = '';
    for (let i = 0; i < 200; i++) s = decodeLegacy(leg, c).normalize('NFC');
    const d = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < 200; i++) vietnameseScore(s);
    console.log(c, 'decode', d, 'score', performance.now() - t0);
  }
});
