import { describe, expect, it } from 'vitest';
import { reviewDateWarning } from '../../core/rules/review-date';

const today = '2026-11-23';

describe('review date warning', () => {
  it('says nothing about an ordinary review date or none at all', () => {
    expect(reviewDateWarning('2027-11-23', today)).toBeNull();
    expect(reviewDateWarning('2025-01-01', today)).toBeNull(); // overdue, but plausible
    expect(reviewDateWarning(null, today)).toBeNull();
    expect(reviewDateWarning('', today)).toBeNull();
  });

  it('warns about a date more than 10 years ahead, not one exactly 10 years ahead', () => {
    expect(reviewDateWarning('2036-11-23', today)).toBeNull();
    expect(reviewDateWarning('2036-11-24', today)).toBe('tooFar');
    expect(reviewDateWarning('2205-01-01', today)).toBe('tooFar');
  });

  it('warns about a date before the year 2000', () => {
    expect(reviewDateWarning('1999-12-31', today)).toBe('tooEarly');
    expect(reviewDateWarning('0025-01-01', today)).toBe('tooEarly');
    expect(reviewDateWarning('2000-01-01', today)).toBeNull();
  });

  it('counts from 29 February without inventing a date', () => {
    expect(reviewDateWarning('2034-03-01', '2024-02-29')).toBe('tooFar');
    expect(reviewDateWarning('2034-02-28', '2024-02-29')).toBeNull();
  });
});
