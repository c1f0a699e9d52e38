import type { Page } from 'playwright-core';

/** One README picture: the page at an agent's or trainer's size, brought into the state it shows. */
export interface Shot {
  file: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  /** Opens the page, brings it into the picture's state, then calls `capture` (which writes the file). */
  take: (page: Page, capture: () => Promise<void>) => Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
