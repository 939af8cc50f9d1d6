import { describe, expect, it } from 'vitest';
import { attentionItem } from '../../core/api';
import { attentionUrgency, countByUrgency, trafficLight } from '../../core/rules/attention-urgency';

describe('urgency of attention items and the traffic light of a client', () => {
  it('calls passed dates, running legal clocks and a missing AVV urgent', () => {
    const urgent = attentionItem.shape.kind.options.filter((k) => attentionUrgency(k) === 'urgent');
    expect(urgent).toEqual(
      expect.arrayContaining([
        'breach_clock_running',
        'breach_clock_passed',
        'request_overdue',
        'avv_missing',
        'review_due',
        'deletion_run_overdue',
      ]),
    );
    expect(attentionUrgency('request_due_soon')).toBe('soon');
    expect(attentionUrgency('review_soon')).toBe('soon');
    expect(attentionUrgency('activity_incomplete')).toBe('review');
    expect(attentionUrgency('register_empty')).toBe('review');
  });

  it('puts drafts to review (a draft activity, a reply awaiting four eyes) under "to review"', () => {
    expect(attentionUrgency('activity_draft')).toBe('review');
    expect(attentionUrgency('reply_to_review')).toBe('review');
    // A draft alone keeps a client amber, never red: nothing is overdue yet.
    expect(trafficLight(countByUrgency(['activity_draft', 'reply_to_review']))).toBe('amber');
  });

  it('is red with anything urgent, amber with something coming or to review, else green', () => {
    expect(trafficLight(countByUrgency(['activity_incomplete', 'request_overdue']))).toBe('red');
    expect(trafficLight(countByUrgency(['review_soon', 'activity_unconfirmed']))).toBe('amber');
    expect(trafficLight(countByUrgency(['activity_unconfirmed']))).toBe('amber');
    expect(trafficLight(countByUrgency([]))).toBe('green');
    expect(countByUrgency(['avv_missing', 'avv_missing', 'review_soon'])).toEqual({
      urgent: 2,
      soon: 1,
      review: 0,
    });
  });
});
