import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_COMPONENTS } from '../../src/lib/component-registry.ts';
import { contentComponents } from '../../src/components/content/registry.ts';
import Say from '../../src/components/content/Say.astro';
import Do from '../../src/components/content/Do.astro';
import Step from '../../src/components/content/Step.astro';
import Decision from '../../src/components/content/Decision.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('content components', () => {
  it('provides exactly the components the MDX safety check allows', () => {
    expect(Object.keys(contentComponents).sort()).toEqual(Object.keys(CONTENT_COMPONENTS).sort());
  });

  it('renders a talk track labelled "Say this" with a copy button hidden until script runs, both kept out of search', async () => {
    const html = await container.renderToString(Say, { slots: { default: 'I can fix this today.' } });
    expect(html).toContain('<figcaption class="say__label" data-pagefind-ignore>Say this</figcaption>');
    expect(html).toMatch(/<blockquote class="say__text" data-say-text>I can fix this today\.<\/blockquote>/);
    expect(html).toMatch(/<button type="button" class="say__copy" data-copy hidden data-pagefind-ignore>Copy<\/button>/);
  });

  it('renders chat wording as a labelled block kept out of search, with no caption or copy button of its own', async () => {
    const html = await container.renderToString(Say, { props: { channel: 'chat' }, slots: { default: 'Could you type it here?' } });
    expect(html).toMatch(
      /^<div class="say__channel" data-say-channel="chat" data-pagefind-ignore><p class="say__channel-label">Chat wording<\/p><div class="say__channel-words" data-say-words>Could you type it here\?<\/div><\/div>$/,
    );
    expect(html).not.toContain('data-copy');
  });

  it('keeps the "Say this" caption for screen readers only when asked for a quiet label', async () => {
    const html = await container.renderToString(Say, { props: { quietLabel: true }, slots: { default: 'Hello.' } });
    expect(html).toContain('<figcaption class="visually-hidden" data-pagefind-ignore>Say this</figcaption>');
    expect(html).not.toContain('say__label');
  });

  it('renders an agent-only action labelled "Do this", distinct from a talk track, the label kept out of search', async () => {
    const html = await container.renderToString(Do, { slots: { default: 'Open the port request.' } });
    expect(html).toContain('<p class="do__label" data-pagefind-ignore>Do this</p>');
    expect(html).not.toContain('say');
  });

  it('gives a step a stable anchor from its title and a self-link', async () => {
    const html = await container.renderToString(Step, { props: { title: 'Check the old line is active' }, slots: { default: 'x' } });
    expect(html).toContain('<h3 class="step__title" id="step-check-the-old-line-is-active">');
    expect(html).toContain('href="#step-check-the-old-line-is-active"');
  });

  it('renders a decision as a labelled group with its question', async () => {
    const html = await container.renderToString(Decision, {
      props: { question: 'Is the line active?' },
      slots: { default: '<li>branch</li>' },
    });
    expect(html).toContain('role="group"');
    expect(html).toContain('aria-label="Decision: Is the line active?"');
    expect(html).toContain('<ul class="decision__branches"><li>branch</li></ul>');
  });
});
