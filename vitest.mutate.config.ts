// The tests Stryker runs against each mutant (npm run mutate): the fast, in-process ones
// about extraction — form and negative lists, the corpus and its bounds, the property tests —
// not the end-to-end CLI runs, the readers, the encoding variants of the corpus (decoding,
// and slow) or the other safety checks.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/extract/**/*.test.ts', 'test/corpus/fixtures.test.ts', 'test/corpus/seeds.test.ts', 'test/safety/properties.test.ts'],
    testTimeout: 60_000,
  },
});
