import { describe, expect, it } from 'vitest';
import { closestId } from '../../src/check/closest-id.ts';

describe('closestId', () => {
  it('suggests the id one typo away', () => {
    expect(closestId('poting-desk', ['customer-care', 'porting-desk'])).toBe('porting-desk');
  });

  it('picks the nearest of several candidates', () => {
    expect(closestId('escalation-guide', ['escalation-guidelines', 'escalation-guides'])).toBe('escalation-guides');
  });

  it('allows two edits even for a short id', () => {
    expect(closestId('fe', ['fee', 'faq-desk'])).toBe('fee');
  });

  it('allows a third of the length in edits for a long id', () => {
    // 21 characters: up to 7 edits are still a plausible typo, 8 are not.
    expect(closestId('escalation-guidelines', ['escalation-guide'])).toBe('escalation-guide');
    expect(closestId('escalation-guidelines', ['escalation-gu'])).toBeUndefined();
  });

  it('suggests nothing when every candidate is too far away', () => {
    expect(closestId('billing', ['porting-desk', 'customer-care'])).toBeUndefined();
  });

  it('suggests nothing when there are no candidates', () => {
    expect(closestId('porting', [])).toBeUndefined();
  });
});
