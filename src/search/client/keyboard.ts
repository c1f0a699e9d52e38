// The search island's keys. What a key does is decided by pure functions, unit-tested without a
// browser; `bindKeys` applies their answers to a box on the page.
import type { SearchView } from './view.ts';

/** The parts of a key press the decisions read (a `KeyboardEvent` has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** From the search box: to the first result, clear the search, or open the top result. */
export type BoxKeyAction = 'first-result' | 'clear' | 'open-top-result' | undefined;

/**
 * A key pressed in the search box. Enter opens the top result only where `entersTopResult` (the
 * header's box: the fastest path on a live call); elsewhere it is left to the form.
 */
export function boxKeyAction(key: string, hasResults: boolean, entersTopResult: boolean): BoxKeyAction {
  if (key === 'ArrowDown' && hasResults) return 'first-result';
  if (key === 'Escape') return 'clear';
  if (key === 'Enter' && hasResults && entersTopResult) return 'open-top-result';
  return undefined;
}

/** In the results: focus the result at an index, back to the box, clear, or type on in the box. */
export type ListKeyAction = number | 'box' | 'clear' | 'type-in-box' | undefined;

/** A key pressed on result `at` (-1: on none of them) of `count`. */
export function listKeyAction(press: KeyPress, at: number, count: number): ListKeyAction {
  if (press.key === 'ArrowDown' || press.key === 'ArrowUp') {
    const next = at + (press.key === 'ArrowDown' ? 1 : -1);
    return next < 0 ? 'box' : Math.min(next, count - 1);
  }
  if (press.key === 'Escape') return 'clear';
  if (press.key.length === 1 && !press.ctrlKey && !press.metaKey && !press.altKey) return 'type-in-box';
  return undefined;
}

/** `/` (unless the agent is typing somewhere) and Ctrl/Cmd+K focus search from anywhere. */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
  return (press.key === '/' && !typing) || (press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey));
}

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Arrow keys, Escape and Enter in one box and its results; `clear` empties the search. */
export function bindKeys(view: SearchView, clear: () => void): void {
  const { input, list } = view;
  input.addEventListener('keydown', (event) => {
    const top = view.titles()[0];
    const action = boxKeyAction(event.key, top !== undefined, !view.isSearchPage);
    if (action === undefined) return;
    event.preventDefault();
    if (action === 'clear') clear();
    else if (action === 'first-result') top?.focus();
    else top?.click();
  });
  list.addEventListener('keydown', (event) => {
    const links = view.titles();
    const action = listKeyAction(event, links.indexOf(document.activeElement as HTMLAnchorElement), links.length);
    if (action === undefined) return;
    if (action === 'type-in-box') {
      input.focus(); // the key itself goes on into the box
      return;
    }
    event.preventDefault();
    if (action === 'clear') clear();
    else if (action === 'box') input.focus();
    else links[action]?.focus();
  });
}
