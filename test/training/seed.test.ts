import { describe, expect, it } from 'vitest';
import type { StorageLike } from '../../src/training/progress.ts';
import { assignmentSeed, browserSeed, newSeed, SEED_KEY } from '../../src/training/seed.ts';

function memoryStorage(
  initial: Record<string, string> = {},
  options: { refuse?: boolean } = {},
): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => {
      if (options.refuse) throw new DOMException('denied', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (options.refuse) throw new DOMException('denied', 'SecurityError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

const counter = () => {
  let n = 0;
  return () => `${String(++n).padStart(16, '0')}`;
};

describe('newSeed', () => {
  it('is 16 hex digits from 8 random bytes', () => {
    expect(newSeed(() => new Uint8Array([0, 1, 15, 16, 127, 128, 254, 255]))).toBe('00010f107f80feff');
    expect(newSeed()).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('browserSeed', () => {
  it('makes a seed once and keeps it, so the order survives a reload', () => {
    const storage = memoryStorage();
    const make = counter();
    const first = browserSeed(storage, make);
    expect(first).toBe('browser:0000000000000001');
    expect(storage.data.get(SEED_KEY)).toBe('0000000000000001');
    expect(browserSeed(storage, make)).toBe(first);
  });

  it('replaces a stored seed that is not 16 hex digits, as it may have been written by anything', () => {
    for (const stored of ['', 'short', '0000000000000001x', '<img src=x>00000', 'GGGGGGGGGGGGGGGG', '{"seed":1}']) {
      const storage = memoryStorage({ [SEED_KEY]: stored });
      expect(
        browserSeed(storage, () => 'abcdefabcdefabcd'),
        stored,
      ).toBe('browser:abcdefabcdefabcd');
      expect(storage.data.get(SEED_KEY)).toBe('abcdefabcdefabcd');
    }
  });

  it('still gives a seed, for this page only, when storage is refused or missing', () => {
    expect(browserSeed(memoryStorage({}, { refuse: true }), () => '1111111111111111')).toBe('browser:1111111111111111');
    expect(browserSeed(undefined, () => '2222222222222222')).toBe('browser:2222222222222222');
  });
});

describe('assignmentSeed', () => {
  it('follows the trainee named in the link, whatever the browser, case or spacing', () => {
    expect(assignmentSeed(' Sam  Lee ', memoryStorage(), counter())).toBe('trainee:sam lee');
    expect(assignmentSeed('SAM LEE', undefined)).toBe('trainee:sam lee');
  });

  it('falls back to the browser’s seed when the link names nobody', () => {
    const storage = memoryStorage({ [SEED_KEY]: 'aaaaaaaaaaaaaaaa' });
    expect(assignmentSeed('', storage)).toBe('browser:aaaaaaaaaaaaaaaa');
    expect(assignmentSeed('\u200b<>', storage)).toBe('browser:aaaaaaaaaaaaaaaa');
  });
});
