import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNEL_STORAGE_KEY } from '../../src/lib/channels.ts';
import { DESK_BOOT_SCRIPT } from '../../src/lib/desk-boot.ts';
import { EMBED_STORAGE_KEY } from '../../src/lib/embed.ts';

/** Runs the boot script against a stand-in page and returns the attributes it set on <html>. */
function boot({ search = '', framed = false, channel = null as string | null, embedded = null as string | null } = {}) {
  const attributes: Record<string, string> = {};
  const session = new Map<string, string>(embedded === null ? [] : [[EMBED_STORAGE_KEY, embedded]]);
  const self = {};
  runInNewContext(DESK_BOOT_SCRIPT, {
    URLSearchParams,
    document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } },
    location: { search },
    window: { self, top: framed ? {} : self },
    sessionStorage: {
      getItem: (key: string) => session.get(key) ?? null,
      setItem: (key: string, value: string) => session.set(key, value),
      removeItem: (key: string) => session.delete(key),
    },
    localStorage: { getItem: (key: string) => (key === CHANNEL_STORAGE_KEY ? channel : null) },
  });
  // Every run marks the desk's controls as working; the tests below look at the other marks.
  const { 'data-desk': desk, ...marks } = attributes;
  if (desk !== '') throw new Error('the boot script did not mark data-desk');
  return { attributes: marks, session: Object.fromEntries(session) };
}

describe('the desk boot script', () => {
  it('marks embed mode from ?embed=1 and keeps it for the framed panel’s session', () => {
    expect(boot({ search: '?embed=1' })).toEqual({ attributes: { 'data-embed': '' }, session: { [EMBED_STORAGE_KEY]: '1' } });
    expect(boot({ framed: true, embedded: '1' }).attributes).toEqual({ 'data-embed': '' });
  });

  it('leaves a page outside a frame, or one told embed=0, in the full layout', () => {
    expect(boot({ embedded: '1' }).attributes).toEqual({});
    expect(boot({ search: '?embed=0', framed: true, embedded: '1' })).toEqual({ attributes: {}, session: {} });
  });

  it('marks the written channel the agent chose, and nothing that is not a channel', () => {
    expect(boot({ channel: 'chat' }).attributes).toEqual({ 'data-channel': 'chat' });
    expect(boot({ channel: 'email' }).attributes).toEqual({ 'data-channel': 'email' });
    for (const channel of ['phone', '"><img src=x onerror=alert(1)>', 'chat ', 'CHAT']) {
      expect(boot({ channel }).attributes, channel).toEqual({});
    }
  });

  it('still marks embed mode from the address, and throws nothing, where storage is refused', () => {
    const attributes: Record<string, string> = {};
    const refused = () => {
      throw new Error('SecurityError');
    };
    runInNewContext(DESK_BOOT_SCRIPT, {
      URLSearchParams,
      document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } },
      location: { search: '?embed=1' },
      window: {},
      get sessionStorage() {
        return refused();
      },
      get localStorage() {
        return refused();
      },
    });
    expect(attributes).toEqual({ 'data-desk': '', 'data-embed': '' });
  });
});
