import { describe, expect, it } from 'vitest';
import {
  MAX_PINNED,
  MAX_RECENT,
  parseRemembered,
  rememberedHref,
  shownUnderSearch,
  togglePinned,
  withOpened,
} from '../../src/lib/recent-pinned.ts';

const porting = { id: 'porting-troubleshooting', title: 'Porting troubleshooting' };
const fees = { id: 'fee-waiver-judgment', title: 'Fee waiver judgment' };
const callback = { id: 'callback-commitments', title: 'Callback commitments' };

describe('parseRemembered', () => {
  it('reads back what the site wrote', () => {
    expect(parseRemembered(JSON.stringify([porting, fees]), MAX_RECENT)).toEqual([porting, fees]);
  });

  it('turns anything unreadable into an empty list', () => {
    for (const raw of [null, undefined, '', 'not json', '{"id":"a"}', '"text"', '42', 'x'.repeat(30_000)]) {
      expect(parseRemembered(raw, MAX_RECENT), String(raw).slice(0, 20)).toEqual([]);
    }
  });

  it('drops entries whose id is not a playbook id, so no stored text becomes an address', () => {
    const hostile = [
      { id: '../../evil', title: 'Up and out' },
      { id: 'javascript:alert(1)', title: 'Script' },
      { id: '//evil.example', title: 'Elsewhere' },
      { id: 'Porting', title: 'Capitals' },
      { id: 'a'.repeat(81), title: 'Too long' },
      { id: 42, title: 'Number' },
      { id: 'no-title' },
      { id: 'blank-title', title: '   ' },
      null,
      'porting-troubleshooting',
      porting,
    ];
    expect(parseRemembered(JSON.stringify(hostile), MAX_RECENT)).toEqual([porting]);
  });

  it('keeps a title as plain text without control or direction characters, at most 80 characters', () => {
    const [entry] = parseRemembered(
      JSON.stringify([{ id: 'x', title: '<img src=x onerror=alert(1)>\u202e\u0000 tail' + 'y'.repeat(100) }]),
      MAX_RECENT,
    );
    expect(entry?.title.startsWith('<img src=x onerror=alert(1)> tail')).toBe(true);
    expect(entry?.title).not.toMatch(/[\u202e\u0000]/);
    expect(entry?.title.length).toBe(80);
  });

  it('drops repeats and keeps at most the given number', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `p-${i}`, title: `P ${i}` }));
    expect(parseRemembered(JSON.stringify([porting, porting, fees]), MAX_RECENT)).toEqual([porting, fees]);
    expect(parseRemembered(JSON.stringify(many), MAX_RECENT)).toHaveLength(MAX_RECENT);
  });
});

describe('withOpened', () => {
  it('puts the playbook just opened first, once, and forgets the oldest beyond the limit', () => {
    expect(withOpened([fees, porting], porting)).toEqual([porting, fees]);
    const full = Array.from({ length: MAX_RECENT }, (_, i) => ({ id: `p-${i}`, title: `P ${i}` }));
    const next = withOpened(full, callback);
    expect(next[0]).toEqual(callback);
    expect(next).toHaveLength(MAX_RECENT);
    expect(next.map((item) => item.id)).not.toContain(`p-${MAX_RECENT - 1}`);
  });

  it('refuses to remember a page that is not a playbook id', () => {
    expect(withOpened([fees], { id: '../x', title: 'X' })).toEqual([fees]);
  });
});

describe('togglePinned', () => {
  it('pins, then unpins', () => {
    const pinned = togglePinned([fees], porting);
    expect(pinned).toEqual({ list: [fees, porting], pinned: true, full: false });
    expect(togglePinned(pinned.list, porting)).toEqual({ list: [fees], pinned: false, full: false });
  });

  it('says when the pins are full instead of dropping one the agent chose', () => {
    const full = Array.from({ length: MAX_PINNED }, (_, i) => ({ id: `p-${i}`, title: `P ${i}` }));
    expect(togglePinned(full, porting)).toEqual({ list: full, pinned: false, full: true });
  });
});

describe('shownUnderSearch', () => {
  it('lists the pins, then the recent playbooks that are not pinned', () => {
    expect(shownUnderSearch([callback, porting, fees], [porting])).toEqual({ pinned: [porting], recent: [callback, fees] });
  });
});

describe('rememberedHref', () => {
  it('is the playbook’s page under the base', () => {
    expect(rememberedHref('/frontline/', porting)).toBe('/frontline/playbooks/porting-troubleshooting/');
  });
});
