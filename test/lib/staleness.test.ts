import { describe, expect, it } from 'vitest';
import { daysOverdue, isReviewOverdue, reviewDueOn } from '../../src/lib/staleness.ts';
import { TODAY } from '../helpers/content.ts';

const page = { lastReviewed: new Date('2026-11-01T00:00:00Z'), reviewEvery: 90 };

describe('reviewDueOn', () => {
  it('adds reviewEvery days to lastReviewed', () => {
    expect(reviewDueOn(page).toISOString()).toBe('2027-01-30T00:00:00.000Z');
  });

  it('counts a one-week cycle across a month end', () => {
    expect(reviewDueOn({ lastReviewed: new Date('2026-11-28T00:00:00Z'), reviewEvery: 7 }).toISOString()).toBe('2026-12-05T00:00:00.000Z');
  });
});

describe('isReviewOverdue', () => {
  it('is not overdue soon after a review', () => {
    expect(isReviewOverdue(page, TODAY)).toBe(false);
  });

  it('is not overdue the day before the due day', () => {
    expect(isReviewOverdue(page, new Date('2027-01-29T00:00:00Z'))).toBe(false);
  });

  it('is overdue once the due day has begun', () => {
    expect(isReviewOverdue(page, new Date('2027-01-30T09:00:00Z'))).toBe(true);
  });

  it('is overdue weeks after the due day', () => {
    expect(isReviewOverdue(page, new Date('2027-03-01T00:00:00Z'))).toBe(true);
  });
});

describe('daysOverdue', () => {
  it('is zero when the review is not due yet', () => {
    expect(daysOverdue(page, TODAY)).toBe(0);
  });

  it('counts whole days past the due day', () => {
    expect(daysOverdue(page, new Date('2027-02-09T00:00:00Z'))).toBe(10);
  });

  it('rounds a part day down', () => {
    expect(daysOverdue(page, new Date('2027-02-01T23:00:00Z'))).toBe(2);
  });
});
