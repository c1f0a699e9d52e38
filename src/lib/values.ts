import type { DataValue, ValueUnit } from '../schemas/value.ts';

// How a value from content/values.yaml reads on the page: numbers up to ten in words, as agents say
// them ("two attempts", "one working day"), larger ones in digits ("30 days"). Words also keep a
// lone "1" off the page, which the search would match to any number typed that starts with one.

const CARDINALS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Singular and plural of each unit as it reads in a sentence. */
const NOUNS: Record<Exclude<ValueUnit, 'code'>, [string, string]> = {
  contacts: ['contact', 'contacts'],
  attempts: ['attempt', 'attempts'],
  retries: ['retry', 'retries'],
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  'business-days': ['business day', 'business days'],
  'working-days': ['working day', 'working days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

/** "3rd", "11th", "22nd". */
function ordinalDigits(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "third contact", "two attempts", "one retry", "30 days", "one business day", "the same day", "65075". */
export function formatValue(entry: Pick<DataValue, 'value' | 'unit' | 'ordinal'>): string {
  const { value, unit } = entry;
  if (unit === 'code') return String(value);
  const [one, many] = NOUNS[unit];
  if (unit === 'contacts' || unit === 'attempts' || unit === 'retries') {
    if (entry.ordinal) return `${ORDINALS[value] ?? ordinalDigits(value)} ${one}`;
    return `${CARDINALS[value] ?? value} ${value === 1 ? one : many}`;
  }
  // A deadline of zero days is "the same day", which is how agents say it.
  if (value === 0 && one.endsWith('day')) return `the same ${one}`;
  return `${CARDINALS[value] ?? value} ${value === 1 ? one : many}`;
}

/** What the rendered value says when pointed at: the label, with its source when it has one. */
export function valueTitle(entry: Pick<DataValue, 'label' | 'region' | 'source'>): string {
  const label = labelWithRegion(entry);
  return entry.source ? `${label} (${entry.source})` : label;
}

/** "UK: How long a PAC stays valid"; the label alone when the value holds everywhere. */
export function labelWithRegion(entry: Pick<DataValue, 'label' | 'region'>): string {
  return entry.region ? `${entry.region.toUpperCase()}: ${entry.label}` : entry.label;
}
