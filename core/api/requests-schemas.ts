import { z } from 'zod';
import { letterKind, replyInput, sentReply } from './requests-reply-schemas';
import {
  id,
  instant,
  isoDate,
  language,
  optionalEmail,
  optionalText,
  requiredText,
} from './fields';
import { failsWith } from './validation';

// Data subject requests (Art. 15-22 GDPR, Art. 7(3)): the shapes the inbox works with.

export const requestKind = z.enum([
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'consent_withdrawal',
  'other',
]);
export type RequestKind = z.infer<typeof requestKind>;

export const requestChannel = z.enum(['email', 'letter', 'phone', 'web_form', 'in_person']);
export type RequestChannel = z.infer<typeof requestChannel>;

/** The workflow; `answered` and `refused` mean the reply was sent. */
export const requestState = z.enum([
  'received',
  'identity_check',
  'in_progress',
  'in_review',
  'answered',
  'refused',
  'closed',
]);
export type RequestState = z.infer<typeof requestState>;
export const openStates: readonly RequestState[] = [
  'received',
  'identity_check',
  'in_progress',
  'in_review',
];

/** How identity was checked (EDPB 01/2022 paras 69-78; docs/domain.md section 6). */
export const identityMethod = z.enum([
  'known_email',
  'customer_account',
  'customer_number_detail',
  'callback',
  /** Name and date of birth: never enough on the phone (the 1&1 fine, docs/domain.md section 9). */
  'name_birth_date',
  'id_document_seen',
  'not_needed',
  'not_possible',
]);
export type IdentityMethod = z.infer<typeof identityMethod>;

/** Grounds for refusing (part of) a request. */
export const refusalGround = z.enum([
  'art12_5', // manifestly unfounded or excessive
  'art11', // the controller cannot identify the person
  'bdsg27', // research
  'bdsg28', // archiving in the public interest
  'bdsg29', // secrecy
  'bdsg34', // data held only under retention duties / for backup or control
  'art17_3', // erasure: an exception of Art. 17(3) applies (e.g. a retention duty)
  'art21_1', // objection: compelling legitimate grounds or legal claims (Art. 21(1) s. 2)
]);
export type RefusalGround = z.infer<typeof refusalGround>;

/**
 * Every item a second person may have to confirm before a reply is sent; which ones a
 * request needs depends on its kind (core/rules/requests-workflow.ts reviewChecklist).
 */
export const reviewChecks = [
  'onlyThisRequester',
  'identityChecked',
  'complete',
  'rectifiedEverywhere',
  'erasedEverywhere',
  'retentionChecked',
  'restrictionMarked',
  'liftingNotice',
  'objectionAssessed',
  'processingStopped',
  'machineReadable',
  'recipientsInformed',
  'deadline',
  'plainLanguage',
] as const;
export type ReviewCheck = (typeof reviewChecks)[number];

/** `HH:MM`, optional. */
const time = z.union([
  z.literal(''),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, failsWith('time')),
]);

/** What the user types when logging a request. */
export const requestInput = z.object({
  kind: requestKind,
  receivedOn: isoDate,
  receivedTime: time.default(''),
  channel: requestChannel,
  requesterName: requiredText(200),
  requesterEmail: optionalEmail,
  requesterPhone: optionalText(50),
  requesterAddress: optionalText(500),
  /** Customer number or account name, to find the person in the client's systems. */
  requesterReference: optionalText(100),
  /** Catalogue entries of kind 'subject' (categories of data subjects) that concern them. */
  subjectIds: z.array(id).max(50).default([]),
  description: optionalText(8000),
});
export type RequestInput = z.input<typeof requestInput>;
export type RequestValues = z.output<typeof requestInput>;

/** The editable values of a stored request, e.g. to fill its form. */
export const requestValuesOf = (r: RequestValues): RequestValues => ({
  kind: r.kind,
  receivedOn: r.receivedOn,
  receivedTime: r.receivedTime,
  channel: r.channel,
  requesterName: r.requesterName,
  requesterEmail: r.requesterEmail,
  requesterPhone: r.requesterPhone,
  requesterAddress: r.requesterAddress,
  requesterReference: r.requesterReference,
  subjectIds: r.subjectIds,
  description: r.description,
});

export const identityInput = z.object({
  id,
  method: identityMethod,
  checkedBy: requiredText(200),
  checkedOn: isoDate,
  /** The detail used, the reason it is not needed or not possible. */
  note: optionalText(2000),
  /** When further identification was asked for and came in (the clock does not stop). */
  requestedOn: z.union([isoDate, z.literal(''), z.null()]).default(null),
  receivedOn: z.union([isoDate, z.literal(''), z.null()]).default(null),
  /** The person's contact details on file (customer account, records), to compare with. */
  knownEmail: optionalEmail,
  knownPhone: optionalText(50),
  knownAddress: optionalText(500),
});

export const transitionInput = z.object({
  id,
  to: requestState,
  /** Sending without a checked identity: why (recorded in the timeline). */
  overrideReason: optionalText(2000),
  refusalGround: refusalGround.nullable().default(null),
  refusalNote: optionalText(4000),
  /** When the reply was sent, as the user states it; empty = today (Europe/Berlin). */
  sentOn: z.union([isoDate, z.literal(''), z.null()]).default(null),
  sentTime: time.default(''),
  /** The language of the reply stored as sent; omitted = the UI language. */
  language: language.optional(),
  /** Closing with Art. 19 recipients not informed: why (recorded in the timeline). */
  recipientsSkipReason: optionalText(2000),
});

/** The reviewer is the user at work now (name in Settings and operating-system account). */
export const reviewInput = z.object({
  id,
  checks: z.array(z.enum(reviewChecks)).max(reviewChecks.length),
  note: optionalText(2000),
});

const datedNote = z.object({ id, on: isoDate, reason: optionalText(2000) });
export const extensionInput = datedNote.extend({ reason: requiredText(2000) });
export const interimInput = datedNote;

export const recipientTask = z.object({
  id,
  name: z.string(),
  doneOn: z.string().nullable(),
  doneBy: z.string(),
});
export type RecipientTask = z.infer<typeof recipientTask>;

export const requestDeadlinesSchema = z.object({
  oneMonth: z.string(),
  extensionNoticeBy: z.string(),
  extendedFromReceipt: z.string().nullable(),
  extendedFromOneMonth: z.string().nullable(),
  due: z.string(),
  daysLeft: z.number().int(),
  urgency: z.enum(['overdue', 'due_soon', 'ok', 'done']),
});

/** Who did a step: the user name in Settings and the operating-system account at the time. */
export const person = z.object({ name: z.string(), account: z.string() });
export type Person = z.infer<typeof person>;

export const authority = z.object({
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  address: z.array(z.string()),
  website: z.string(),
});
export type Authority = z.infer<typeof authority>;

export const dataRequest = requestInput.extend({
  id,
  clientId: id,
  clientName: z.string(),
  state: requestState,
  subjects: z.array(z.object({ id, name: z.string() })),
  deadlines: requestDeadlinesSchema,
  extension: z.object({ on: z.string(), reason: z.string() }).nullable(),
  interim: z.object({ on: z.string(), reason: z.string() }).nullable(),
  identity: z
    .object({
      method: identityMethod,
      checkedBy: z.string(),
      checkedOn: z.string(),
      note: z.string(),
      requestedOn: z.string().nullable(),
      receivedOn: z.string().nullable(),
      knownEmail: z.string(),
      knownPhone: z.string(),
      knownAddress: z.string(),
    })
    .nullable(),
  identityOverride: z.string(),
  /** Contact details of the request that differ from those on file (the reply goes there). */
  contactMismatch: z.array(z.enum(['email', 'phone', 'address'])),
  /** The last save of the reply (or, without one, its step into review). */
  preparedBy: person.extend({ at: instant }).nullable(),
  review: z
    .object({
      reviewer: z.string(),
      /** The reviewer's operating-system account ('' for reviews recorded before it was). */
      account: z.string(),
      at: instant,
      checks: z.array(z.string()),
      note: z.string(),
    })
    .nullable(),
  /** Who recorded "reply sent" (at `sentAt`). */
  sentBy: person.nullable(),
  /** The four-eyes review as it stands for the user at work now. */
  fourEyes: z.object({
    you: person,
    /** You prepared the reply: a second person must review it. */
    preparedByYou: z.boolean(),
    /** You reviewed the reply: another person must send it. */
    reviewedByYou: z.boolean(),
  }),
  reply: replyInput.omit({ id: true }),
  refusal: z.object({ ground: refusalGround, note: z.string() }).nullable(),
  /** When the step "reply sent" was recorded. */
  sentAt: instant.nullable(),
  /** When the reply was sent, as the user stated it. */
  sentOn: z.string().nullable(),
  sentTime: z.string(),
  sentReply: sentReply.nullable(),
  closedAt: instant.nullable(),
  recipients: z.array(recipientTask),
  recipientsSkipReason: z.string(),
  /** Who signs the letters: set on the request, or the name and role in Settings. */
  signer: z.object({ name: z.string(), role: z.string(), fromSettings: z.boolean() }),
  /** Workflow steps allowed now, and what still blocks sending the reply. */
  nextStates: z.array(requestState),
  sendBlockers: z.array(z.enum(['identity', 'review', 'reviewer'])),
  /** The letters that fit the request's kind and state now (core/rules/requests-letters.ts). */
  letters: z.array(letterKind),
  /** The review checklist of this kind of request. */
  reviewChecklist: z.array(z.enum(reviewChecks)),
  /** Codes of the identity guidance (docs/domain.md section 6), translated by the renderer. */
  identityGuidance: z.object({
    recommended: z.array(identityMethod),
    notes: z.array(z.string()),
  }),
  authority: authority.nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type DataRequest = z.infer<typeof dataRequest>;
