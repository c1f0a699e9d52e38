import { describe, expect, it } from 'vitest';
import { findApi, scorm12Time, scorm2004Time } from '../../../../src/training/export/player/scorm.ts';

/** A chain of frames: `depth` windows, the API on the topmost when `withApi`. */
function frames(depth: number, withApi: boolean): Window {
  const top = { API: withApi ? { name: 'lms' } : undefined } as unknown as Window & { parent: Window };
  top.parent = top;
  let current: Window = top;
  for (let level = 1; level < depth; level += 1) current = { parent: current, opener: null } as unknown as Window;
  return current;
}

describe('findApi', () => {
  it('finds the LMS’s API in a parent frame', () => {
    expect(findApi('API', frames(4, true))).toEqual({ name: 'lms' });
  });

  it('gives up past ten frames, and when no frame has it', () => {
    expect(findApi('API', frames(13, true))).toBeUndefined();
    expect(findApi('API', frames(3, false))).toBeUndefined();
  });

  it('looks in the window that opened the course', () => {
    const opener = frames(2, true);
    const popup = { parent: undefined, opener } as unknown as Window;
    (popup as unknown as { parent: Window }).parent = popup;
    expect(findApi('API', popup)).toEqual({ name: 'lms' });
  });

  it('climbs past a frame from another origin that throws when read', () => {
    const top = frames(1, true);
    const foreign = new Proxy({ parent: top } as object, {
      get: (_target, key) => {
        if (key === 'parent') return top;
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    }) as Window;
    const course = { parent: foreign, opener: null } as unknown as Window;
    expect(findApi('API', course)).toEqual({ name: 'lms' });
  });
});

describe('session time', () => {
  it('writes SCORM 1.2’s HHHH:MM:SS and SCORM 2004’s ISO duration', () => {
    expect(scorm12Time(3723.4)).toBe('0001:02:03');
    expect(scorm12Time(-5)).toBe('0000:00:00');
    expect(scorm2004Time(61.6)).toBe('PT62S');
  });
});
