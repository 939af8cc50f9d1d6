// Consent to advertising (Art. 7 GDPR, § 7, § 7a UWG): the wordings, the persons with their
// consent events, what each channel allows now, the CSV import and the suppression list.
// Input schemas are in consent-schemas.ts; contract.ts spreads `consentMethods`.
import { z } from 'zod';
import {
  adChannel,
  ageCheck,
  consentEventInput,
  consentEventKind,
  consentMethod,
  consentPersonInput,
  consentSource,
  consentTextInput,
  columnMapping,
  csvEncoding,
  importField,
  importFile,
  importInput,
  personListInput,
} from './consent-schemas';
import { id, instant, language } from './fields';
import { byId, method, ok } from './method';
import { exportedFile } from './system';

export * from './consent-schemas';

/** What the wording check finds (core/rules/consent-wording.ts); the screen explains each. */
export const wordingFinding = z.enum([
  'noAdvertiser',
  'openPartners',
  'unboundedScope',
  'coupledToTerms',
  'preTicked',
  'noWithdrawalNotice',
  'phoneInPrizeDraw',
]);
export type WordingFinding = z.infer<typeof wordingFinding>;

export const consentText = z.object({
  id,
  clientId: id,
  name: z.string(),
  purpose: z.string(),
  channels: z.array(adChannel),
  advertiser: z.string(),
  partners: z.string(),
  productScope: z.string(),
  privacyNoticeVersion: z.string(),
  language,
  text: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  preTicked: z.boolean(),
  coupledToTerms: z.boolean(),
  prizeDraw: z.boolean(),
  /** 1, 2, ... within the wording's versions; `seriesId` is the first version's id. */
  version: z.number().int(),
  seriesId: id,
  /** SHA-256 (hex) of the exact text as UTF-8. */
  sha256: z.string(),
  /** Consent events recorded with this version: once used, it is never changed. */
  usedCount: z.number().int(),
  /** The newer version that replaces this one, if any. */
  replacedBy: id.nullable(),
  findings: z.array(wordingFinding),
  createdAt: instant,
});
export type ConsentText = z.infer<typeof consentText>;

/** Why advertising on a channel is allowed now, or why not. */
export const channelBasis = z.enum([
  'consent_doi',
  'consent',
  'existing_customer',
  'presumed_b2b',
  'no_objection',
]);
export type ChannelBasis = z.infer<typeof channelBasis>;

export const channelReason = z.enum([
  'withdrawn',
  'objected',
  'noConsent',
  'doiMissing',
  'doiPending',
  'doiNotForPhone',
  'ecSaleMissing',
  'ecSimilarMissing',
  'ecNoticeMissing',
  'ecObjected',
  'noPresumedReason',
  'phoneConsentOnline',
]);
export type ChannelReason = z.infer<typeof channelReason>;

export const channelVerdict = z.object({
  channel: adChannel,
  allowed: z.boolean(),
  basis: channelBasis.nullable(),
  /** Not allowed: what is missing or what stopped it; allowed: what to keep in mind. */
  reasons: z.array(channelReason),
  /** The instant the basis or the stop dates from. */
  since: instant.nullable(),
});
export type ChannelVerdict = z.infer<typeof channelVerdict>;

/** How long the evidence is kept (phone: § 7a Abs. 2 Satz 1 UWG). */
export const keepUntil = z.object({
  date: z.string().nullable(),
  basis: z.enum(['phone_7a', 'no_statutory_period']),
  /** The day the five years run from: the phone consent or its last use. */
  from: z.string().nullable(),
  /** The catalogue's deletion rule, and the client's rule made from it (if any). */
  catalogueKey: z.string(),
  ruleId: id.nullable(),
  ruleName: z.string().nullable(),
});
export type KeepUntil = z.infer<typeof keepUntil>;

export const consentEvent = z.object({
  id,
  kind: consentEventKind,
  at: instant,
  text: z.object({ id, name: z.string(), version: z.number().int() }).nullable(),
  channels: z.array(adChannel),
  source: consentSource.nullable(),
  sourceDetail: z.string(),
  method: consentMethod.nullable(),
  ageCheck,
  ip: z.string(),
  userAgent: z.string(),
  tokenHash: z.string(),
  note: z.string(),
  /** The request the event came from (a withdrawal or objection request). */
  requestId: id.nullable(),
  /** The import the event came from. */
  importId: id.nullable(),
  /** The confirmation mail among the person's files. */
  attachmentId: id.nullable(),
  recordedBy: z.string(),
  recordedAt: instant,
});
export type ConsentEvent = z.infer<typeof consentEvent>;

export const consentPerson = consentPersonInput.extend({
  id,
  clientId: id,
  clientName: z.string(),
  events: z.array(consentEvent),
  channels: z.array(channelVerdict),
  /** Channels blocked by a withdrawal or objection: the person is on the suppression list. */
  suppressed: z.array(adChannel),
  keepUntil,
  createdAt: instant,
  updatedAt: instant,
});
export type ConsentPerson = z.infer<typeof consentPerson>;

export const personSummary = z.object({
  id,
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  reference: z.string(),
  business: z.boolean(),
  allowed: z.array(adChannel),
  suppressed: z.boolean(),
  keepUntil: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const channelStatus = z.object({
  persons: z.number().int(),
  suppressed: z.number().int(),
  channels: z.array(z.object({ channel: adChannel, allowed: z.number().int() })),
});
export type ChannelStatus = z.infer<typeof channelStatus>;

/** One row's problem in an import: the row number as in the file (header = 1). */
export const importIssue = z.object({
  row: z.number().int(),
  field: importField.or(z.literal('')),
  key: z.string(),
});
export type ImportIssue = z.infer<typeof importIssue>;

export const importPreview = z.object({
  encoding: csvEncoding.exclude(['auto']),
  /** The encoding was detected, not chosen: the screen says so. */
  detected: z.boolean(),
  delimiter: z.enum([';', ',', '\t']),
  headers: z.array(z.string()),
  mapping: columnMapping,
  /** The mapping came from the one saved with the last import. */
  savedMapping: z.boolean(),
  rows: z.number().int(),
  /** The first rows as they would be imported. */
  sample: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      email: z.string(),
      phone: z.string(),
      reference: z.string(),
      givenAt: instant.nullable(),
      existing: z.boolean(),
    }),
  ),
  newPersons: z.number().int(),
  existingPersons: z.number().int(),
  issues: z.array(importIssue),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importResult = z.object({
  importId: id,
  created: z.number().int(),
  updated: z.number().int(),
  events: z.number().int(),
});

export const requestConsent = z.object({
  /** The request asks to withdraw or object to advertising: the withdrawal can be recorded. */
  withdraws: z.boolean(),
  persons: z.array(consentPerson),
});
export type RequestConsent = z.infer<typeof requestConsent>;

export const consentMethods = {
  'consent.listTexts': method(
    z.object({ clientId: id }),
    z.array(consentText),
    "A client's consent wordings, every version, with the wording check's findings.",
  ),
  'consent.getText': method(byId, consentText, 'One version of a consent wording.'),
  'consent.createText': method(
    z.object({ clientId: id, text: consentTextInput, replacesId: id.nullable().default(null) }),
    consentText,
    'Records a consent wording, or a new version of one (replacesId); keeps the SHA-256 of its text.',
  ),
  'consent.updateText': method(
    z.object({ id, text: consentTextInput }),
    consentText,
    'Corrects a wording no consent was recorded with yet; a used one gets a new version instead.',
  ),
  'consent.deleteText': method(byId, ok, 'Deletes a wording no consent was recorded with.'),
  'consent.persons': method(
    personListInput,
    z.object({ total: z.number().int(), rows: z.array(personSummary) }),
    "A page of a client's persons with the channels allowed now, by name.",
  ),
  'consent.getPerson': method(
    byId,
    consentPerson,
    'One person with every consent event, per channel whether advertising is allowed now and why, and the keep-until date.',
  ),
  'consent.createPerson': method(
    z.object({ clientId: id, person: consentPersonInput }),
    consentPerson,
    'Records a person (unique by e-mail within the client).',
  ),
  'consent.updatePerson': method(
    z.object({ id, person: consentPersonInput }),
    consentPerson,
    "Changes a person's details, B2B reason and § 7(3) UWG conditions.",
  ),
  'consent.deletePerson': method(
    byId,
    ok,
    'Deletes a person with the events once the evidence need not be kept any longer.',
  ),
  'consent.recordEvent': method(
    z.object({ personId: id, event: consentEventInput }),
    consentPerson,
    'Records consent given, double opt-in requested or confirmed (with the mail), a phone use, a withdrawal or an objection.',
  ),
  'consent.channelStatus': method(
    z.object({ clientId: id }),
    channelStatus,
    "How many of a client's persons may be advertised to now, per channel, and how many are suppressed.",
  ),
  'consent.previewImport': method(
    importFile,
    importPreview,
    'Reads a CSV export (UTF-8 or Windows-1252, ";" or ","): headers, the mapping, a sample and every row problem; writes nothing.',
  ),
  'consent.importFile': method(
    importInput,
    importResult,
    'Imports the persons of a CSV export with their consent events: all rows or, on any problem, none.',
  ),
  'consent.exportSuppression': method(
    z.object({ clientId: id, language }),
    exportedFile,
    'The suppression list (everyone who withdrew or objected) as CSV.',
  ),
  'consent.forRequest': method(
    byId,
    requestConsent,
    "The persons a data subject request's requester matches by e-mail, phone or reference, with their consent history.",
  ),
  'consent.recordFromRequest': method(
    byId,
    requestConsent,
    'Records the withdrawal or objection of a request on every matched person, with the request as its source.',
  ),
} as const;
