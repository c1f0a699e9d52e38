import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  GENERIC_SHARE,
  parseHead,
  parseShard,
  shardOf,
  Vocabulary,
  wordsOf,
  type IndexedPage,
} from '../../src/search/vocabulary.ts';

const page = (content: string, category = 'Porting', meta: Record<string, string> = {}): IndexedPage => ({
  id: `en_${content.length}`,
  content,
  meta,
  filters: { category: [category] },
});

function built(pages: IndexedPage[]) {
  return buildVocabulary(pages, (shard) => `${shard}.hash.json`);
}

describe('wordsOf', () => {
  it('keeps lowercase words of three to twenty-four letters, apostrophes dropped, no digits', () => {
    expect(wordsOf("The customer's PIN isn't 1234 — ring back at 5pm")).toEqual(['the', 'customers', 'pin', 'isnt', 'ring', 'back']);
    expect(wordsOf(`a ${'x'.repeat(25)} résumé`)).toEqual(['résumé']);
  });
});

describe('shardOf', () => {
  it('files a word under its first letter, and a letter outside a–z under its code point', () => {
    expect([shardOf('refund'), shardOf('zebra'), shardOf('éclair')]).toEqual(['r', 'z', 'ue9']);
  });
});

describe('buildVocabulary', () => {
  const pages = [
    page('Customer wants a refund of the fee', 'Billing', { title: 'Fee waiver', confidence: 'validated' }),
    page('Customer switching carrier: porting'),
    page('Customer hostile on the call'),
    page('Customer asks for a callback', 'Escalation'),
  ];

  it('counts the pages each word is on, content and searched metadata alike, in shards by first letter', () => {
    const { head, files } = built(pages);
    expect(head.shards['f']).toBe('f.hash.json');
    expect(JSON.parse(files.get('f.hash.json') ?? '')).toEqual({ words: ['fee', 'for'], pages: [1, 1] });
    expect(JSON.parse(files.get('w.hash.json') ?? '')).toEqual({ words: ['waiver', 'wants'], pages: [1, 1] });
    expect(JSON.parse(files.get('c.hash.json') ?? '').words).toEqual(['call', 'callback', 'carrier', 'customer']);
    expect(files.has('v.hash.json')).toBe(false); // "validated" is a label, not searched words
  });

  it('calls generic the words on three quarters of the pages or more', () => {
    expect(GENERIC_SHARE).toBe(0.75);
    expect(built(pages).head.generic).toEqual(['customer']); // "the" is on two of four
  });

  it('calls no word generic in a library of fewer than four pages', () => {
    expect(built(pages.slice(0, 3)).head.generic).toEqual([]);
  });

  it('lists the categories with their pages, for a search that finds nothing', () => {
    expect(built(pages).head).toMatchObject({
      pages: 4,
      categories: [
        ['Billing', 1],
        ['Escalation', 1],
        ['Porting', 2],
      ],
    });
  });
});

describe('parseHead and parseShard', () => {
  it('read malformed files as an empty vocabulary, and refuse shard and filter file names that are paths', () => {
    expect(parseHead('nonsense')).toEqual({ pages: 0, generic: [], categories: [], shards: {} });
    expect(
      parseHead({ pages: 3, generic: ['the', 4], categories: [['Porting', 2], ['bad']], shards: { a: 'a.1f.json', b: '../../evil.js' } }),
    ).toEqual({
      pages: 3,
      generic: ['the'],
      categories: [['Porting', 2]],
      shards: { a: 'a.1f.json' },
    });
    expect(parseHead({ shards: {}, filters: 'filters.9a.json' })).toMatchObject({ filters: 'filters.9a.json' });
    expect(parseHead({ shards: {}, filters: 'https://elsewhere.example/filters.json' })).not.toHaveProperty('filters');
    expect(parseShard({ words: ['fee', 3], pages: [2, 1] })).toEqual([{ word: 'fee', pages: 2 }]);
    expect(parseShard(null)).toEqual([]);
  });
});

describe('Vocabulary', () => {
  const { head, files } = built([page('refund supervisor escalation'), page('refund callback'), page('refund'), page('refund fee')]);
  const reads: string[] = [];
  const read = async (file: string) => {
    reads.push(file);
    if (file === 'head.json') return head;
    const json = files.get(file);
    if (json === undefined) throw new Error(`no ${file}`);
    return JSON.parse(json) as unknown;
  };

  it('corrects misspelt words, reading only the shards of their first letters, each once', async () => {
    reads.length = 0;
    const vocabulary = await Vocabulary.load(read);
    expect([...(await vocabulary.corrections(['refnud', 'supervsor']))]).toEqual([
      ['refnud', 'refund'],
      ['supervsor', 'supervisor'],
    ]);
    await vocabulary.corrections(['refnud', 'supervsor']);
    expect(reads).toEqual(['head.json', 'r.hash.json', 's.hash.json']);
  });

  it('corrects a typo in the first letter from the other shards, read once, only when the own shard has no near word', async () => {
    reads.length = 0;
    const vocabulary = await Vocabulary.load(read);
    expect([...(await vocabulary.corrections(['efund', 'tefund', 'erfund', 'xqzvwy']))]).toEqual([
      ['efund', 'refund'],
      ['tefund', 'refund'],
      ['erfund', 'refund'],
    ]);
    expect(reads.filter((file) => file !== 'head.json').sort()).toEqual([...new Set(Object.values(head.shards))].sort());
  });

  it('leaves a short unknown word alone rather than guess its first letter', async () => {
    const vocabulary = await Vocabulary.load(read);
    expect(await vocabulary.corrections(['tee'])).toEqual(new Map());
  });

  it('corrects no word the library uses, nor the start of one', async () => {
    const vocabulary = await Vocabulary.load(read);
    expect(await vocabulary.corrections(['refund', 'escal', 'refunt'])).toEqual(new Map([['refunt', 'refund']]));
  });

  it('knows the generic words and offers near words when nothing is found', async () => {
    const vocabulary = await Vocabulary.load(read);
    expect([vocabulary.isGeneric('Refund'), vocabulary.isGeneric('callback')]).toEqual([true, false]);
    expect(await vocabulary.suggestions(['escaltn'], 5)).toEqual(['escalation']);
  });

  it('answers with no words when a shard cannot be read', async () => {
    const broken = new Vocabulary({ ...head, shards: { r: 'r.gone.json' } }, read);
    expect(await broken.corrections(['refnud'])).toEqual(new Map());
  });
});
