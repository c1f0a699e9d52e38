import { describe, expect, it } from 'vitest';
import { choiceSeed, drawnChecks, drawnIndices, fnv1a, mulberry32, questionId, shuffled } from '../../src/training/shuffle.ts';

const LETTERS = ['A', 'B', 'C', 'D'] as const;
/** A count within `low`–`high`: the bounds are about five standard deviations either side of the mean. */
function expectBetween(count: number, low: number, high: number, label?: string): void {
  expect(count, label).toBeGreaterThan(low);
  expect(count, label).toBeLessThan(high);
}

const SEEDS = Array.from({ length: 4800 }, (_, n) => `trainee:trainee ${n}|fee-fairness|q${n % 7}`);

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes, so a name with accents is hashed the same everywhere', () => {
    expect(fnv1a('é')).toBe(fnv1a('\u00e9'));
    expect(fnv1a('é')).not.toBe(fnv1a('e'));
  });
});

describe('mulberry32', () => {
  it('gives the same stream for the same seed, pinned so an upgrade cannot reshuffle every trainee', () => {
    const random = mulberry32(0);
    expect([random(), random(), random()]).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]);
  });

  it('stays in [0, 1) and spreads evenly over ten buckets', () => {
    const random = mulberry32(fnv1a('spread'));
    const buckets = Array.from({ length: 10 }, () => 0);
    for (let n = 0; n < 20_000; n++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
      buckets[Math.floor(value * 10)] = (buckets[Math.floor(value * 10)] ?? 0) + 1;
    }
    // 2,000 expected per bucket, standard deviation about 42.
    for (const count of buckets) expectBetween(count, 1800, 2200);
  });
});

describe('shuffled', () => {
  it('is stable: the same seed gives the same order, on every call and after a reload', () => {
    const seed = choiceSeed('trainee:sam lee', 'hostile-callers:q1');
    expect(seed).toBe('trainee:sam lee|hostile-callers:q1');
    expect(shuffled(LETTERS, seed)).toEqual(shuffled(LETTERS, seed));
    expect(shuffled(LETTERS, seed)).toEqual(['C', 'B', 'D', 'A']);
  });

  it('returns a reordered copy with every item once, and leaves the input alone', () => {
    const input = ['one', 'two', 'three', 'four', 'five'];
    const output = shuffled(input, 'copy');
    expect([...output].sort()).toEqual([...input].sort());
    expect(input).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(shuffled([], 'empty')).toEqual([]);
    expect(shuffled(['only'], 'one')).toEqual(['only']);
  });

  it('puts each choice in each position equally often across trainees', () => {
    const counts = new Map<string, number>();
    for (const seed of SEEDS) {
      shuffled(LETTERS, seed).forEach((letter, position) =>
        counts.set(`${letter}${position}`, (counts.get(`${letter}${position}`) ?? 0) + 1),
      );
    }
    // 1,200 expected for each of the 16 (choice, position) pairs; standard deviation 30.
    expect(counts.size).toBe(16);
    for (const [pair, count] of counts) expectBetween(count, 1080, 1320, pair);
  });

  it('gives every one of the 24 orders of four choices about equally often (a naive swap-with-any shuffle does not)', () => {
    const counts = new Map<string, number>();
    for (const seed of SEEDS) {
      const order = shuffled(LETTERS, seed).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    // 200 expected for each order; standard deviation about 14.
    expect(counts.size).toBe(24);
    for (const [order, count] of counts) expectBetween(count, 140, 260, order);
  });

  it('gives different trainees different orders', () => {
    const orders = new Set(
      ['Sam Lee', 'Ana Diaz', 'Kofi Mensah', 'Priya Shah', 'Jo Smith'].map((name) => shuffled(LETTERS, `trainee:${name}`).join('')),
    );
    expect(orders.size).toBeGreaterThan(2);
  });
});

describe('questionId', () => {
  it('ignores case, punctuation and spacing, so fixing a comma keeps the trainee’s answer', () => {
    const id = questionId('Why did the port fail?');
    expect(id).toMatch(/^q[0-9a-z]{1,7}$/);
    expect(questionId('why did the port  fail')).toBe(id);
    expect(questionId('Why did the port fail…?')).toBe(id);
  });

  it('changes when the words change', () => {
    expect(questionId('Why did the port fail?')).not.toBe(questionId('Why did the port succeed?'));
  });
});

describe('drawnIndices and drawnChecks', () => {
  it('gives every question when nothing is drawn, or the bank is no bigger than what is shown', () => {
    expect(drawnIndices(4, undefined, 'x')).toEqual([0, 1, 2, 3]);
    expect(drawnIndices(4, 4, 'x')).toEqual([0, 1, 2, 3]);
    expect(drawnIndices(4, 9, 'x')).toEqual([0, 1, 2, 3]);
  });

  it('draws `shown` different questions, in the module’s order, the same for the same seed', () => {
    const drawn = drawnIndices(8, 5, 'trainee:sam lee|porting-rescue|draw');
    expect(drawn).toHaveLength(5);
    expect(new Set(drawn).size).toBe(5);
    expect([...drawn].sort((a, b) => a - b)).toEqual(drawn);
    expect(drawnIndices(8, 5, 'trainee:sam lee|porting-rescue|draw')).toEqual(drawn);
  });

  it('draws every question of the bank about equally often across trainees', () => {
    const counts = Array.from({ length: 8 }, () => 0);
    for (const seed of SEEDS) for (const index of drawnIndices(8, 5, seed)) counts[index] = (counts[index] ?? 0) + 1;
    // 3,000 expected for each question (5 of 8 drawn, 4,800 times); standard deviation about 34.
    for (const count of counts) expectBetween(count, 2850, 3150);
  });

  it('draws a module’s checks by its own seed', () => {
    const module = { id: 'porting-rescue', checks: ['a', 'b', 'c', 'd', 'e', 'f'], shown: 3 };
    const drawn = drawnChecks(module, 'trainee:sam lee');
    expect(drawn).toHaveLength(3);
    expect(drawnChecks(module, 'trainee:sam lee')).toEqual(drawn);
    expect(drawnChecks({ ...module, shown: undefined }, 'trainee:sam lee')).toEqual(module.checks);
  });
});
