import { describe, expect, it } from 'vitest';
import { formatValue, valueTitle } from '../../src/lib/values.ts';
import type { DataValue } from '../../src/schemas/value.ts';

const value = (value: number, unit: DataValue['unit'], ordinal = false) => formatValue({ value, unit, ordinal });

describe('formatValue', () => {
  it('reads a count in words, as agents say it', () => {
    expect([value(2, 'attempts'), value(1, 'retries'), value(3, 'contacts')]).toEqual(['two attempts', 'one retry', 'three contacts']);
  });

  it('reads an ordinal count as the contact it is', () => {
    expect([value(3, 'contacts', true), value(2, 'attempts', true), value(12, 'contacts', true)]).toEqual([
      'third contact',
      'second attempt',
      '12th contact',
    ]);
  });

  it('gives a count above ten in digits', () => {
    expect(value(11, 'attempts')).toBe('11 attempts');
  });

  it('reads a period up to ten in words and a longer one in digits', () => {
    expect([value(1, 'hours'), value(30, 'days'), value(1, 'business-days'), value(2, 'working-days'), value(1, 'months')]).toEqual([
      'one hour',
      '30 days',
      'one business day',
      'two working days',
      'one month',
    ]);
  });

  it('reads a deadline of zero days as the same day', () => {
    expect([value(0, 'days'), value(0, 'business-days')]).toEqual(['the same day', 'the same business day']);
  });

  it('prints a code as its digits, without a thousands separator', () => {
    expect(value(65075, 'code')).toBe('65075');
  });
});

describe('valueTitle', () => {
  it('names the region and the source of a regulator’s period', () => {
    expect(valueTitle({ label: 'How long a PAC stays valid', region: 'uk', source: 'Ofcom General Condition C7' })).toBe(
      'UK: How long a PAC stays valid (Ofcom General Condition C7)',
    );
  });

  it('is the label alone for our own threshold', () => {
    expect(valueTitle({ label: 'Retries before Technical Support takes over' })).toBe('Retries before Technical Support takes over');
  });
});
