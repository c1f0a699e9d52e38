// A stand-in for Pagefind's engine in unit tests: it answers from a fixed table of query → page ids
// and records what it was asked. A page's id also names its URL, its title and, after a colon, its
// confidence: "wip-page:wip" is a work-in-progress page.
import type { PagefindResponse } from '../../../src/search/client/pagefind.ts';

export interface Asked {
  query: string | null;
  filters: unknown;
}

export function fakeEngine(pages: Record<string, string[]>, counts: PagefindResponse['filters'] = {}) {
  const asked: Asked[] = [];
  return {
    asked,
    /** Answers held back until released, to stand for a slow engine. */
    held: undefined as Promise<void> | undefined,
    async search(query: string | null, options: Record<string, unknown> = {}): Promise<PagefindResponse> {
      asked.push({ query, filters: options['filters'] });
      await this.held;
      const ids = pages[query ?? ''] ?? [];
      const results = ids.map((entry, index) => {
        const [id = entry, confidence] = entry.split(':');
        const meta = confidence ? { title: id, confidence } : { title: id };
        return {
          id,
          score: ids.length - index,
          data: async () => ({ url: `/playbooks/${id}/`, meta, excerpt: '', sub_results: [] }),
        };
      });
      return { results, filters: counts, totalFilters: {} };
    },
  };
}

/** A promise and the function that resolves it. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
