import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FilterCounts } from '../../../src/search/client/results.ts';
import { SearchSession, type SearchDisplay } from '../../../src/search/client/session.ts';
import type { SearchState } from '../../../src/search/shaping.ts';
import { fakeEngine, gate } from './fake-engine.ts';

/** A display that records what it was asked to show, one entry per call. */
function fakeDisplay(offersFilters: boolean) {
  const shown: unknown[][] = [];
  const display: SearchDisplay = {
    offersFilters,
    clear: () => shown.push(['clear']),
    showResults: (results, total, seeAll) => shown.push(['results', results.map((r) => r.meta.title), total, seeAll]),
    appendResults: (results, total, count) => shown.push(['more', results.map((r) => r.meta.title), total, count]),
    showFilters: (selected, counts) => shown.push(['filters', selected, counts]),
    countsPending: () => shown.push(['counts pending']),
    countsUnavailable: () => shown.push(['counts unavailable']),
    searchUnavailable: () => shown.push(['unavailable']),
  };
  return { display, shown };
}

const pages = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const counts: FilterCounts = { category: { Porting: 2 } };

function setUp({ searchPage = false, initial = { query: '', filters: {} } as SearchState } = {}) {
  const words = fakeEngine({ port: pages('p', 14), 'port rejected': pages('r', 3), p: ['p1'], por: pages('p', 3) });
  const facets = fakeEngine({ port: pages('p', 14), '': ['f1'] }, counts);
  const { display, shown } = fakeDisplay(searchPage);
  const recorded: SearchState[] = [];
  const session = new SearchSession({
    display,
    engines: { words: async () => words, facets: async () => facets },
    isSearchPage: searchPage,
    base: '/frontline/',
    initial,
    recordUrl: (state) => recorded.push(state),
  });
  return { session, words, facets, shown, recorded };
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
    expect(shown).toEqual([['results', pages('p', 6), 14, { href: '/frontline/?q=port', label: 'All 14 results' }]]);
  });

  it('brings the filter counts for the typed words once the agent pauses, on the search page', async () => {
    const { session, facets, shown } = setUp({ searchPage: true });
    session.setQuery('port');
    await settle();
    expect(shown).toEqual([['results', pages('p', 6), 14, undefined], ['counts pending']]);
    await vi.advanceTimersByTimeAsync(299);
    expect(facets.asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(facets.asked).toEqual([{ query: 'port', filters: undefined }]);
    expect(shown.at(-1)).toEqual(['filters', {}, counts]);
  });

  it('drops counts that arrive after the agent has typed on', async () => {
    const { session, facets, shown } = setUp({ searchPage: true });
    session.setQuery('port');
    await settle();
    const slow = gate();
    facets.held = slow.opened;
    await vi.advanceTimersByTimeAsync(300);
    session.setQuery('port rejected');
    slow.open();
    await settle();
    expect(shown.filter(([what]) => what === 'filters')).toEqual([]);
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
      engines: { words: async () => loading.opened.then(() => words), facets: async () => words },
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

  it('searches with filters on the engine that holds them, and shows its counts with the results', async () => {
    const { session, words, facets, shown } = setUp({ searchPage: true });
    session.toggleFilter('category', 'Porting');
    await settle();
    expect(words.asked).toEqual([]);
    expect(facets.asked).toEqual([{ query: null, filters: { category: { any: ['Porting'] } } }]);
    expect(shown).toEqual([
      ['results', ['f1'], 1, undefined],
      ['filters', { category: ['Porting'] }, counts],
    ]);
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

  it('adds six more results on request, then the rest', async () => {
    const { session, shown } = setUp({ searchPage: true });
    session.setQuery('port');
    await settle();
    await session.showMore();
    await session.showMore();
    expect(shown.filter(([what]) => what === 'more')).toEqual([
      ['more', pages('p', 12).slice(6), 14, 12],
      ['more', ['p13', 'p14'], 14, 14],
    ]);
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
      engines: { words: load, facets: load },
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
    expect(linked.shown[0]).toEqual(['results', pages('p', 6), 14, undefined]);
    const fresh = setUp({ searchPage: true });
    fresh.session.start();
    expect(fresh.shown).toEqual([['filters', {}, undefined]]);
    const header = setUp();
    header.session.start();
    expect(header.shown).toEqual([]);
  });
});
