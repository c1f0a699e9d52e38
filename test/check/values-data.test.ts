import { describe, expect, it } from 'vitest';
import { valuesData } from '../../src/check/values-data.ts';

const good = { id: 'provider-attempts', label: 'Calls to another provider before a senior takes over', value: 2, unit: 'attempts' };

describe('valuesData', () => {
  it('keeps each valid entry by id', () => {
    const data = valuesData([good]);
    expect([...data.values.keys(), ...data.ids]).toEqual(['provider-attempts', 'provider-attempts']);
    expect(data.values.get('provider-attempts')?.ordinal).toBe(false);
  });

  it('keeps the good entries beside a bad one, and the bad one’s id so a <Value> naming it is not reported twice', () => {
    const data = valuesData([good, { id: 'pac-validity', label: 'How long a PAC stays valid', value: 30, unit: 'fortnights' }]);
    expect([...data.values.keys()]).toEqual(['provider-attempts']);
    expect([...data.ids]).toEqual(['provider-attempts', 'pac-validity']);
  });

  it('keeps the first of two entries with one id', () => {
    expect(valuesData([good, { ...good, value: 3 }]).values.get('provider-attempts')?.value).toBe(2);
  });

  it('gives nothing for a file that is not a list', () => {
    const data = valuesData({ id: 'provider-attempts' });
    expect([data.values.size, data.ids.size]).toEqual([0, 0]);
  });
});
