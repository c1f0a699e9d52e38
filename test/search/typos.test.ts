import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  correctedText,
  correctionFor,
  editDistance,
  firstLetterCorrection,
  isKnown,
  nearestWords,
  suggestionsFor,
} from '../../src/search/typos.ts';

const words = (...list: [string, number][]) => list.map(([word, pages]) => ({ word, pages }));
const LIBRARY = words(
  ['refund', 4],
  ['refunds', 1],
  ['supervisor', 9],
  ['escalation', 6],
  ['escalate', 7],
  ['callback', 11],
  ['fee', 5],
  ['feed', 1],
);

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('refund', 'refund', 2)).toBe(0);
    expect(editDistance('refnud', 'refund', 2)).toBe(1);
    expect(editDistance('supervsor', 'supervisor', 2)).toBe(1);
    expect(editDistance('calback', 'callback', 2)).toBe(1);
    expect(editDistance('refand', 'refund', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('stops at the limit and answers one more than it', () => {
    expect(editDistance('refund', 'callback', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('allowedEdits', () => {
  it('corrects no word under four letters, one edit up to seven, two from eight', () => {
    expect([allowedEdits('fea'), allowedEdits('feee'), allowedEdits('calback'), allowedEdits('supervsor')]).toEqual([0, 1, 1, 2]);
  });
});

describe('isKnown', () => {
  it('knows a word the library uses, or the start of one, as Pagefind finds words by their start', () => {
    expect([isKnown('refund', LIBRARY), isKnown('Escal', LIBRARY), isKnown('refnud', LIBRARY)]).toEqual([true, true, false]);
  });
});

describe('correctionFor', () => {
  it('finds the playbook words behind misspelt ones', () => {
    expect(correctionFor('refnud', LIBRARY)).toBe('refund');
    expect(correctionFor('supervsor', LIBRARY)).toBe('supervisor');
    expect(correctionFor('escalaton', LIBRARY)).toBe('escalation');
    expect(correctionFor('Calback', LIBRARY)).toBe('callback');
  });

  it('prefers the fewest edits, then the word on more pages', () => {
    expect(correctionFor('refundd', LIBRARY)).toBe('refund');
    expect(correctionFor('escalatte', LIBRARY)).toBe('escalate');
  });

  it('corrects nothing too short or too far from every word', () => {
    expect(correctionFor('fex', LIBRARY)).toBeUndefined();
    expect(correctionFor('xqzvwy', LIBRARY)).toBeUndefined();
  });
});

describe('nearestWords and suggestionsFor', () => {
  it('lists the nearest words, fewest edits first, at most as many as asked', () => {
    expect(nearestWords('refun', LIBRARY, 2, 2).map((entry) => entry.word)).toEqual(['refund', 'refunds']);
  });

  it('reaches further than a correction, so a search that finds nothing still has words to offer', () => {
    expect(correctionFor('supvisr', LIBRARY)).toBeUndefined();
    expect(suggestionsFor('supvisr', LIBRARY, 3)).toEqual(['supervisor']);
  });
});

describe('correctedText', () => {
  it('replaces the corrected words and keeps the rest as typed', () => {
    expect(correctedText(' refnud the  change fee ', new Map([['refnud', 'refund']]))).toBe('refund the change fee');
    expect(correctedText('Supervsor please', new Map([['supervsor', 'supervisor']]))).toBe('supervisor please');
  });
});

describe('firstLetterCorrection', () => {
  const words = [
    { word: 'refund', pages: 9 },
    { word: 'callback', pages: 7 },
    { word: 'porting', pages: 5 },
  ];

  it('corrects one slip at the start of a word: changed, left out, added or swapped', () => {
    expect(['tefund', 'efund', 'xrefund', 'erfund', 'vallback'].map((typed) => firstLetterCorrection(typed, words))).toEqual([
      'refund',
      'refund',
      'refund',
      'refund',
      'callback',
    ]);
  });

  it('leaves alone a word that is wrong anywhere else, or gibberish', () => {
    expect(['pqrtxng', 'refnud', 'tefnud', 'refund'].map((typed) => firstLetterCorrection(typed, words))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
