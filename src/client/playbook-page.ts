// Behaviour of a playbook page: copy buttons, search-term highlighting, and a "Flag" link that
// names the section the agent is reading. Highlighting loads Pagefind's highlighter only when the
// page was opened from a search result.
import { HIGHLIGHT_PARAM } from '../search/contract.ts';
import { mountCopyButtons } from './copy.ts';
import { withFlaggedSection } from '../lib/repo-links.ts';

mountCopyButtons(document);

const terms = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
const base = document.documentElement.dataset['base'] ?? '/';
if (terms) {
  void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(
    ({ default: PagefindHighlight }: { default: new (options: Record<string, unknown>) => unknown }) =>
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        markContext: '[data-pagefind-body]',
        addStyles: false,
        // The hidden spans that carry search metadata are not text a reader sees.
        markOptions: { exclude: ['[hidden]', '[hidden] *'] },
      }),
  );
}

const flag = document.querySelector<HTMLAnchorElement>('[data-flag]');
flag?.addEventListener('click', () => {
  flag.href = withFlaggedSection(flag.href, sectionInView());
});

/**
 * The section the report is about: the heading the URL points at, else the last step whose title
 * has scrolled into the top half of the screen. An anchor to anything but a heading (`#main`, a
 * region) says nothing about a section, so its text is never used.
 */
function sectionInView(): string {
  const target = location.hash ? document.getElementById(anchorOf(location.hash)) : null;
  if (target?.matches('h1, h2, h3, h4, h5, h6')) return target.textContent ?? 'whole page';
  const steps = [...document.querySelectorAll<HTMLElement>('.step__title')];
  const inView = steps.filter((step) => step.getBoundingClientRect().top < window.innerHeight / 2).pop();
  return inView?.textContent ?? 'whole page';
}

function anchorOf(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1); // not valid percent-encoding: the id as typed
  }
}
