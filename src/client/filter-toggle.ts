// The search page's "Filters" button. Narrow screens keep the filters folded away so the results
// sit right under the box; the button opens them, and says how many are on while they are folded.
// Wide screens show the filters in a column beside the results, and the stylesheet hides the button.

/** "" with no filter on, " · 2 on" with two: the text after "Filters". */
export function activeFiltersText(checked: number): string {
  return checked > 0 ? ` · ${checked} on` : '';
}

export function mountFilterToggles(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-filter-toggle]')) {
    const root = button.closest<HTMLElement>('[data-search]');
    const panel = doc.getElementById(button.getAttribute('aria-controls') ?? '');
    const count = button.querySelector<HTMLElement>('[data-filter-count]');
    if (!root || !panel || !count) continue;
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      root.classList.toggle('search--filters-open', open);
    });
    // The filters are drawn again on every search: count what is ticked whenever they are.
    const recount = () => {
      count.textContent = activeFiltersText(panel.querySelectorAll('input:checked').length);
    };
    new MutationObserver(recount).observe(panel, { childList: true, subtree: true });
    panel.addEventListener('change', recount);
    root.dataset['filtersReady'] = '';
  }
}
