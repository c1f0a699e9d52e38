import { resultSayLine } from '../../client/channel.ts';
import { confidenceLabel, filterValueLabel } from '../../lib/labels.ts';
import { FILTER_LABELS, type FilterKey } from '../contract.ts';
import type { Confidence } from '../../schemas/playbook.ts';
import type { SeeAll, ShownResult } from './results.ts';

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

/**
 * Shows a fresh list of results, and after them, when given, a link to see all of them (the
 * header box, whose list is a short drop-down, links to the search page).
 */
export function renderResults(list: HTMLOListElement, results: ShownResult[], seeAll?: SeeAll): void {
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
  list.replaceChildren(...items);
  if (focused !== null) {
    const titles = [...list.querySelectorAll<HTMLAnchorElement>('a.result__title')];
    (titles.find((title) => title.getAttribute('href') === focused) ?? titles[0])?.focus();
  }
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
