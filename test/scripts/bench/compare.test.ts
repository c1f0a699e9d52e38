import { describe, expect, it } from 'vitest';
import { comparisonTable, formatLoad, formatRatio, ratio } from '../../../scripts/bench/compare.ts';

const GIB = 2 ** 30;

describe('ratio', () => {
  it('says how many times the plain stack’s cost Frontline’s is', () => {
    expect(ratio(28, 15.4)).toBeCloseTo(1.818, 3);
    expect(ratio(10, 20)).toBe(0.5);
  });

  it('has no ratio when a figure is missing or the plain cost is zero', () => {
    expect(ratio(Number.NaN, 10)).toBeNaN();
    expect(ratio(10, Number.NaN)).toBeNaN();
    expect(ratio(10, 0)).toBeNaN();
  });
});

describe('formatRatio', () => {
  it('writes two decimals and a times sign, or a dash when there is no ratio', () => {
    expect(formatRatio(1.8181)).toBe('1.82×');
    expect(formatRatio(Number.NaN)).toBe('–');
  });
});

describe('formatLoad', () => {
  it('names the three load averages with one decimal', () => {
    expect(formatLoad([25.32, 27.291, 23.5])).toBe('load average 25.3 / 27.3 / 23.5 (1 / 5 / 15 min)');
  });
});

describe('comparisonTable', () => {
  it('puts each library built both ways on one row, with the time and memory ratios', () => {
    expect(
      comparisonTable([
        {
          label: 'synthetic-1000',
          pages: 1000,
          frontline: { seconds: 28.04, peakBytes: 1.34 * GIB },
          plain: { seconds: 15.4, peakBytes: 1.27 * GIB },
        },
        {
          label: 'synthetic-100',
          pages: 100,
          frontline: { seconds: 9, peakBytes: 0.5 * GIB },
          plain: { seconds: Number.NaN, peakBytes: 0 },
        },
      ]),
    ).toMatchInlineSnapshot(`
      "| site | playbooks | Frontline build + index | plain stack build + index | time ÷ plain | Frontline peak memory | plain stack peak memory | memory ÷ plain |
      |---|---|---|---|---|---|---|---|
      | synthetic-1000 | 1000 | 28.0 s | 15.4 s | 1.82× | 1.34 GiB | 1.27 GiB | 1.06× |
      | synthetic-100 | 100 | 9.0 s | – | – | 0.50 GiB | 0.00 GiB | – |"
    `);
  });
});
