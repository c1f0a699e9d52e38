// Behaviour of a playbook page: copy buttons, search-term highlighting, and a "Flag" link that
// names the section the agent is reading. Highlighting loads Pagefind's highlighter only when the
// page was opened from a search result.
import { mountCopyButtons } from './copy.ts';

mountCopyButtons(document);

const terms = new URLSearchParams(location.search).get('highlight');
const base = document.documentElement.dataset['base'] ?? '/';
if (terms) {
  void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(
    ({ default: PagefindHighlight }: { default: new (options: Record<string, unknown>) => unknown }) =>
      new PagefindHighlight({
        highlightParam: 'highlight',
        markContext: '[data-pagefind-body]',
        addStyles: false,
        // The hidden spans that carry search metadata are not text a reader sees.
        markOptions: { exclude: ['[hidden]', '[hidden] *'] },
      }),
  );
}

const flag = document.querySelector<HTMLAnchorElement>('[data-flag]');
flag?.addEventListener('click', () => {
  // The section in view (or in the URL) makes the report point at the exact text.
  const steps = [...document.querySelectorAll<HTMLElement>('.step__title')];
  const inView = steps.filter((step) => step.getBoundingClientRect().top < window.innerHeight / 2).pop();
  const section = location.hash
    ? (document.getElementById(location.hash.slice(1))?.textContent ?? location.hash)
    : (inView?.textContent ?? 'whole page');
  const url = new URL(flag.href);
  const body = url.searchParams.get('body') ?? '';
  url.searchParams.set('body', body.replace(/\*\*Section:\*\* .*/, `**Section:** ${section.trim()}`));
  flag.href = url.toString();
});
