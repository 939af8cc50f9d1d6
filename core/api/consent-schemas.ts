import { z } from 'zod';
import { berlinDateTime, instantWithOffset } from './breach-schemas';
import {
  id,
  isoDate,
  language,
  optionalDate,
  optionalEmail,
  optionalText,
  requiredText,
} from './fields';
import { base64File, fileName } from './files';
import { failsWith, customIssue } from './validation';

// Consent to advertising (Art. 7 GDPR, § 7 and § 7a UWG): the wordings a client uses, the
// persons and what they consented to, when, how and with which wording. Outputs and the
// methods are in consent.ts.

/** The advertising channels of § 7 UWG and post. */
export const adChannels = ['email', 'phone', 'sms', 'fax', 'post'] as const;
export const adChannel = z.enum(adChannels);
export type AdChannel = z.infer<typeof adChannel>;

/** A consent wording as the client shows it (Einwilligungstext); one row per version. */
export const consentTextInput = z
  .object({
    /** What the wording is called at the client ("Newsletter-Anmeldung Website"). */
    name: requiredText(200),
    purpose: requiredText(2000),
    channels: z.array(adChannel).min(1, failsWith('consentChannels')).max(5),
    /** The advertiser the wording names (the client, or the brand it advertises under). */
    advertiser: optionalText(500),
    /** Partners named in the wording, one per line; empty = no partners. */
    partners: optionalText(4000),
    /** Which products or services the advertising is about. */
    productScope: optionalText(2000),
    privacyNoticeVersion: optionalText(100),
    language,
    /** The exact wording the person saw; its SHA-256 is kept with it. */
    text: requiredText(20000),
    validFrom: isoDate,
    validUntil: optionalDate,
    /** The box was ticked before the person acted (BGH I ZR 7/16: invalid). */
    preTicked: z.boolean().default(false),
    /** Consent is part of accepting the terms of business (Art. 7(4) GDPR). */
    coupledToTerms: z.boolean().default(false),
    /** The wording is part of a prize draw or sweepstake. */
    prizeDraw: z.boolean().default(false),
  })
  .superRefine((v, issue) => {
    if (v.validUntil && v.validUntil < v.validFrom) {
      issue.addIssue(customIssue(['validUntil'], 'validUntilBeforeFrom'));
    }
  });
export type ConsentTextInput = z.input<typeof consentTextInput>;
export type ConsentTextValues = z.output<typeof consentTextInput>;

/** A person whose consent is kept; matched to requests by e-mail, phone or reference. */
export const consentPersonInput = z.object({
  name: requiredText(200),
  email: optionalEmail,
  phone: optionalText(50),
  /** Customer number or account name in the client's systems. */
  reference: optionalText(100),
  /** A business (B2B) contact: phone advertising needs at least presumed consent. */
  business: z.boolean().default(false),
  /** B2B phone: why consent may be presumed (§ 7 Abs. 2 Nr. 1 UWG). */
  presumedConsentReason: optionalText(2000),
  /** § 7 Abs. 3 Nr. 1 UWG: the address came from the customer with a sale, on this date. */
  customerSaleOn: optionalDate,
  customerSaleNote: optionalText(500),
  /** § 7 Abs. 3 Nr. 2 UWG: the own similar goods or services the mails are about. */
  similarGoods: optionalText(1000),
  /** § 7 Abs. 3 Nr. 4 UWG: the notice of the right to object at collection ... */
  noticeAtCollection: z.boolean().default(false),
  /** ... and in every mail. */
  noticeInEveryMail: z.boolean().default(false),
});
export type ConsentPersonInput = z.input<typeof consentPersonInput>;
export type ConsentPersonValues = z.output<typeof consentPersonInput>;

/** What happened to a person's consent; recorded events are never changed. */
export const consentEventKinds = [
  'given',
  'doi_requested',
  'doi_confirmed',
  'phone_use',
  'withdrawn',
  'objected',
] as const;
export const consentEventKind = z.enum(consentEventKinds);
export type ConsentEventKind = z.infer<typeof consentEventKind>;

/** Where an event came from: the sign-up form, the counter, a call, an import, a request. */
export const consentSource = z.enum([
  'web_form',
  'paper_form',
  'shop_counter',
  'phone_call',
  'email',
  'letter',
  'import',
  'request',
  'other',
]);
export type ConsentSource = z.infer<typeof consentSource>;

/** How consent was given (the clear affirmative act of Art. 4(11) GDPR). */
export const consentMethod = z.enum([
  'unticked_checkbox',
  'signature',
  'recording',
  'verbal',
  'email_reply',
  'other',
]);
export type ConsentMethod = z.infer<typeof consentMethod>;

/** Art. 8 GDPR: the age (16 in Germany) or the guardian's consent, where it was checked. */
export const ageCheck = z.enum(['none', 'age16', 'guardian']);
export type AgeCheck = z.infer<typeof ageCheck>;

export const attachedMail = z.object({
  name: fileName,
  mimeType: z.string().trim().max(200).default('message/rfc822'),
  base64: base64File,
});

export const consentEventInput = z.object({
  kind: consentEventKind,
  at: instantWithOffset,
  /** The wording version the person saw (required for "given"). */
  textId: id.nullable().default(null),
  /** Given: the channels consented to (empty = the wording's); withdrawn: empty = all. */
  channels: z.array(adChannel).max(5).default([]),
  source: consentSource.nullable().default(null),
  /** The form's URL, the paper form's number, the campaign. */
  sourceDetail: optionalText(1000),
  method: consentMethod.nullable().default(null),
  ageCheck: ageCheck.default('none'),
  ip: optionalText(64),
  userAgent: optionalText(1000),
  /** The hash of the double opt-in token (never the token itself). */
  tokenHash: optionalText(128),
  note: optionalText(2000),
  /** Double opt-in confirmed: the confirmation mail, kept with the person's files. */
  file: attachedMail.nullable().default(null),
});
export type ConsentEventInput = z.input<typeof consentEventInput>;
export type ConsentEventValues = z.output<typeof consentEventInput>;

/** The same fields as the form holds them: the time as a Berlin wall-clock value. */
export const consentEventForm = consentEventInput.extend({ at: berlinDateTime });
export type ConsentEventFormInput = z.input<typeof consentEventForm>;

/** The fields a CSV column can fill; one column per field at most. */
export const importFields = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'reference',
  'business',
  'givenAt',
  'sourceDetail',
  'ip',
  'userAgent',
  'doiRequestedAt',
  'doiConfirmedAt',
  'withdrawnAt',
] as const;
export const importField = z.enum(importFields);
export type ImportField = z.infer<typeof importField>;

/** Field -> the header of the column that fills it ('' = none). */
export const columnMapping = z.partialRecord(importField, z.string().max(200));
export type ColumnMapping = z.infer<typeof columnMapping>;

export const csvEncoding = z.enum(['auto', 'utf-8', 'windows-1252']);
export type CsvEncoding = z.infer<typeof csvEncoding>;

export const importFile = z.object({
  clientId: id,
  name: fileName,
  base64: base64File,
  /** 'auto' detects UTF-8 (with or without BOM) or Windows-1252 and says which it found. */
  encoding: csvEncoding.default('auto'),
  /** null: the saved mapping, or one proposed from the headers. */
  mapping: columnMapping.nullable().default(null),
  /** The wording version the list's persons consented with (checked against its dates). */
  textId: id.nullable().default(null),
});

export const importInput = importFile.extend({
  mapping: columnMapping,
  /** The wording version the list's persons consented with. */
  textId: id,
  source: consentSource.default('import'),
  /** How the list's persons consented, e.g. the web form with a checkbox. */
  method: consentMethod.default('unticked_checkbox'),
  saveMapping: z.boolean().default(true),
});

export const personListInput = z.object({
  clientId: id,
  search: z.string().trim().max(200).default(''),
  /** Only persons for whom this channel is allowed now (or not allowed). */
  channel: adChannel.nullable().default(null),
  status: z.enum(['all', 'allowed', 'not_allowed', 'suppressed']).default('all'),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(10_000_000).default(0),
});
