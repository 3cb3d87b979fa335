/**
 * Positions past the date their publisher set to review them: the card and the options page say
 * they may be out of date rather than show them as current. Pure; the caller gives today.
 */
import type { PositionPack } from '../pack/schema';

/** True when `reviewBy` (YYYY-MM-DD) is before today's date (UTC). */
export function isPastReview(reviewBy: string | undefined, today: Date): boolean {
  return reviewBy !== undefined && reviewBy < today.toISOString().slice(0, 10);
}

export function positionsDueForReview(
  pack: Pick<PositionPack, 'positions'>,
  today: Date,
): { count: number; earliest: string } {
  const due = pack.positions
    .map((p) => p.reviewBy)
    .filter((date): date is string => isPastReview(date, today))
    .sort();
  return { count: due.length, earliest: due[0] ?? '' };
}
