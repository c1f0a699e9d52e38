const DAY_MS = 86_400_000;

export interface Reviewable {
  lastReviewed: Date;
  reviewEvery: number;
}

/** The first day a review is overdue: `lastReviewed + reviewEvery` days. */
export function reviewDueOn(page: Reviewable): Date {
  return new Date(page.lastReviewed.getTime() + page.reviewEvery * DAY_MS);
}

/** True once `today` is past the due day. Pass `today` explicitly so builds and tests are repeatable. */
export function isReviewOverdue(page: Reviewable, today: Date): boolean {
  return today.getTime() > reviewDueOn(page).getTime();
}

/** Whole days past due (0 when not overdue). */
export function daysOverdue(page: Reviewable, today: Date): number {
  return Math.max(0, Math.floor((today.getTime() - reviewDueOn(page).getTime()) / DAY_MS));
}
