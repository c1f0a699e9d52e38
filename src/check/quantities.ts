// Finds the numbers a sentence states: a count ("two attempts", "2nd contact"), a period ("within
// 4 hours", "the same day"), an amount of money ("$35") or a bare number that may be a code
// ("65075"). Pure text in, quantities out; src/check/rules/data.ts decides which of them the data
// already holds. What counts is listed in docs/playbook-format.md ("Numbers come from data").

/** What a quantity measures. Units that read differently but measure the same thing share one. */
export type Family = 'contact' | 'attempt' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'code' | `money:${string}`;

export interface Quantity {
  /** The words as written, e.g. "one careful retry", "$35", "the same day". */
  text: string;
  /** Where `text` starts in the scanned string. */
  index: number;
  family: Family;
  /** The number written, or both ends of a range ("2–4 hours", "a day or two"). */
  amounts: number[];
  form: 'cardinal' | 'ordinal' | 'money' | 'code';
  /** Written as a limit — "within", "at least", "up to", "after", "or more"… — so it states a rule, whatever its value. */
  bound: boolean;
}

interface Token {
  text: string;
  lower: string;
  index: number;
}

// Money with its sign, numbers (with an ordinal suffix), words (with an apostrophe), dashes, anything else.
const TOKEN = /[$£€]\s?\d+(?:,\d{3})*(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?|[A-Za-z]+(?:['’][A-Za-z]+)?|[–—-]|\S/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ text: match[0], lower: match[0].toLowerCase(), index: match.index }));
}

const CARDINAL_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINAL_WORDS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** Unit words, by how many words they take; the last word may be plural or possessive ("month's"). */
const UNITS: [string[], Family][] = [
  [['business', 'day'], 'day'],
  [['working', 'day'], 'day'],
  [['calendar', 'day'], 'day'],
  [['business', 'hour'], 'hour'],
  [['working', 'hour'], 'hour'],
  [['contact'], 'contact'],
  [['attempt'], 'attempt'],
  [['try'], 'attempt'],
  [['retry'], 'attempt'],
  [['minute'], 'minute'],
  [['hour'], 'hour'],
  [['day'], 'day'],
  [['week'], 'week'],
  [['month'], 'month'],
  [['year'], 'year'],
];
const COUNTED: readonly Family[] = ['contact', 'attempt'];
const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR' };
const CURRENCY_WORDS: Record<string, string> = { usd: 'USD', dollars: 'USD', gbp: 'GBP', pounds: 'GBP', eur: 'EUR', euros: 'EUR' };

/** Something every quantity has: a digit, a currency sign or word, or the start of a unit word. */
const MAY_HOLD_QUANTITY = /\d|[$£€]|contact|attempt|tr(?:y|ies)\b|retr|minute|hour|day|week|month|year|usd|gbp|eur|dollar|pound/iu;

/** Words that come before a number when it states a limit. "on" only for counts: "on the second attempt". */
const BOUND_BEFORE = [
  'within',
  'in under',
  'under',
  'at least',
  'at most',
  'up to',
  'no more than',
  'no later than',
  'no less than',
  'more than',
  'less than',
  'fewer than',
  'after',
].map((phrase) => phrase.split(' '));
const BOUND_AFTER = ['or more', 'or longer', 'or less', 'or fewer', 'at the latest'].map((phrase) => phrase.split(' '));
/** Words after a period that place it in a story rather than state a rule: "two days later". */
const NARRATIVE_AFTER = new Set(['later', 'ago', 'earlier']);
/** Words that may stand between a number and its unit ("one careful retry"), unless they are one of these. */
const NOT_MODIFIERS = new Set(['or', 'and', 'to', 'of', 'the', 'a', 'an', 'more', 'less', 'than', 'times', 'per', 'in', 'on', 'at', 'for']);

function singular(word: string): string {
  const bare = word.replace(/['’]s$/, '');
  if (bare === 'tries') return 'try';
  if (bare === 'retries') return 'retry';
  return bare.endsWith('s') ? bare.slice(0, -1) : bare;
}

/** The unit at token `i`: its family, whether it was singular, and the index after it. */
function unitAt(tokens: Token[], i: number): { family: Family; singular: boolean; next: number } | undefined {
  for (const [words, family] of UNITS) {
    const found = words.every((word, k) => {
      const token = tokens[i + k];
      if (!token) return false;
      return k < words.length - 1 ? token.lower === word : singular(token.lower) === word;
    });
    if (found) {
      const last = tokens[i + words.length - 1]?.lower ?? '';
      return { family, singular: singular(last) === last.replace(/['’]s$/, ''), next: i + words.length };
    }
  }
  return undefined;
}

interface NumberAt {
  amount: number;
  form: 'cardinal' | 'ordinal';
  /** "a", "an", "the next": one, but only of a singular period. */
  article: boolean;
  next: number;
}

function digitsValue(text: string): number {
  return Number(text.replace(/,/g, '').replace(/(st|nd|rd|th)$/, ''));
}

/** A number written at token `i`: digits, a word, an ordinal, or an article standing for one. */
function numberAt(tokens: Token[], i: number): NumberAt | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const word = token.lower;
  if (/^\d/.test(word)) {
    return { amount: digitsValue(word), form: /(st|nd|rd|th)$/.test(word) ? 'ordinal' : 'cardinal', article: false, next: i + 1 };
  }
  if (word in TENS) {
    // "forty-five"
    const unit = tokens[i + 1]?.text === '-' ? CARDINAL_WORDS.indexOf(tokens[i + 2]?.lower ?? '') : -1;
    if (unit > 0 && unit < 10) return { amount: (TENS[word] ?? 0) + unit, form: 'cardinal', article: false, next: i + 3 };
    return { amount: TENS[word] ?? 0, form: 'cardinal', article: false, next: i + 1 };
  }
  const cardinal = CARDINAL_WORDS.indexOf(word);
  if (cardinal >= 0) return { amount: cardinal, form: 'cardinal', article: false, next: i + 1 };
  const ordinal = ORDINAL_WORDS.indexOf(word);
  if (ordinal >= 0) return { amount: ordinal, form: 'ordinal', article: false, next: i + 1 };
  if (word === 'a' || word === 'an') return { amount: 1, form: 'cardinal', article: true, next: i + 1 };
  if (word === 'the' && tokens[i + 1]?.lower === 'next') return { amount: 1, form: 'cardinal', article: true, next: i + 2 };
  return undefined;
}

/** Whether the tokens ending just before `i` (or starting at `i`) spell one of the phrases. */
function phraseBefore(tokens: Token[], i: number, phrases: string[][]): boolean {
  return phrases.some((phrase) => phrase.every((word, k) => tokens[i - phrase.length + k]?.lower === word));
}
function phraseAt(tokens: Token[], i: number, phrases: string[][]): boolean {
  return phrases.some((phrase) => phrase.every((word, k) => tokens[i + k]?.lower === word));
}

/** "2–4", "two to four", "two or three": the second end of a range starting after a number. */
function rangeEnd(tokens: Token[], i: number): NumberAt | undefined {
  const joiner = tokens[i]?.lower;
  if (joiner !== '–' && joiner !== '—' && joiner !== '-' && joiner !== 'to' && joiner !== 'or') return undefined;
  const end = numberAt(tokens, i + 1);
  return end && !end.article && end.form === 'cardinal' ? end : undefined;
}

function slice(text: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.index, last.index + last.text.length) : '';
}

/** The money amount at token `i`: "$35", "£20.50", "35 USD", "40 dollars". */
function moneyAt(tokens: Token[], i: number): { family: Family; amount: number; next: number } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const sign = CURRENCY_SIGNS[token.text[0] ?? ''];
  if (sign) return { family: `money:${sign}`, amount: digitsValue(token.text.slice(1).trim()), next: i + 1 };
  const currency = /^\d[\d,]*(\.\d+)?$/.test(token.text) ? CURRENCY_WORDS[tokens[i + 1]?.lower ?? ''] : undefined;
  return currency ? { family: `money:${currency}`, amount: digitsValue(token.text), next: i + 2 } : undefined;
}

/** "the same day", "same-day", "the same working day": a deadline of zero days. */
function sameDayAt(tokens: Token[], i: number): { next: number; start: number } | undefined {
  if (tokens[i]?.lower !== 'same') return undefined;
  const hyphen = tokens[i + 1]?.text === '-' ? 1 : 0;
  const unit = unitAt(tokens, i + 1 + hyphen);
  if (!unit || unit.family !== 'day' || !unit.singular) return undefined;
  // "on the same day" is a point in time and "the same day as" a comparison, not a deadline.
  if (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'on') return undefined;
  if (tokens[unit.next]?.lower === 'as') return undefined;
  return { next: unit.next, start: tokens[i - 1]?.lower === 'the' ? i - 1 : i };
}

/**
 * Every quantity in the text. Dropped as not stating anything: a first ("the first attempt" is an
 * order, not a threshold), a period placed in a story ("two days later"), an ordinal of a period
 * ("the third day"), and an article standing for one of a counted thing ("a retry").
 */
export function findQuantities(text: string): Quantity[] {
  // Most prose has no digit and no unit word: skip tokenizing it (the check reads every text node).
  if (!MAY_HOLD_QUANTITY.test(text)) return [];
  const tokens = tokenize(text);
  const found: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const money = moneyAt(tokens, i);
    if (money) {
      found.push({
        text: slice(text, tokens, i, money.next),
        index: tokens[i]?.index ?? 0,
        family: money.family,
        amounts: [money.amount],
        form: 'money',
        bound: false,
      });
      i = money.next;
      continue;
    }
    const same = sameDayAt(tokens, i);
    if (same) {
      found.push({
        text: slice(text, tokens, same.start, same.next),
        index: tokens[same.start]?.index ?? 0,
        family: 'day',
        amounts: [0],
        form: 'cardinal',
        bound: phraseBefore(tokens, same.start, BOUND_BEFORE),
      });
      i = same.next;
      continue;
    }
    const quantity = quantityAt(text, tokens, i);
    if (quantity) {
      if (quantity.value) found.push(quantity.value);
      i = quantity.next;
      continue;
    }
    const token = tokens[i];
    if (token && /^\d[\d,]*$/.test(token.text)) {
      // A number with no unit: only ever a code (a short code, say), which the rule matches exactly.
      found.push({ text: token.text, index: token.index, family: 'code', amounts: [digitsValue(token.text)], form: 'code', bound: false });
    }
    i += 1;
  }
  return found;
}

/**
 * "a day" is one day only where a period is meant: after "within", "in", "for", "at least"…,
 * before "before", "after", "of" or "from" ("an hour before the deadline"), or in a range ("a day or
 * two"). Elsewhere it is any day: "turn it into a day and a clock time".
 */
function articleMeansOne(tokens: Token[], start: number, next: number, range: boolean): boolean {
  if (range) return true;
  if (phraseBefore(tokens, start, [...BOUND_BEFORE, ['in'], ['for']])) return true;
  return ['before', 'after', 'of', 'from'].includes(tokens[next]?.lower ?? '');
}

/** A number followed by a unit at token `i`; `value` is undefined when it is read but dropped. */
function quantityAt(text: string, tokens: Token[], i: number): { value: Quantity | undefined; next: number } | undefined {
  const number = numberAt(tokens, i);
  if (!number) return undefined;
  const amounts = [number.amount];
  let at = number.next;
  // "3+ contacts"
  const plus = tokens[at]?.text === '+';
  if (plus) at += 1;
  const end = plus ? undefined : rangeEnd(tokens, at);
  if (end) {
    amounts.push(end.amount);
    at = end.next;
  }
  let unit = unitAt(tokens, at);
  const modifier = tokens[at];
  if (!unit && modifier && /^[a-z]+$/.test(modifier.lower) && !NOT_MODIFIERS.has(modifier.lower) && numberAt(tokens, at) === undefined) {
    unit = unitAt(tokens, at + 1);
  }
  if (!unit) return undefined;
  let next = unit.next;
  // "an hour or two", "a day or so"
  const tail = rangeEnd(tokens, next);
  if (tail && tokens[next]?.lower === 'or') {
    amounts.push(tail.amount);
    next = tail.next;
  }
  const counted = COUNTED.includes(unit.family);
  const dropped =
    (number.article && (counted || !unit.singular || !articleMeansOne(tokens, i, next, amounts.length > 1))) ||
    (number.form === 'ordinal' && (!counted || number.amount < 2)) ||
    (!counted && NARRATIVE_AFTER.has(tokens[next]?.lower ?? ''));
  if (dropped) return { value: undefined, next };
  const bound = phraseBefore(tokens, i, counted ? [...BOUND_BEFORE, ['on']] : BOUND_BEFORE) || phraseAt(tokens, next, BOUND_AFTER) || plus;
  return {
    value: { text: slice(text, tokens, i, next), index: tokens[i]?.index ?? 0, family: unit.family, amounts, form: number.form, bound },
    next,
  };
}
