import { describe, expect, it } from 'vitest';
import { boxKeyAction, isSearchShortcut, listKeyAction, type KeyPress } from '../../../src/search/client/keyboard.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('boxKeyAction', () => {
  it('moves down into the results only when there are some', () => {
    expect(boxKeyAction('ArrowDown', true, false)).toBe('first-result');
    expect(boxKeyAction('ArrowDown', false, false)).toBeUndefined();
  });

  it('clears with Escape, with or without results', () => {
    expect(boxKeyAction('Escape', false, true)).toBe('clear');
    expect(boxKeyAction('Escape', true, false)).toBe('clear');
  });

  it('opens the top result with Enter from the header box only', () => {
    expect(boxKeyAction('Enter', true, true)).toBe('open-top-result');
    expect(boxKeyAction('Enter', true, false)).toBeUndefined();
    expect(boxKeyAction('Enter', false, true)).toBeUndefined();
  });

  it('leaves every other key to the box', () => {
    for (const key of ['a', 'ArrowUp', 'Tab', ' ']) expect(boxKeyAction(key, true, true), key).toBeUndefined();
  });
});

describe('listKeyAction', () => {
  it('moves between results and stops at the last one', () => {
    expect(listKeyAction(press('ArrowDown'), 0, 3)).toBe(1);
    expect(listKeyAction(press('ArrowDown'), 2, 3)).toBe(2);
    expect(listKeyAction(press('ArrowUp'), 2, 3)).toBe(1);
  });

  it('goes back to the box from the first result', () => {
    expect(listKeyAction(press('ArrowUp'), 0, 3)).toBe('box');
  });

  it('moves from a link that is not a result title to the first title, or back to the box', () => {
    expect(listKeyAction(press('ArrowDown'), -1, 3)).toBe(0);
    expect(listKeyAction(press('ArrowUp'), -1, 3)).toBe('box');
  });

  it('clears with Escape', () => {
    expect(listKeyAction(press('Escape'), 1, 3)).toBe('clear');
  });

  it('sends a typed character back to the box, but not a shortcut', () => {
    expect(listKeyAction(press('p'), 1, 3)).toBe('type-in-box');
    expect(listKeyAction(press('c', { ctrlKey: true }), 1, 3)).toBeUndefined();
    expect(listKeyAction(press('c', { metaKey: true }), 1, 3)).toBeUndefined();
    expect(listKeyAction(press('c', { altKey: true }), 1, 3)).toBeUndefined();
    expect(listKeyAction(press('Enter'), 1, 3)).toBeUndefined();
  });
});

describe('isSearchShortcut', () => {
  it('takes "/" unless the agent is typing somewhere', () => {
    expect(isSearchShortcut(press('/'), false)).toBe(true);
    expect(isSearchShortcut(press('/'), true)).toBe(false);
  });

  it('takes Ctrl+K and Cmd+K even while typing', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(press('k'), false)).toBe(false);
  });
});
