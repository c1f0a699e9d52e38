// Loads Pagefind's engine once, on demand, with Frontline's ranking options.
import { PAGEFIND_OPTIONS } from '../lib/search-shaping.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  preload: (query: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
}

let engine: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  engine ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options(PAGEFIND_OPTIONS);
    await module.init();
    return module;
  })().catch((error: unknown) => {
    // A failed load (a dropped connection on a flaky floor) is retried on the next keystroke
    // instead of leaving search broken until the page is reloaded.
    engine = undefined;
    throw error;
  });
  return engine;
}
