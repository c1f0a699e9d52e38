import { describe, expect, it } from 'vitest';
import { contentGaps, formatReport, parseSignals } from '../../src/search/report.ts';

const line = (q: string, results: number, opened: string | null = null) => JSON.stringify({ q, results, opened });

describe('parseSignals', () => {
  it('reads one signal a line and skips blank lines', () => {
    expect(parseSignals(`${line('refund', 2, '/playbooks/fee/')}\n\n${line('xqz', 0)}\r\n`)).toEqual({
      signals: [
        { q: 'refund', results: 2, opened: '/playbooks/fee/' },
        { q: 'xqz', results: 0, opened: null },
      ],
      problems: [],
    });
  });

  it('names every bad line, its field and the fix, in one pass', () => {
    const { signals, problems } = parseSignals(['{nope', '[1]', '{"q": 3, "results": -1, "opened": 5}', line('ok', 1)].join('\n'));
    expect(signals).toEqual([{ q: 'ok', results: 1, opened: null }]);
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "field": "(line)",
          "line": 1,
          "message": "is not JSON: each line must be one signal, {"q": "…", "results": 0, "opened": null}",
        },
        {
          "field": "(line)",
          "line": 2,
          "message": "is not a JSON object: each line must be one signal, {"q": "…", "results": 0, "opened": null}",
        },
        {
          "field": "q",
          "line": 3,
          "message": "must be the words searched, a string",
        },
        {
          "field": "results",
          "line": 3,
          "message": "must be the number of results, a whole number from 0",
        },
        {
          "field": "opened",
          "line": 3,
          "message": "must be the path of the result opened, or null",
        },
      ]
    `);
  });
});

describe('contentGaps', () => {
  const signals = parseSignals(
    [
      line('roaming charges abroad', 0),
      line('Roaming  charges abroad', 0),
      line('esim', 0),
      line('refund', 3, '/playbooks/fee/'),
      line('refund', 3),
      line('bill shock', 4),
      line('bill shock', 4),
      line('bill shock', 4, '/playbooks/bill/'),
    ].join('\n'),
  ).signals;

  it('lists the queries most often finding nothing, the same words however typed', () => {
    expect(contentGaps(signals, 10).zeroResults).toEqual([
      { query: 'roaming charges abroad', count: 2, searches: 2 },
      { query: 'esim', count: 1, searches: 1 },
    ]);
  });

  it('lists the queries whose results are most often left unopened', () => {
    expect(contentGaps(signals, 10).noClicks).toEqual([
      { query: 'bill shock', count: 2, searches: 3 },
      { query: 'refund', count: 1, searches: 2 },
    ]);
  });

  it('keeps the top of each list only', () => {
    const report = contentGaps(signals, 1);
    expect([report.zeroResults.length, report.noClicks.length, report.searches]).toEqual([1, 1, 8]);
  });
});

describe('formatReport', () => {
  it('writes both lists as Markdown tables, escaping a query’s pipes', () => {
    const report = contentGaps(parseSignals([line('a | b', 0), line('refund', 2)].join('\n')).signals, 5);
    expect(formatReport(report, 'signals.ndjson')).toMatchInlineSnapshot(`
      "# Content gaps from signals.ndjson

      2 searches.

      ## Searches that found nothing

      Write or extend a playbook for these, or add the words to content/synonyms.yaml.

      | query | found nothing | searches |
      |---|---|---|
      | a \\| b | 1 | 1 |

      ## Searches with results but none opened

      The results did not look like the answer: check the titles, summaries and "Customers may say".

      | query | nothing opened | searches |
      |---|---|---|
      | refund | 1 | 1 |
      "
    `);
  });
});
