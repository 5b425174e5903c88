// The project's own fixture corpus and the seeds, held to the bounds of the
// generalization issue: a regression in any field fails CI.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES, HELD_OUT, scoreDir, SEEDS, summaryOf } from './score-corpus.js';

const fixtures = (await Promise.all([FIXTURES, ...HELD_OUT].map((dir) => scoreDir(dir, dir)))).flat();
const all = [...fixtures, ...(await scoreDir(SEEDS, join(SEEDS, 'gold')))];
const m = summaryOf(all).metrics;

describe('fixture corpus and seeds', () => {
  it('has at least 2156 fixture articles (the corpus and the hundred and five held-out sets), each with a gold file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(2156);
  });
  it('award F1 ≥ 98%', () => expect(m.award_f1).toBeGreaterThanOrEqual(0.98));
  it('level accuracy ≥ 97%', () => expect(m.level_accuracy).toBeGreaterThanOrEqual(0.97));
  it('date accuracy ≥ 97%', () => expect(m.date_accuracy).toBeGreaterThanOrEqual(0.97));
  it('official-name F1 ≥ 96%', () => expect(m.official_f1).toBeGreaterThanOrEqual(0.96));
  it('title F1 ≥ 92%', () => expect(m.title_f1).toBeGreaterThanOrEqual(0.92));
  // (first measured at 74.9%: P 94%, R 62%; 84.6% once some of a count named after "trong đó có",
  // the bodies listed after a count and the members named in a later sentence were read (P 94%,
  // R 77%); 87.6% with the thirty-sixth set once items listed one a line and names after "là" were
  // read (P 95%, R 81%); 90.5% with the thirty-seventh set once names in captions, in parentheses
  // and after "đó là:" or a bare colon were read (P 95%, R 86%); 93.2% with the thirty-eighth set
  // once lowercase places of worship, addresses after a comma and a group per clause were read (P
  // 96%, R 90%; 93.2% again with the thirty-ninth, P 96%, R 90%; 93.9% with the fortieth once a body's
  // common noun, clans and places named bare after "N xã:" were read, P 97%, R 91%; 94.9% with the
  // eighty-fourth once a member told "là một trong N …" was read, P 97%, R 93%; 95.6% with the
  // eighty-seventh once a pointer's list opened by a body and names before a count in apposition
  // were read, P 97%, R 94%; 95.8% with the ninetieth once members told "Một trong N … là A" or in
  // an aside between commas were read, P 97%, R 94%; 95.9% with the ninety-ninth once a table's
  // caption led its rows, "Các tập thể là:" and "cá nhân duy nhất là" named members and peoples'
  // names were no persons, P 97%, R 95%; 94.6% with the hundred-and-fifth, two of the forty-third
  // session's six sets hard on purpose and one measured only blind, 96.0% over the sets before them,
  // P 96%, R 93%) — the misses left are
  // names in features and tables, an aside "…; một trong N …" (no recipients, as seed 003 has it),
  // and conventions that differ; a floor, not a goal)
  it('award-recipient F1 ≥ 92%', () => expect(m.recipient_f1).toBeGreaterThanOrEqual(0.92));
  // (first scored in the twenty-seventh session: 53.2% as the lead's subject was read then, 88.7%
  // once the name stopped before the verb phrase and its parentheses were left out — the misses
  // left were bodies held together ("Đảng ủy, UBND xã A"), a lead with no "tổ chức", and short
  // names against long ones; 95.6% in the twenty-eighth once those were read — the misses left are
  // leads deep in interviews and features, the sets' conventions that differ on short names, and a
  // body's place the article never writes; a floor, not a goal)
  it('organizer accuracy ≥ 94%', () => expect(m.organizer_accuracy).toBeGreaterThanOrEqual(0.94));
});
