import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SearchData from '../../src/components/search/SearchData.astro';
import { moduleSearchData, playbookSearchData } from '../../src/search/contract.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const playbook = {
  title: 'Waiving a change fee',
  summary: 'When and how to waive.',
  firstWords: 'Let me look at that fee.',
  confidence: 'validated' as const,
  customerSays: ['my colleague did not pay the fee'],
  tags: ['change fee'],
  audience: ['agent', 'new-hire'],
};

describe('SearchData', () => {
  it('writes a playbook’s metadata and filters into a hidden block kept out of the word index', async () => {
    const html = await container.renderToString(SearchData, { props: playbookSearchData(playbook, 'Billing and fees', []) });
    expect(html).toBe(
      '<div hidden data-pagefind-ignore>' +
        '<span data-pagefind-meta="title">Waiving a change fee</span>' +
        '<span data-pagefind-meta="summary">When and how to waive.</span>' +
        '<span data-pagefind-meta="firstWords">Let me look at that fee.</span>' +
        '<span data-pagefind-meta="category">Billing and fees</span>' +
        '<span data-pagefind-meta="confidence">validated</span>' +
        '<span data-pagefind-meta="phrases">my colleague did not pay the fee</span>' +
        '<span data-pagefind-meta="synonyms"></span>' +
        '<span data-pagefind-meta="tags">change fee</span>' +
        '<span data-pagefind-filter="category">Billing and fees</span>' +
        '<span data-pagefind-filter="audience">agent</span>' +
        '<span data-pagefind-filter="audience">new-hire</span>' +
        '<span data-pagefind-filter="confidence">validated</span>' +
        '<span data-pagefind-filter="type">playbook</span>' +
        '</div>',
    );
  });

  it('writes only what a training module carries', async () => {
    const html = await container.renderToString(SearchData, {
      props: moduleSearchData({ title: 'Fair fee decisions', summary: 'When to waive.', audience: ['new-hire'] }),
    });
    expect(html).toBe(
      '<div hidden data-pagefind-ignore>' +
        '<span data-pagefind-meta="title">Fair fee decisions</span>' +
        '<span data-pagefind-meta="summary">When to waive.</span>' +
        '<span data-pagefind-meta="type">module</span>' +
        '<span data-pagefind-filter="audience">new-hire</span>' +
        '<span data-pagefind-filter="type">module</span>' +
        '</div>',
    );
  });

  it('escapes text from content, so nothing written becomes markup', async () => {
    const html = await container.renderToString(SearchData, { props: { meta: { title: '<b>Fees & "waivers"</b>' }, filters: {} } });
    expect(html).toContain('<span data-pagefind-meta="title">&lt;b&gt;Fees &amp; &quot;waivers&quot;&lt;/b&gt;</span>');
  });
});
