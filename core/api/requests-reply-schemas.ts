import { z } from 'zod';
import { id, language, optionalText, requiredText } from './fields';
import { customIssue } from './validation';

// The reply to a data subject request beyond Art. 15: what a rectification, erasure,
// restriction or objection reply says (docs/domain.md sections 6 and 7), and what a sent reply
// was built from.

export const letterKind = z.enum([
  'acknowledgement',
  'identification',
  'extension',
  'interim',
  'art15',
  'confirmation',
  'refusal',
]);
export type LetterKind = z.infer<typeof letterKind>;

/**
 * What became of one kind of data on an erasure request: deleted; kept because a law
 * requires it to be kept (Art. 17(3)(b) GDPR, then restricted until the period ends); or
 * restricted instead of deleted (Art. 18 GDPR, § 35 BDSG, e.g. for legal claims).
 */
export const erasureOutcome = z.enum(['deleted', 'retained', 'restricted']);
export type ErasureOutcome = z.infer<typeof erasureOutcome>;

export const erasureItem = z
  .object({
    /** The deletion rule it was proposed from; null for an item the user added. */
    ruleId: id.nullable().default(null),
    /** The kind of data (Datenart), e.g. "Rechnungen (Buchungsbelege)". */
    name: requiredText(200),
    outcome: erasureOutcome,
    /** What was deleted, or until when and why it is kept ("10 Jahre, § 147 AO"). */
    detail: optionalText(500),
  })
  .superRefine((item, issue) => {
    // The person must learn why data is kept: a kept item without its reason is refused.
    if (item.outcome !== 'deleted' && item.detail === '') {
      issue.addIssue(customIssue(['detail'], 'keptNeedsReason'));
    }
  });
export type ErasureItem = z.output<typeof erasureItem>;

/** Art. 18(1)(a)-(d) GDPR. */
export const restrictionGround = z.enum(['accuracy', 'unlawful', 'legal_claims', 'objection']);
export type RestrictionGround = z.infer<typeof restrictionGround>;

/** Art. 21(2) direct marketing (always stops) or Art. 21(1) the person's particular situation. */
export const objectionType = z.enum(['direct_marketing', 'particular_situation']);
export type ObjectionType = z.infer<typeof objectionType>;

/** The fields of a reply that only some kinds of request have. */
export const requestOutcome = z.object({
  /** Rectification: what was corrected or completed. */
  corrections: optionalText(4000),
  /** Erasure: per kind of data, deleted, kept under a retention duty, or restricted. */
  erasureItems: z.array(erasureItem).max(200).default([]),
  restrictionGround: restrictionGround.nullable().default(null),
  /** Restriction: which data is restricted. */
  restrictedData: optionalText(4000),
  objectionType: objectionType.nullable().default(null),
  /** Objection: which processing was stopped. */
  stoppedProcessing: optionalText(4000),
});
export type RequestOutcome = z.output<typeof requestOutcome>;

/** The reply's parts the user edits (all kinds; the kind decides which ones are printed). */
export const replyInput = z.object({
  id,
  /** The processing activities confirmed to concern the requester. */
  activityIds: z.array(id).max(500).default([]),
  /** Art. 15(3) (and Art. 20): what the copy of the data consists of, besides attached files. */
  copyDescription: optionalText(4000),
  /** Art. 15(1)(h); empty means the standard statement that none takes place. */
  automatedDecisions: optionalText(4000),
  replyText: optionalText(8000),
  outcome: requestOutcome.prefault({}),
});

/** Who signs the letters of a request; an empty name means the name and role in Settings. */
export const signerInput = z
  .object({ id, name: optionalText(200), role: optionalText(200) })
  .superRefine((s, issue) => {
    if (s.role !== '' && s.name === '') {
      issue.addIssue(customIssue(['name'], 'required'));
    }
  });

/** The sent reply as it was built: letter, language, the stored .docx, the activities. */
export const sentReply = z.object({
  letter: letterKind,
  language,
  /** The letter as sent, stored with the request's files (null if it was removed). */
  attachmentId: id.nullable(),
  filename: z.string(),
  activities: z.array(z.object({ id, name: z.string() })),
});
export type SentReply = z.infer<typeof sentReply>;
