import { z } from 'zod';
import { berlinToInstant, toBerlinIso } from '../rules/calendar';
import { id, optionalText, requiredText } from './fields';
import { failsWith } from './validation';

// Personal data breaches (Art. 4(12), 33, 34 GDPR): what the user records and decides.

/** Confidentiality, integrity, availability (EDPB Guidelines 9/2022, section I.B.2). */
export const breachKind = z.enum(['confidentiality', 'integrity', 'availability']);
export type BreachKind = z.infer<typeof breachKind>;

/** The frequent cases that have a starting point (assets/breach-starters.json). */
export const breachStarterKey = z.enum([
  'misdirected_email',
  'misdirected_letter',
  'open_cc',
  'lost_device',
  'ransomware',
  'phishing',
  'hacked_account',
  'paper_disposal',
]);
export type BreachStarterKey = z.infer<typeof breachStarterKey>;

const offsetInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A point in time as ISO 8601 with its offset ("2026-11-20T10:15:00+01:00"). */
export const instantWithOffset = z
  .string()
  .regex(offsetInstant, failsWith('dateTime'))
  .refine(
    (s) => !Number.isNaN(Date.parse(s)) && Date.parse(s) > Date.UTC(1990, 0, 1),
    failsWith('dateTime'),
  );

export const optionalInstant = z
  .union([instantWithOffset, z.literal('').transform(() => null), z.null()])
  .default(null);

const localPattern = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;
const isRealDay = (s: string) => {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.slice(0, 10);
};

/**
 * What a `datetime-local` field holds ("2026-11-20T10:15"), read as Berlin time and given
 * back as an instant with offset: the form's value is then exactly what the API takes.
 */
export const berlinDateTime = z
  .string()
  .regex(localPattern, failsWith('dateTime'))
  .refine(isRealDay, failsWith('dateTime'))
  .transform((s) => toBerlinIso(berlinToInstant(s.slice(0, 10), s.slice(11, 16))));

export const optionalBerlinDateTime = z
  .union([berlinDateTime, z.literal('').transform(() => null), z.null()])
  .default(null);

const count = z
  .union([z.number().int().min(0, failsWith('count')).max(1e10, failsWith('count')), z.null()])
  .default(null);

/** Everything the user records about a breach (Art. 33(3)(a)-(d), 33(5)). */
export const breachInput = z.object({
  title: requiredText(200),
  starter: breachStarterKey.nullable().default(null),
  /** What happened, in the user's words. */
  description: optionalText(8000),
  /** When it happened, or the start and end of the period; null = not known (yet). */
  occurredFrom: optionalInstant,
  occurredTo: optionalInstant,
  /** When the client became aware with reasonable certainty: the 72 hours start here. */
  awareAt: instantWithOffset,
  discoveredBy: optionalText(200),
  reportedBy: optionalText(200),
  kinds: z.array(breachKind).min(1, failsWith('breachKinds')).max(3),
  /** Catalogue entries of kind 'subject' and 'data' (with their Art. 9/10 markers). */
  subjectIds: z.array(id).max(100).default([]),
  dataIds: z.array(id).max(200).default([]),
  subjectsCount: count,
  recordsCount: count,
  /** How sure the numbers are ("approx.", "at most", "unknown"), printed with them. */
  countNote: optionalText(500),
  activityIds: z.array(id).max(200).default([]),
  processorIds: z.array(id).max(100).default([]),
  /** IT systems, devices or paper files concerned, one per line. */
  systems: optionalText(2000),
  consequences: optionalText(8000),
  measuresTaken: optionalText(8000),
  measuresProposed: optionalText(8000),
  /** Where the breach happened at a processor: that processor and its notice (Art. 33(2)). */
  atProcessorId: id.nullable().default(null),
  processorAwareAt: optionalInstant,
  processorNoticeAt: optionalInstant,
});
export type BreachInput = z.input<typeof breachInput>;
export type BreachValues = z.output<typeof breachInput>;

/** The same fields as the form holds them: times as Berlin wall-clock values. */
export const breachForm = breachInput.extend({
  occurredFrom: optionalBerlinDateTime,
  occurredTo: optionalBerlinDateTime,
  awareAt: berlinDateTime,
  processorAwareAt: optionalBerlinDateTime,
  processorNoticeAt: optionalBerlinDateTime,
});
export type BreachFormInput = z.input<typeof breachForm>;

/** A rating of one EDPB criterion. */
export const rating = z.enum(['low', 'medium', 'high']);
export type Rating = z.infer<typeof rating>;

/** The criteria of EDPB Guidelines 9/2022 section IV.B (and the cases of 01/2021). */
export const ratedCriteria = [
  'breachType',
  'sensitivity',
  'volume',
  'identification',
  'severity',
  'persons',
] as const;
export type RatedCriterion = (typeof ratedCriteria)[number];

export const riskCriteria = z.object({
  breachType: rating,
  sensitivity: rating,
  volume: rating,
  identification: rating,
  severity: rating,
  persons: rating,
  /** Art. 9/10 data concerned; set by the breach's data categories, can only be added. */
  specialCategories: z.boolean().default(false),
  /** Children, patients, employees or others in a weaker position. */
  vulnerable: z.boolean().default(false),
});
export type RiskCriteria = z.infer<typeof riskCriteria>;

/** no risk: document only; risk: notify the authority; high: also tell the data subjects. */
export const riskLevel = z.enum(['none', 'risk', 'high']);
export type RiskLevel = z.infer<typeof riskLevel>;

/** Art. 34(3): why data subjects are not told despite a high risk. */
export const art34Ground = z.enum(['unintelligible', 'risk_removed', 'disproportionate']);
export type Art34Ground = z.infer<typeof art34Ground>;

export const assessmentInput = z.object({
  criteria: riskCriteria,
  level: riskLevel,
  /** Why this level; required for "no risk" and for a level below the criteria's suggestion. */
  reasons: optionalText(8000),
  art34Ground: art34Ground.nullable().default(null),
  /** What makes the ground apply (e.g. "AES-256, key not affected"). */
  art34Note: optionalText(4000),
});
export type AssessmentInput = z.input<typeof assessmentInput>;

export const noticeKind = z.enum(['first', 'followup']);
export type NoticeKind = z.infer<typeof noticeKind>;
export const noticeChannel = z.enum(['online_form', 'email', 'letter', 'fax', 'phone']);
export type NoticeChannel = z.infer<typeof noticeChannel>;

/** A notice to the supervisory authority: the first, or a follow-up (Art. 33(4)). */
export const noticeInput = z.object({
  kind: noticeKind,
  at: instantWithOffset,
  channel: noticeChannel.default('online_form'),
  /** The authority's reference number (Aktenzeichen), if it gave one. */
  reference: optionalText(100),
  /** What this notice said or added. */
  note: optionalText(4000),
  /** Art. 33(1): a first notice after 72 hours gives the reasons for the delay. */
  delayReason: optionalText(4000),
});
export type NoticeInput = z.input<typeof noticeInput>;

export const noticeForm = noticeInput.extend({ at: berlinDateTime });

export const informChannel = z.enum(['letter', 'email', 'phone', 'public']);
export type InformChannel = z.infer<typeof informChannel>;

/** Art. 34: when and how the data subjects were told. */
export const informInput = z.object({
  at: instantWithOffset,
  channel: informChannel,
  note: optionalText(4000),
});
export const informForm = informInput.extend({ at: berlinDateTime });

export const breachDocument = z.enum(['authority', 'subjects', 'record']);
export type BreachDocument = z.infer<typeof breachDocument>;

export const breachState = z.enum(['open', 'closed']);
export type BreachState = z.infer<typeof breachState>;
