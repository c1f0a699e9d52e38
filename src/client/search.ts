// The search island. Kept small: Pagefind's engine loads on first focus (or when the browser is
// idle), never before, so a playbook page ships almost no JavaScript until search is touched.
import { renderResults, type SearchHit } from './search-render.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;
let enginePromise: Promise<Pagefind> | undefined;

function loadEngine(base: string): Promise<Pagefind> {
  enginePromise ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const engine = (await import(/* @vite-ignore */ url)) as Pagefind;
    await engine.options({ excerptLength: 24 });
    await engine.init();
    return engine;
  })();
  return enginePromise;
}

export function mountSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !list || !status) return;
  const base = root.dataset['base'] ?? '/';
  let latest = 0;

  const warm = () => void loadEngine(base);
  input.addEventListener('focus', warm, { once: true });

  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const engine = await loadEngine(base);
    const response = await engine.search(query);
    const hits: SearchHit[] = await Promise.all(
      (response?.results ?? []).slice(0, MAX_RESULTS).map(async (result) => {
        const data = await result.data();
        return { url: data.url, meta: data.meta, excerpt: data.excerpt, section: data.sub_results[0] };
      }),
    );
    if (ticket !== latest) return; // a newer keystroke already answered
    renderResults(list, hits);
    status.textContent = `${hits.length} result${hits.length === 1 ? '' : 's'}`;
  });
}
