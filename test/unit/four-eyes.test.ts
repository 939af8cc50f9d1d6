import { describe, expect, it } from 'vitest';
import { reviewProblem, samePerson, sendProblem } from '../../core/rules/four-eyes';
import { sendBlockers, transitionProblems } from '../../core/rules/requests-workflow';

const anna = { name: 'Anna Berger', account: 'anna' };

describe('who counts as the same person', () => {
  it('is the same account, whatever the name in Settings', () => {
    expect(samePerson(anna, { name: 'Max Weber', account: 'anna' })).toBe(true);
    expect(samePerson(anna, { name: 'Max Weber', account: 'ANNA' })).toBe(true);
  });

  it('is the same name, whatever the account (the record would read as one person)', () => {
    expect(samePerson(anna, { name: ' anna  berger ', account: 'weber' })).toBe(true);
  });

  it('is another person with another account and another name', () => {
    expect(samePerson(anna, { name: 'Max Weber', account: 'weber' })).toBe(false);
  });

  it('never matches on a part that was not recorded', () => {
    expect(samePerson({ name: 'Anna Berger', account: '' }, { name: 'Max', account: '' })).toBe(
      false,
    );
    expect(samePerson({ name: '', account: '' }, { name: '', account: '' })).toBe(false);
  });

  it('refuses the preparer as reviewer and the reviewer as sender', () => {
    const renamed = { name: 'Max Weber', account: 'anna' };
    expect(reviewProblem(renamed, { ...anna })).toBe('preparerReviews');
    expect(reviewProblem(renamed, null)).toBeNull();
    expect(sendProblem(renamed, anna)).toBe('reviewerSends');
    expect(sendProblem({ name: 'Max Weber', account: 'weber' }, anna)).toBeNull();
  });
});

describe('sending after the review', () => {
  const facts = {
    kind: 'access' as const,
    state: 'in_review' as const,
    channel: 'email' as const,
    identityMethod: 'known_email' as const,
    reviewed: true,
    senderReviewed: true,
    uninformedRecipients: 0,
    objectionType: null,
  };
  const send = {
    to: 'answered' as const,
    overrideReason: '',
    refusalGround: null,
    refusalNote: '',
    recipientsSkipReason: '',
  };

  it('is blocked for the reviewer and open to anyone else', () => {
    expect(sendBlockers(facts)).toEqual(['reviewer']);
    expect(transitionProblems(facts, send)).toEqual(['reviewerSends']);
    expect(sendBlockers({ ...facts, senderReviewed: false })).toEqual([]);
    expect(transitionProblems({ ...facts, senderReviewed: false }, send)).toEqual([]);
  });
});
