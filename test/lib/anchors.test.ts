import { describe, expect, it } from 'vitest';
import { stepAnchor } from '../../src/lib/anchors.ts';

describe('stepAnchor', () => {
  it('prefixes the slug of the title with step-', () => {
    expect(stepAnchor('Check the old line is active')).toBe('step-check-the-old-line-is-active');
  });

  it('drops punctuation and lowercases capitals', () => {
    expect(stepAnchor('Ask: is the SIM active?')).toBe('step-ask-is-the-sim-active');
  });

  it('keeps accented letters as they are', () => {
    expect(stepAnchor('Café déjà vu')).toBe('step-café-déjà-vu');
  });

  it('gives the same anchor to the same title every time, so links survive reordering', () => {
    expect([stepAnchor('Read the rejection'), stepAnchor('Read the rejection')]).toEqual([
      'step-read-the-rejection',
      'step-read-the-rejection',
    ]);
  });

  it('gives different titles different anchors', () => {
    expect(stepAnchor('Reactivate the line')).not.toBe(stepAnchor('Read the rejection'));
  });
});
