// Finds the promises in words said to a customer: a time ("today", "within 2 hours", "by four"),
// the end of the call ("before we hang up") or an outcome ("I won't transfer you", "guaranteed").
// Pure text in, promises out; src/check/rules/data.ts reports the ones no data backs. What counts
// is listed in docs/playbook-format.md ("Promises come from data").

/** Stands in the text for a data component that gives a time: `<Sla>` or `<Value>`. */
export const DATA_MARK = '\uE000';
/** Stands in the text for a placeholder the agent fills in from the booking: `[day and time]`. */
const PLACEHOLDER_MARK = '\uE001';

export type PromiseKind = 'time' | 'end-of-call' | 'outcome';

export interface SpokenPromise {
  /** The words as written, e.g. "by this afternoon", "I won't transfer you". */
  text: string;
  /** Where `text` starts in the scanned string. */
  index: number;
  kind: PromiseKind;
}

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty)';
const PERIOD = '(?:(?:business|working|calendar)\\s+)?(?:minutes?|hours?|days?|weeks?|months?)';
/** How many of a period: a number, a range, an article, or a vague few. */
const HOW_MANY = `(?:the\\s+next\\s+)?(?:\\d+(?:\\s*[–-]\\s*\\d+)?|${NUMBER_WORD}(?:\\s+(?:or|to)\\s+${NUMBER_WORD})?|an?|a\\s+few|a\\s+couple\\s+of|few|the)`;
/** A clock time in digits or as a word: "3pm", "15:00", "noon". Words alone ("four") only after by, before or between. */
const DIGIT_CLOCK = `(?:\\d{1,2}(?::\\d\\d)?(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?|noon|midday|midnight|${NUMBER_WORD}\\s+o['’]clock)`;
const CLOCK = `(?:${DIGIT_CLOCK}|${NUMBER_WORD})`;
const DAY =
  '(?:today|tonight|tomorrow(?:\\s+(?:morning|afternoon|evening))?|this\\s+(?:morning|afternoon|evening|week)|later\\s+today|the\\s+end\\s+of\\s+(?:the\\s+)?(?:day|week|month)|end\\s+of\\s+(?:the\\s+)?day|close\\s+of\\s+business|(?:mon|tues|wednes|thurs|fri|satur|sun)day)';

/** A period after "within" or "in": "within 2 hours", "in an hour or two", "in the next few minutes". */
const PERIOD_PROMISE = new RegExp(`\\b(?:within|in)\\s+${HOW_MANY}\\s+(?:\\w+\\s+)?${PERIOD}(?:\\s+or\\s+(?:two|so))?\\b`, 'giu');
/**
 * A clock time or day after by, before, at or between: "by four", "between two and four", "by this
 * afternoon", "at 3pm". Not "one by one", nor "by ten percent".
 */
const POINT_PROMISE = new RegExp(
  `(?<!\\bone\\s)\\b(?:(?:by|before|between)\\s+(?:${CLOCK}(?:\\s+and\\s+${CLOCK})?|${DAY})|at\\s+(?:${DIGIT_CLOCK}|${DAY}))(?![\\w'’]|\\s+(?:percent|per\\s+cent|times|pounds|dollars|euros))`,
  'giu',
);
/** A day said on its own: "today", "tomorrow morning". A promise only beside "will", "I'll"… */
const DAY_PROMISE = new RegExp(`\\b${DAY}\\b`, 'giu');
const END_OF_CALL =
  /\b(?:before\s+(?:we|you|I)\s+(?:hang\s+up|end\s+(?:this|the)\s+call|finish\s+(?:this|the)\s+call)|before\s+(?:this|the)\s+call\s+ends|by\s+the\s+end\s+of\s+(?:this|the)\s+call)\b/giu;
const OUTCOMES = [
  /\bguarantee[ds]?\b/giu,
  /\b(?:I|we)\s*(?:won['’]t|will\s+not|['’]m\s+not\s+going\s+to|am\s+not\s+going\s+to|['’]re\s+not\s+going\s+to|are\s+not\s+going\s+to)\s+(?:transfer|pass|put|hand|send)\s+you\b(?:\s+on)?/giu,
  /\bI(?:['’]ll|\s+will)\s+(?:personally\s+)?(?:call|ring|phone)\s+you(?:\s+back)?\s+(?:myself|personally)\b/giu,
  /\bI(?:['’]ll|\s+will)\s+personally\s+(?:call|ring|phone)\s+you\b/giu,
];
/** "will definitely", "it'll definitely", "definitely will": certainty about what happens next. */
const DEFINITELY =
  /\b(?:(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to)\s+definitely|definitely\s+(?:will|going\s+to))\b|\w+['’]ll\s+definitely\b/giu;

/** Words that make a sentence a commitment about the future. */
const COMMITTED = /\b(?:will|won['’]t|shall|going\s+to|gonna)\b|['’](?:ll|d)\b/iu;
/** "I can't promise", "there's no guarantee": a sentence that declines to promise promises nothing. */
const DECLINED = /\b(?:can['’]t|cannot|can\s+not|won['’]t|couldn['’]t|not|no)\s+(?:\w+\s+){0,2}(?:promise|guarantee)/iu;

/** Sentences with where they start; a placeholder's brackets never end one. */
function sentences(text: string): { text: string; index: number }[] {
  return [...text.matchAll(/[^.!?]+[.!?]*/gu)].map((match) => ({ text: match[0], index: match.index }));
}

/** Placeholders become one mark padded to their length, so offsets still point into the original. */
function maskPlaceholders(text: string): string {
  return text.replace(/\[[^\]\n]*\]/gu, (placeholder) => PLACEHOLDER_MARK.padEnd(placeholder.length, ' '));
}

function matches(pattern: RegExp, text: string, offset: number, kind: PromiseKind): SpokenPromise[] {
  return [...text.matchAll(pattern)].map((match) => ({ text: match[0].trim(), index: offset + match.index, kind }));
}

/**
 * Every promise in the words: times and the end of the call that come from no data, and outcomes,
 * which no data can back. A time given as a data component (`DATA_MARK`) or as a placeholder for
 * the booked time (`[day and time]`) is not found: it comes from the data or from the booking.
 */
export function findPromises(text: string): SpokenPromise[] {
  const found: SpokenPromise[] = [];
  for (const sentence of sentences(maskPlaceholders(text))) {
    if (DECLINED.test(sentence.text)) continue;
    const committed = COMMITTED.test(sentence.text);
    found.push(...matches(PERIOD_PROMISE, sentence.text, sentence.index, 'time'));
    if (committed) {
      found.push(...matches(POINT_PROMISE, sentence.text, sentence.index, 'time'));
      found.push(...matches(DAY_PROMISE, sentence.text, sentence.index, 'time'));
      found.push(...matches(END_OF_CALL, sentence.text, sentence.index, 'end-of-call'));
      found.push(...matches(DEFINITELY, sentence.text, sentence.index, 'outcome'));
    }
    for (const pattern of OUTCOMES) found.push(...matches(pattern, sentence.text, sentence.index, 'outcome'));
  }
  // "by this afternoon" also holds "this afternoon": keep the longer words, once.
  const sorted = found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return sorted.filter((promise, i) => !sorted.slice(0, i).some((other) => promise.index < other.index + other.text.length));
}
