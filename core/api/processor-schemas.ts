import { z } from 'zod';
import { activityStatus, countryKind, safeguard } from './activities';
import {
  id,
  instant,
  language,
  optionalDate,
  optionalEmail,
  optionalText,
  requiredText,
} from './fields';
import { failsWith, customIssue } from './validation';

// Processors (Art. 28 GDPR) and the state of their data processing agreement (AVV).

/**
 * The TOM checklist: the classic German headings (Anlage zu § 9 BDSG a.F.) plus the two
 * Art. 32(1) items the old list lacks (docs/domain.md section 4).
 */
export const tomAreas = [
  'zutrittskontrolle',
  'zugangskontrolle',
  'zugriffskontrolle',
  'weitergabekontrolle',
  'eingabekontrolle',
  'auftragskontrolle',
  'verfuegbarkeitskontrolle',
  'trennungsgebot',
  'pseudonymisierung',
  'wirksamkeitspruefung',
] as const;
export const tomArea = z.enum(tomAreas);
export type TomArea = z.infer<typeof tomArea>;

/**
 * One area of Annex III: the measures taken, or, when the area does not apply to this
 * service (e.g. no premises of its own), `notApplicable` with the reason in `description`.
 */
export const tomItem = z.object({
  area: tomArea,
  description: optionalText(2000),
  notApplicable: z.boolean().default(false),
});
export type TomItem = z.infer<typeof tomItem>;

/** A sub-processor (Annex IV); outside the EU/EEA it is an onward transfer of the processor. */
export const subProcessor = z.object({
  name: requiredText(200),
  address: optionalText(300),
  /** Contact person with e-mail or phone, as Annex IV asks. */
  contact: optionalText(300),
  country: optionalText(100),
  countryKind: countryKind.default('eu_eea'),
  safeguard: safeguard.default('none'),
  safeguardNote: optionalText(1000),
  service: optionalText(500),
});
export type SubProcessor = z.infer<typeof subProcessor>;

export const processorInput = z.object({
  name: requiredText(200),
  street: optionalText(200),
  postcode: optionalText(20),
  city: optionalText(100),
  country: optionalText(100),
  countryKind: countryKind.default('eu_eea'),
  /** Chapter V safeguard; only meaningful for a third country. */
  safeguard: safeguard.default('none'),
  safeguardNote: optionalText(1000),
  /** The transfer impact assessment for its third-country transfers (done on / reference). */
  tiaDoneOn: optionalDate,
  tiaReference: optionalText(500),
  /** Who signs for the processor (Annex I). */
  legalRepresentative: optionalText(200),
  contactName: optionalText(200),
  contactEmail: optionalEmail,
  contactPhone: optionalText(50),
  /** The service the processor provides: the subject matter of the AVV. */
  service: optionalText(2000),
  dpoName: optionalText(200),
  dpoEmail: optionalEmail,
  dpoPhone: optionalText(50),
  subProcessors: z.array(subProcessor).max(100).default([]),
  toms: z.array(tomItem).max(tomAreas.length).default([]),
  /** The processing activities that use this processor (Art. 30(1)(d) recipients). */
  activityIds: z.array(id).max(1000).default([]),
});
export type ProcessorInput = z.input<typeof processorInput>;
export type ProcessorValues = z.output<typeof processorInput>;

export const avvStatuses = [
  'not_required',
  'missing',
  'requested',
  'draft_sent',
  'negotiation',
  'signed',
  'terminated',
  'expired',
] as const;
export const avvStatus = z.enum(avvStatuses);
export type AvvStatus = z.infer<typeof avvStatus>;

const agreementFields = z.object({
  status: avvStatus,
  notRequiredReason: optionalText(1000),
  requestedOn: optionalDate,
  draftSentOn: optionalDate,
  signedOn: optionalDate,
  version: optionalText(100),
  reviewOn: optionalDate,
  endsOn: optionalDate,
});

/** The date (or reason) each status needs; a message key on the field that is missing. */
const requiredFor: Partial<Record<AvvStatus, keyof z.output<typeof agreementFields>>> = {
  not_required: 'notRequiredReason',
  requested: 'requestedOn',
  draft_sent: 'draftSentOn',
  signed: 'signedOn',
};

export const agreementInput = agreementFields.superRefine((value, ctx) => {
  const field = requiredFor[value.status];
  if (field && !value[field]) ctx.addIssue(customIssue([field], 'required'));
});
export type AgreementInput = z.input<typeof agreementInput>;
export type Agreement = z.output<typeof agreementInput>;

export const processorWarningKind = z.enum([
  'avv_missing',
  'avv_request_overdue',
  'avv_review_due',
  'avv_end_reached',
]);
export type ProcessorWarningKind = z.infer<typeof processorWarningKind>;

export const processorWarning = z.object({
  kind: processorWarningKind,
  /** The date the warning is about (request, review or end date); null for a missing AVV. */
  date: z.string().nullable(),
  /** For avv_missing: the active activities that use the processor without a signed AVV. */
  activities: z.array(z.string()),
  /** For avv_missing: the draft activities that will use it (nothing is processed yet). */
  draftActivities: z.array(z.string()),
});
export type ProcessorWarning = z.infer<typeof processorWarning>;

/** What the user decides before generating a draft (stored on the processor for next time). */
export const avvDraftOptions = z.object({
  language: language.default('de'),
  duration: optionalText(500),
  noticeDays: z.number().int().min(0).max(3650).default(90),
  auditNoticeDays: z.number().int().min(0).max(365).default(14),
  jurisdiction: optionalText(200),
  place: optionalText(100),
  subProcessing: z.enum(['specific', 'general']).default('general'),
  objectionDays: z.number().int().min(0).max(365).default(14),
  // Optional clauses the German model contracts carry, each switchable.
  /** The processor keeps its own record of processing activities (Art. 30(2)). */
  processorRecord: z.boolean().default(true),
  /** Cooperation with the supervisory authority (Art. 31). */
  cooperation: z.boolean().default(true),
  /** A fixed number of hours for the breach notice to the controller (Art. 33(2)). */
  breachNotice: z.boolean().default(false),
  breachNoticeHours: z.number().int().min(1).max(72).default(24),
  /** Rules for staff working remotely (home office). */
  remoteWork: z.boolean().default(false),
  /** Liability between the parties (Art. 82). */
  liability: z.boolean().default(false),
  /** A registered custom Word template; null = the built-in draft. */
  templateId: id.nullable().default(null),
});
export type AvvDraftOptions = z.output<typeof avvDraftOptions>;

const linkedActivity = z.object({ id, name: z.string(), status: activityStatus });

export const processor = processorInput.extend({
  id,
  clientId: id,
  agreement: agreementFields,
  activities: z.array(linkedActivity),
  warnings: z.array(processorWarning),
  /** The options of the last draft, offered again. */
  draftOptions: avvDraftOptions,
  createdAt: instant,
  updatedAt: instant,
});
export type Processor = z.infer<typeof processor>;

export const processorSummary = z.object({
  id,
  name: z.string(),
  country: z.string(),
  countryKind,
  service: z.string(),
  status: avvStatus,
  signedOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  activityCount: z.number().int(),
  warnings: z.array(processorWarning),
});
export type ProcessorSummary = z.infer<typeof processorSummary>;

export const processorListInput = z.object({
  clientId: id,
  search: z.string().trim().max(200).default(''),
  status: z.union([avvStatus, z.literal('all')]).default('all'),
  countryKind: z.union([countryKind, z.literal('all')]).default('all'),
  attention: z.boolean().default(false),
});

export const processorList = z.object({
  items: z.array(processorSummary),
  /** Counts over the client's processors, before filters, for the filter chips and the badge. */
  counts: z.object({
    total: z.number().int(),
    attention: z.number().int(),
    byStatus: z.record(avvStatus, z.number().int()),
  }),
});
export type ProcessorList = z.infer<typeof processorList>;

export const avvSettings = z.object({
  /** After how many days a requested AVV that has not come back is flagged. */
  requestOverdueDays: z.number().int().min(1, failsWith('invalid')).max(365, failsWith('invalid')),
});

/** Where a gap is filled in the app, so the check can say where to go. */
export const avvGapPlace = z.enum(['client', 'processor', 'activity', 'links', 'options']);

export const avvGap = z.object({
  item: z.string(),
  place: avvGapPlace,
  /** The activity to open, for gaps in a linked activity. */
  activityId: id.nullable(),
  activityName: z.string(),
  /** The TOM area of an Annex III gap; null otherwise. */
  area: tomArea.nullable(),
  /** The sub-processor of an Annex IV gap; '' otherwise. */
  subProcessor: z.string(),
});
export type AvvGap = z.infer<typeof avvGap>;

export const avvCheck = z.object({ complete: z.boolean(), gaps: z.array(avvGap) });
export type AvvCheck = z.infer<typeof avvCheck>;

export const avvTemplate = z.object({
  id,
  name: z.string(),
  filename: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  placeholders: z.array(z.string()),
  createdAt: instant,
});
export type AvvTemplate = z.infer<typeof avvTemplate>;
