import { describe, expect, it } from 'vitest';
import type { LinkedRetentionRule, RequestKind, RequestState } from '../../core/api';
import { proposeErasureItems } from '../../core/rules/requests-erasure';
import {
  availableLetters,
  letterProblem,
  type LetterFacts,
} from '../../core/rules/requests-letters';
import {
  missingChecks,
  refusalGroundsFor,
  reviewChecklist,
  transitionProblems,
  type TransitionRequest,
  type WorkflowFacts,
} from '../../core/rules/requests-workflow';
import { contactMismatch, identityChecked } from '../../core/rules/identity';

const facts = (over: Partial<LetterFacts> = {}): LetterFacts => ({
  kind: 'access',
  state: 'received',
  channel: 'email',
  extension: null,
  refusal: null,
  identity: null,
  ...over,
});

describe('which letter fits a request', () => {
  it('offers the extension notice only for a recorded extension', () => {
    expect(letterProblem(facts(), 'extension')).toBe('extensionNotRecorded');
    expect(letterProblem(facts({ extension: { on: '2025-02-07' } }), 'extension')).toBeNull();
  });

  it('offers the Art. 15 reply for access only, and the confirmation for the other kinds', () => {
    const work = (kind: RequestKind, state: RequestState = 'in_progress') =>
      availableLetters(facts({ kind, state }));
    expect(work('access')).toContain('art15');
    expect(work('access')).not.toContain('confirmation');
    expect(work('erasure')).toContain('confirmation');
    expect(work('erasure')).not.toContain('art15');
    // Not yet: the reply is drafted from "in progress" on.
    expect(work('access', 'received')).toEqual(['acknowledgement', 'identification', 'interim']);
  });

  it('after sending offers only the reply that was sent, and after a refusal only the refusal', () => {
    expect(availableLetters(facts({ state: 'answered' }))).toEqual(['art15']);
    const refused = facts({ state: 'closed', refusal: { ground: 'art12_5' } });
    expect(availableLetters(refused)).toEqual(['refusal']);
    expect(letterProblem(facts({ state: 'in_review' }), 'refusal')).toBe('letterNotFitting');
    expect(letterProblem(facts({ state: 'in_review' }), 'refusal', true)).toBeNull();
  });

  it('stops offering the request for identification once identity is checked', () => {
    const checked = facts({ state: 'identity_check', identity: { method: 'callback' } });
    expect(availableLetters(checked)).not.toContain('identification');
    const weak = facts({ channel: 'phone', identity: { method: 'name_birth_date' } });
    expect(availableLetters(weak)).toContain('identification');
  });
});

describe('the review checklist', () => {
  it('has its own items per kind of request', () => {
    expect(reviewChecklist('access')).toContain('complete');
    expect(reviewChecklist('erasure')).toEqual(
      expect.arrayContaining(['erasedEverywhere', 'retentionChecked', 'recipientsInformed']),
    );
    expect(reviewChecklist('erasure')).not.toContain('complete');
    expect(reviewChecklist('restriction')).toContain('liftingNotice');
    expect(reviewChecklist('objection')).toContain('objectionAssessed');
    expect(reviewChecklist('rectification')).toContain('rectifiedEverywhere');
    expect(missingChecks('erasure', reviewChecklist('access'))).toEqual([
      'erasedEverywhere',
      'retentionChecked',
      'recipientsInformed',
    ]);
  });
});

describe('identity', () => {
  it('does not accept name and birth date on the phone', () => {
    expect(identityChecked('name_birth_date', 'phone')).toBe(false);
    expect(identityChecked('callback', 'phone')).toBe(true);
    expect(identityChecked('name_birth_date', 'letter')).toBe(true);
    expect(identityChecked('not_possible', 'email')).toBe(false);
  });

  it('flags contact details of the request that differ from those on file', () => {
    const request = {
      email: 'J.Groessmann@Example.de',
      phone: '089 12 34 56',
      address: 'Lindenstr. 5\n80331 München',
    };
    expect(
      contactMismatch(request, {
        email: 'j.groessmann@example.de',
        phone: '+49 89 123456',
        address: 'Lindenstraße 5, 80331 München',
      }),
    ).toEqual([]);
    expect(
      contactMismatch(request, {
        email: 'juergen@other.example',
        phone: '+49 30 999',
        address: 'Gartenweg 1, 10115 Berlin',
      }),
    ).toEqual(['email', 'phone', 'address']);
    // Nothing on file: nothing to compare.
    expect(contactMismatch(request, { email: '', phone: '', address: '' })).toEqual([]);
  });
});

describe('sending and closing', () => {
  const f = (over: Partial<WorkflowFacts> = {}): WorkflowFacts => ({
    kind: 'erasure',
    state: 'answered',
    channel: 'email',
    identityMethod: 'known_email',
    reviewed: true,
    senderReviewed: false,
    uninformedRecipients: 0,
    objectionType: null,
    ...over,
  });
  const t = (over: Partial<TransitionRequest> = {}): TransitionRequest => ({
    to: 'closed',
    overrideReason: '',
    refusalGround: null,
    refusalNote: '',
    recipientsSkipReason: '',
    ...over,
  });

  it('closes an erasure with recipients not informed only with a reason', () => {
    expect(transitionProblems(f({ uninformedRecipients: 2 }), t())).toEqual([
      'recipientsNotInformed',
    ]);
    expect(
      transitionProblems(f({ uninformedRecipients: 2 }), t({ recipientsSkipReason: 'aufgelöst' })),
    ).toEqual([]);
    expect(transitionProblems(f(), t())).toEqual([]);
    // A refused erasure changed nothing: there is nothing to tell the recipients.
    expect(transitionProblems(f({ state: 'refused', uninformedRecipients: 2 }), t())).toEqual([]);
  });

  it('refuses only with a ground that fits the kind, and explains Art. 17(3) and 21(1)', () => {
    const review = f({ state: 'in_review' });
    expect(transitionProblems(review, t({ to: 'refused', refusalGround: 'bdsg34' }))).toEqual([
      'refusalGroundNotFitting',
    ]);
    expect(transitionProblems(review, t({ to: 'refused', refusalGround: 'art17_3' }))).toEqual([
      'refusalNoteRequired',
    ]);
    const marketing = f({
      kind: 'objection',
      state: 'in_review',
      objectionType: 'direct_marketing',
    });
    expect(
      transitionProblems(
        marketing,
        t({ to: 'refused', refusalGround: 'art21_1', refusalNote: 'x' }),
      ),
    ).toEqual(['directMarketingAlwaysStops']);
    expect(refusalGroundsFor('access')).toContain('bdsg34');
    expect(refusalGroundsFor('erasure')).not.toContain('bdsg34');
  });

  it('does not take name and birth date on the phone as a check for sending', () => {
    const phone = f({ state: 'in_review', channel: 'phone', identityMethod: 'name_birth_date' });
    expect(transitionProblems(phone, t({ to: 'answered' }))).toEqual(['identityUnchecked']);
    expect(transitionProblems(phone, t({ to: 'answered', overrideReason: 'Rückruf' }))).toEqual([]);
  });
});

describe('the erasure proposal from the deletion rules', () => {
  const rule = (over: Partial<LinkedRetentionRule>): LinkedRetentionRule => ({
    id: 1,
    name: 'Kundenstammdaten',
    startEvent: 'relationship_end',
    startDescription: '',
    periodAmount: 3,
    periodUnit: 'years',
    yearEnd: false,
    runInterval: 'monthly',
    method: 'delete',
    norm: '',
    legalHold: false,
    ...over,
  });

  it('keeps data under a statutory norm, restricts on "restrict", deletes the rest', () => {
    const items = proposeErasureItems(
      [
        {
          name: 'Kundenverwaltung',
          dataCategories: [{ name: 'Kontaktdaten' }],
          retentionRules: [
            rule({}),
            rule({ id: 2, name: 'Rechnungen', periodAmount: 8, yearEnd: true, norm: '§ 147 AO' }),
            rule({ id: 3, name: 'Reklamationen', method: 'restrict' }),
          ],
        },
        { name: 'Hotline', dataCategories: [{ name: 'Gesprächsnotizen' }] },
      ],
      'de',
    );
    expect(items).toEqual([
      { ruleId: 1, name: 'Kundenstammdaten', outcome: 'deleted', detail: '' },
      {
        ruleId: 2,
        name: 'Rechnungen',
        outcome: 'retained',
        detail: '8 Jahre ab Schluss des Kalenderjahres (§ 147 AO)',
      },
      { ruleId: 3, name: 'Reklamationen', outcome: 'restricted', detail: '3 Jahre' },
      { ruleId: null, name: 'Hotline', outcome: 'deleted', detail: 'Gesprächsnotizen' },
    ]);
  });
});
