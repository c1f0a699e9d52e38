export interface SearchHit {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  section: { title: string; url: string } | undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds result items with textContent only: index metadata never becomes markup. */
export function renderResults(list: HTMLOListElement, hits: SearchHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = element('li', 'result');
      const link = element('a', 'result__title', hit.meta['title'] ?? hit.url);
      link.href = hit.url;
      item.append(link);
      if (hit.meta['summary']) item.append(element('p', 'result__summary', hit.meta['summary']));
      return item;
    }),
  );
}
