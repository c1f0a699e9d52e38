import { resultSayLine } from '../../client/channel.ts';
import { confidenceLabel, filterValueLabel } from '../../lib/labels.ts';
import { FILTER_LABELS, type FilterKey } from '../contract.ts';
import type { Confidence } from '../../schemas/playbook.ts';
import type { SeeAll, ShownResult } from './results.ts';
import type { Nothing } from './session.ts';

/** Badge colour per KCS state; the words come from the same labels the pages use. */
const CONFIDENCE_TONES: Partial<Record<Confidence, string>> = {
  validated: 'badge--ok',
  'not-validated': 'badge--warn',
  wip: 'badge--warn',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result item, built with textContent only: nothing from the index ever becomes markup. */
function resultItem(result: ShownResult): HTMLLIElement {
  const item = element('li', 'result');
  const heading = element('p', 'result__head');
  const title = element('a', 'result__title', result.meta.title ?? result.url);
  title.href = result.url;
  heading.append(title);
  if (result.meta.category) heading.append(' ', element('span', 'badge result__category', result.meta.category));
  if (result.meta.type === 'module') heading.append(' ', element('span', 'badge', 'Training module'));
  const confidence = result.meta.confidence as Confidence | undefined;
  const tone = confidence && CONFIDENCE_TONES[confidence];
  if (confidence && tone) heading.append(' ', element('span', `badge ${tone}`, confidenceLabel(confidence)));
  item.append(heading);
  if (result.meta.summary) item.append(element('p', 'result__summary', result.meta.summary));
  if (result.meta.firstWords) {
    // In the agent's channel, labelled with it (src/client/channel.ts).
    item.append(resultSayLine({ phone: result.meta.firstWords, chat: result.meta.firstWordsChat, email: result.meta.firstWordsEmail }));
  }
  if (result.section) {
    const section = element('p', 'result__section');
    const link = element('a', 'result__section-link', result.section.title);
    link.href = result.section.url;
    section.append('Section: ', link);
    item.append(section);
  }
  return item;
}

/** The titles and toggles the arrow keys move through, in order, leaving out what a closed "Other matches" hides. */
export function keyboardStops(list: HTMLOListElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>('a.result__title, summary.search__others-toggle')].filter(
    (stop) => stop.matches('summary') || !stop.closest('details:not([open])'),
  );
}

/**
 * Shows a fresh list of results; after them, when given, a link to see all of them (the header
 * box, whose list is a short drop-down, links to the search page), and a collapsed "Other
 * matches" with their number, filled when opened (`renderOthers`).
 */
export function renderResults(list: HTMLOListElement, results: ShownResult[], seeAll: SeeAll | undefined, others: number): void {
  // Results can change under an agent who has already arrowed into them: keep the keyboard focus
  // on the same playbook if it is still listed, else on the first result, never lost to the page.
  const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).getAttribute('href') : null;
  const items: HTMLLIElement[] = results.map(resultItem);
  if (seeAll) {
    const item = element('li', 'search__all');
    const link = element('a', 'result__title', seeAll.label);
    link.href = seeAll.href;
    item.append(link);
    items.push(item);
  }
  if (others > 0) {
    const item = element('li', 'search__others');
    const details = element('details', 'search__others-details');
    details.append(element('summary', 'search__others-toggle', `Other matches (${others})`), element('ol', 'search__others-list'));
    item.append(details);
    items.push(item);
  }
  list.replaceChildren(...items);
  if (focused !== null) {
    const titles = [...list.querySelectorAll<HTMLAnchorElement>('a.result__title')];
    (titles.find((title) => title.getAttribute('href') === focused) ?? titles[0])?.focus();
  }
}

/** Fills the opened "Other matches" with results. */
export function renderOthers(list: HTMLOListElement, results: ShownResult[]): void {
  list.querySelector('.search__others-list')?.replaceChildren(...results.map(resultItem));
}

/**
 * What a search that found nothing offers: the library's nearest words, each a button that
 * searches for it (`data-suggestion`), and every category, each a link to browse it on the search
 * page. Words and titles come from the build's vocabulary, and still only ever become text.
 */
export function renderNothing(list: HTMLOListElement, nothing: Nothing, base: string): void {
  const item = element('li', 'search__nothing');
  if (nothing.suggestions.length) {
    const words = element('p', 'search__suggestions', 'Nearest words: ');
    nothing.suggestions.forEach((word, at) => {
      const button = element('button', 'button button--quiet search__suggestion', word);
      button.type = 'button';
      button.dataset['suggestion'] = word;
      words.append(...(at ? [' '] : []), button);
    });
    item.append(words);
  }
  if (nothing.categories.length) {
    item.append(element('p', 'search__browse', 'Or browse a category:'));
    const categories = element('ul', 'search__categories');
    for (const [title, pages] of nothing.categories) {
      const entry = element('li', 'search__category');
      const link = element('a', 'search__category-link', title);
      link.href = `${base}?${new URLSearchParams({ category: title })}`;
      entry.append(link, ` (${pages})`);
      categories.append(entry);
    }
    item.append(categories);
  }
  list.replaceChildren(item);
}

/** Adds results below the ones shown and returns the first new title, to move the focus to. */
export function appendResults(list: HTMLOListElement, results: ShownResult[]): HTMLAnchorElement | undefined {
  const items = results.map(resultItem);
  list.append(...items);
  return items[0]?.querySelector<HTMLAnchorElement>('a.result__title') ?? undefined;
}

/** Filter checkboxes with counts; values with no match left in the current results are disabled. */
export function renderFilters(
  box: HTMLElement,
  keys: readonly FilterKey[],
  totals: Record<string, Record<string, number>>,
  current: Record<string, Record<string, number>>,
  selected: Partial<Record<FilterKey, string[]>>,
): void {
  // Counts change under a checkbox the agent just toggled: keep the focus on it.
  const focused = box.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
  box.replaceChildren(
    ...keys
      .filter((key) => Object.keys(totals[key] ?? {}).length > 1 || (selected[key]?.length ?? 0) > 0)
      .map((key) => {
        const fieldset = element('fieldset', 'filter');
        fieldset.append(element('legend', 'filter__legend', FILTER_LABELS[key]));
        for (const value of Object.keys(totals[key] ?? {}).sort()) {
          const label = element('label', 'filter__option');
          const box = element('input', 'filter__box');
          box.type = 'checkbox';
          box.value = value;
          box.dataset['filter'] = key;
          box.checked = selected[key]?.includes(value) ?? false;
          const count = current[key]?.[value] ?? 0;
          box.disabled = count === 0 && !box.checked;
          label.append(box, ` ${filterValueLabel(key, value)} `, element('span', 'filter__count', `(${count})`));
          fieldset.append(label);
        }
        return fieldset;
      }),
  );
  if (focused?.dataset['filter'])
    [...box.querySelectorAll<HTMLInputElement>('input[data-filter]')]
      .find((input) => input.dataset['filter'] === focused.dataset['filter'] && input.value === focused.value)
      ?.focus();
}
