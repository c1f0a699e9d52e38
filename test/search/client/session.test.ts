import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FilterIndex } from '../../../src/search/client/pagefind.ts';
import { EngineSearcher } from '../../../src/search/client/searcher.ts';
import { SearchSession, type SearchDisplay } from '../../../src/search/client/session.ts';
import { pageFiltersFrom } from '../../../src/search/facets.ts';
import type { SearchState } from '../../../src/search/shaping.ts';
import { Vocabulary, type VocabularyHead } from '../../../src/search/vocabulary.ts';
import { fakeEngine, gate } from './fake-engine.ts';

/** A display that records what it was asked to show, one entry per call. */
function fakeDisplay(offersFilters: boolean) {
  const shown: unknown[][] = [];
  const display: SearchDisplay = {
    offersFilters,
    clear: () => shown.push(['clear']),
    showResults: (results, listing, seeAll) => shown.push(['results', results.map((r) => r.meta.title), listing.total, seeAll]),
    appendResults: (results, total, count) => shown.push(['more', results.map((r) => r.meta.title), total, count]),
    showOthers: (results) => shown.push(['others', results.map((r) => r.meta.title)]),
    showNothing: (nothing) => shown.push(['nothing', nothing.suggestions, nothing.categories]),
    showFilters: (selected, counts) => shown.push(['filters', selected, counts]),
    countsPending: () => shown.push(['counts pending']),
    countsUnavailable: () => shown.push(['counts unavailable']),
    searchUnavailable: () => shown.push(['unavailable']),
  };
  return { display, shown };
}

const pages = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

/** Porting: p1–p3 and f1; everything else is Billing. */
function filterIndex(): FilterIndex & { loads: number; held: Promise<void> | undefined } {
  const all = fakeEngine({});
  const porting = ['p1', 'p2', 'p3', 'f1'];
  const billing = [...pages('p', 14).slice(3), ...pages('r', 3)];
  return {
    loads: 0,
    held: undefined,
    pages: pageFiltersFrom([
      { key: 'category', value: 'Porting', ids: porting },
      { key: 'category', value: 'Billing', ids: billing },
    ]),
    all: async () =>
      [...porting, ...billing].map((id) => ({
        id,
        score: 0,
        data: async () => ({ url: `/playbooks/${id}/`, meta: { title: id }, excerpt: '', sub_results: [] }),
      })),
    ...{ engine: all },
  };
}

const HEAD: VocabularyHead = {
  pages: 20,
  generic: [],
  categories: [
    ['Billing', 16],
    ['Porting', 4],
  ],
  shards: { r: 'r.1.json' },
};
const vocabulary = new Vocabulary(HEAD, async () => ({ words: ['refund', 'rejected'], pages: [2, 3] }));

function setUp({ searchPage = false, initial = { query: '', filters: {} } as SearchState } = {}) {
  // Scores count down from the number of results: of "port"'s 14, the first 10 are within a third of the best.
  const words = fakeEngine({ port: pages('p', 14), 'port rejected': pages('r', 3), p: ['p1'], por: pages('p', 3), rejected: ['r1'] });
  const index = filterIndex();
  const { display, shown } = fakeDisplay(searchPage);
  const recorded: SearchState[] = [];
  const searched: [string, number][] = [];
  const session = new SearchSession({
    display,
    searcher: new EngineSearcher({
      words: async () => words,
      filterIndex: async () => {
        index.loads += 1;
        await index.held;
        return index;
      },
      vocabulary: async () => vocabulary,
    }),
    isSearchPage: searchPage,
    base: '/frontline/',
    initial,
    recordUrl: (state) => recorded.push(state),
    searched: (typed, results) => searched.push([typed, results]),
  });
  return { session, words, index, shown, recorded, searched };
}

/** Lets every answer that is ready arrive, without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SearchSession', () => {
  it('shows the first six results, and from the header box a link to all of them on the search page', async () => {
    const { session, shown } = setUp();
    session.setQuery('port');
    await settle();
    expect(shown).toEqual([['results', pages('p', 6), 10, { href: '/frontline/?q=port', label: 'All 10 results' }]]);
  });

  it('counts the filters from the main list on screen once the agent pauses, then with every result', async () => {
    const { session, index, shown } = setUp({ searchPage: true });
    session.setQuery('port');
    await settle();
    expect(shown).toEqual([['results', pages('p', 6), 10, undefined], ['counts pending']]);
    await vi.advanceTimersByTimeAsync(299);
    expect(index.loads).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    // p1–p10, not the four other matches: Porting 3 + Billing 7 make the 10 results the list says.
    expect(shown.at(-1)).toEqual(['filters', {}, { category: { Porting: 3, Billing: 7 } }]);
    shown.length = 0;
    session.setQuery('port rejected');
    await settle();
    expect(shown).toEqual([
      ['results', pages('r', 3), 3, undefined],
      ['filters', {}, { category: { Billing: 3 } }],
    ]);
  });

  it('tells who listens of each search answered, with the number of main results', async () => {
    const { session, searched } = setUp();
    session.setQuery('port');
    await settle();
    expect(searched).toEqual([['port', 10]]);
  });

  it('drops counts that arrive after the agent has typed on', async () => {
    const { session, index, shown } = setUp({ searchPage: true });
    session.setQuery('port');
    await settle();
    const slow = gate();
    index.held = slow.opened;
    await vi.advanceTimersByTimeAsync(300);
    session.setQuery('port rejected');
    slow.open();
    await settle();
    // The counts for "port" never show; those for "port rejected" come with its results.
    expect(shown.filter(([what]) => what === 'filters')).toEqual([['filters', {}, { category: { Billing: 3 } }]]);
  });

  it('answers keystrokes that arrive during a search together, with the latest words', async () => {
    const { session, words, shown } = setUp();
    const slow = gate();
    words.held = slow.opened;
    session.setQuery('p');
    await settle(); // the search for "p" is with the engine
    session.setQuery('po');
    session.setQuery('por');
    slow.open();
    await settle();
    expect(words.asked.map((asked) => asked.query)).toEqual(['p', 'por']);
    expect(shown.map(([what, titles]) => [what, titles])).toEqual([
      ['results', ['p1']],
      ['results', pages('p', 3)],
    ]);
  });

  it('searches the words typed by the time the engine has loaded', async () => {
    const words = fakeEngine({ port: ['p1'] });
    const loading = gate();
    const session = new SearchSession({
      display: fakeDisplay(false).display,
      searcher: new EngineSearcher({
        words: async () => loading.opened.then(() => words),
        filterIndex: async () => filterIndex(),
        vocabulary: async () => vocabulary,
      }),
      isSearchPage: false,
      base: '/',
      initial: { query: '', filters: {} },
      recordUrl: () => {},
    });
    session.setQuery('p');
    session.setQuery('port');
    loading.open();
    await settle();
    // The first search already reads "port"; the keystroke that came meanwhile asks once more.
    expect(words.asked.map((asked) => asked.query)).toEqual(['port', 'port']);
  });

  it('browses every page under a filter with no words typed, with the counts of every page', async () => {
    const { session, words, shown } = setUp({ searchPage: true });
    session.toggleFilter('category', 'Porting');
    await settle();
    expect(words.asked).toEqual([]);
    expect(shown).toEqual([
      ['results', ['p1', 'p2', 'p3', 'f1'], 4, undefined],
      ['filters', { category: ['Porting'] }, { category: { Porting: 4, Billing: 14 } }],
    ]);
  });

  it('cuts the list the words found with the filters, so the counts and the list agree', async () => {
    const { session, words, shown } = setUp({ searchPage: true, initial: { query: 'port', filters: { category: ['Porting'] } } });
    session.start();
    await settle();
    expect(words.asked.map((asked) => asked.query)).toEqual(['port']);
    expect(shown).toEqual([
      ['results', ['p1', 'p2', 'p3'], 3, undefined],
      ['filters', { category: ['Porting'] }, { category: { Porting: 3, Billing: 7 } }],
    ]);
  });

  it('searches a misspelt word as the nearest word of the library', async () => {
    const { session, words, shown } = setUp();
    session.setQuery('rejectd');
    await settle();
    expect(words.asked.map((asked) => asked.query)).toEqual(['rejectd', 'rejected']);
    expect(shown).toEqual([['results', ['r1'], 1, undefined]]);
  });

  it('offers the nearest words and every category when nothing is found', async () => {
    const { session, shown } = setUp();
    session.setQuery('refxxx');
    await settle();
    expect(shown).toEqual([
      [
        'nothing',
        ['refund'],
        [
          ['Billing', 16],
          ['Porting', 4],
        ],
      ],
    ]);
  });

  it('shows the first of the other matches once they are opened', async () => {
    const { session, shown } = setUp();
    session.setQuery('port');
    await settle();
    await session.showOthers();
    expect(shown.at(-1)).toEqual(['others', ['p11', 'p12', 'p13', 'p14']]);
  });

  it('clears the list when the search is emptied, and shows the library totals again', async () => {
    const { session, shown } = setUp({ searchPage: true });
    session.setQuery('port');
    await settle();
    shown.length = 0;
    session.setQuery('  ');
    await settle();
    expect(shown).toEqual([['clear'], ['filters', {}, undefined]]);
  });

  it('keeps the search in the URL once typing pauses, on the search page only', async () => {
    const page = setUp({ searchPage: true });
    const header = setUp();
    for (const { session } of [page, header]) session.setQuery('port');
    await vi.advanceTimersByTimeAsync(299);
    page.session.setQuery('port rejected');
    await vi.advanceTimersByTimeAsync(299);
    expect(page.recorded).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(page.recorded).toEqual([{ query: 'port rejected', filters: {} }]);
    expect(header.recorded).toEqual([]);
  });

  it('records the URL at once when asked, and not again at the pause', async () => {
    const { session, recorded } = setUp({ searchPage: true });
    session.setQuery('port');
    session.recordUrl();
    await vi.advanceTimersByTimeAsync(1000);
    expect(recorded).toEqual([{ query: 'port', filters: {} }]);
  });

  it('adds more results of the main list on request, and never the other matches', async () => {
    const { session, shown } = setUp({ searchPage: true });
    session.setQuery('port');
    await settle();
    await session.showMore();
    await session.showMore();
    expect(shown.filter(([what]) => what === 'more')).toEqual([['more', pages('p', 10).slice(6), 10, 10]]);
  });

  it('adds nothing to a list a newer search has replaced', async () => {
    const { session, shown } = setUp({ searchPage: true });
    session.setQuery('port');
    await settle();
    const more = session.showMore();
    session.setQuery('port rejected');
    await more;
    await settle();
    expect(shown.filter(([what]) => what === 'more')).toEqual([]);
  });

  it('says search is unavailable when the engine fails, and tries again on the next keystroke', async () => {
    const words = fakeEngine({ port: ['p1'] });
    const { display, shown } = fakeDisplay(false);
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(words);
    const session = new SearchSession({
      display,
      searcher: new EngineSearcher({ words: load, filterIndex: async () => filterIndex(), vocabulary: async () => vocabulary }),
      isSearchPage: false,
      base: '/',
      initial: { query: '', filters: {} },
      recordUrl: () => {},
    });
    session.setQuery('port');
    await settle();
    session.setQuery('port ');
    await settle();
    expect(shown).toEqual([['unavailable'], ['results', ['p1'], 1, undefined]]);
  });

  it('opens with the search from the URL, or else with the library totals', async () => {
    const linked = setUp({ searchPage: true, initial: { query: 'port', filters: {} } });
    linked.session.start();
    await settle();
    expect(linked.shown[0]).toEqual(['results', pages('p', 6), 10, undefined]);
    const fresh = setUp({ searchPage: true });
    fresh.session.start();
    expect(fresh.shown).toEqual([['filters', {}, undefined]]);
    const header = setUp();
    header.session.start();
    expect(header.shown).toEqual([]);
  });
});
