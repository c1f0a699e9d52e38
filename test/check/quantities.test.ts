import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/check/quantities.ts';

/** The quantities as `text family amounts form bound`, for short expectations. */
function read(text: string): string[] {
  return findQuantities(text).map((q) => `${q.text} | ${q.family} ${q.amounts.join('-')} ${q.form}${q.bound ? ' bound' : ''}`);
}

describe('findQuantities', () => {
  it('reads counts in digits, words and ordinals, with a word between the number and the thing', () => {
    expect(read('This is the 2nd contact.')).toEqual(['2nd contact | contact 2 ordinal']);
    expect(read('It failed after one careful retry.')).toEqual(['one careful retry | attempt 1 cardinal bound']);
    expect(read('They refused on two attempts.')).toEqual(['two attempts | attempt 2 cardinal bound']);
    expect(read('Escalate on the third contact.')).toEqual(['third contact | contact 3 ordinal']);
    expect(read('3+ contacts about one request')).toEqual(['3+ contacts | contact 3 cardinal bound']);
  });

  it('reads periods with business and working days, possessives and a bound before or after', () => {
    expect(read('We call back within 4 hours.')).toEqual(['4 hours | hour 4 cardinal bound']);
    expect(read('It completes within one working day.')).toEqual(['one working day | day 1 cardinal bound']);
    expect(read('at least one month’s notice')).toEqual(['one month’s | month 1 cardinal bound']);
    expect(read('A PAC is valid for 30 days.')).toEqual(['30 days | day 30 cardinal']);
    expect(read('Leave it 48 hours or more.')).toEqual(['48 hours | hour 48 cardinal bound']);
  });

  it('reads ranges, and keeps both ends', () => {
    expect(read('Call back within 2–4 hours.')).toEqual(['2–4 hours | hour 2-4 cardinal bound']);
    expect(read('It may take a day or two.')).toEqual(['a day or two | day 1-2 cardinal']);
    expect(read('two to four business days')).toEqual(['two to four business days | day 2-4 cardinal']);
  });

  it('reads "a" or "the next" as one where a period is meant', () => {
    expect(read('Check the case an hour before the deadline.')).toEqual(['an hour | hour 1 cardinal']);
    expect(read('You can’t call them in the next hour.')).toEqual(['the next hour | hour 1 cardinal']);
    expect(read('It lasts at least a month after the contract ends.')).toEqual(['a month | month 1 cardinal bound']);
  });

  it('reads the same day as a deadline of zero days, but not a day being compared', () => {
    expect(read('Log it the same day.')).toEqual(['the same day | day 0 cardinal']);
    expect(read('a same-day callback')).toEqual(['same-day | day 0 cardinal']);
    expect(read('Both changed on the same day.')).toEqual([]);
    expect(read('It arrived the same day as the bill.')).toEqual([]);
  });

  it('reads money with a sign or a currency word', () => {
    expect(read('A senior can credit up to $35.')).toEqual(['$35 | money:USD 35 money']);
    expect(read('a £20.50 fee, or 40 dollars')).toEqual(['£20.50 | money:GBP 20.5 money', '40 dollars | money:USD 40 money']);
  });

  it('reads a bare number as a possible code, without a trailing comma', () => {
    expect(read('Text PAC to 65075, online or by phone.')).toEqual(['65075 | code 65075 code']);
  });

  it('finds nothing in counts and periods that state no rule', () => {
    for (const text of [
      'Read the last few weeks of contacts.',
      'Lay out the first attempt and the backup.',
      'Turn it into a day and a clock time.',
      'It takes a few minutes, or a couple of hours.',
      'They finally got the call two days later.',
      'I was told that a week ago.',
      'Try a retry, then another.',
      'Give one clear warning in a three-way call.',
      'Frustrated after three calls, calmer now.',
      'Check it on the third day.',
    ]) {
      expect(read(text), text).toEqual([]);
    }
  });

  it('reads a cardinal count in a range without calling it a limit', () => {
    expect(read('Read the last two or three contacts.')).toEqual(['two or three contacts | contact 2-3 cardinal']);
  });

  it('gives where each quantity starts in the text', () => {
    expect(findQuantities('Within 4 hours, or $35.').map((q) => q.index)).toEqual([7, 19]);
  });
});
