import { z } from 'zod';
import { id, instant, language, optionalText, requiredText } from './fields';

/** Every kind of record the audit log knows; later modules' records are listed up front. */
export const auditEntity = z.enum([
  'client',
  'activity',
  'catalogue',
  'processor',
  'attachment',
  'avv_template',
  'request',
  'retention_rule',
  'deletion_run',
  'retention_period',
  'breach',
  'consent_text',
  'consent_person',
  'consent_import',
  /** The DPIA screening and record of an activity (entityId: the activity's id). */
  'dpia',
  /** The workspace file itself (its passphrase was set, changed or removed). */
  'workspace',
]);
export type AuditEntity = z.infer<typeof auditEntity>;

export const auditEntry = z.object({
  id,
  at: instant,
  actor: z.string(),
  clientId: z.number().int().nullable(),
  entity: auditEntity,
  entityId: z.number().int(),
  /** 'redact': personal data of a deleted record was removed from its earlier entries. */
  action: z.enum(['create', 'update', 'delete', 'redact']),
  /** Field name -> [before, after]; only the fields that changed. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  label: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** The result of checking the audit log's hash chain (db/audit-chain.ts). */
export const auditVerification = z.object({
  intact: z.boolean(),
  entries: z.number().int(),
  /** The id of the first entry that was changed, removed or inserted outside the app. */
  firstBroken: z.number().int().nullable(),
});
export type AuditVerification = z.infer<typeof auditVerification>;

export const auditListInput = z.object({
  clientId: id.optional(),
  entity: auditEntity.optional(),
  entityId: id.optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});

export const attentionItem = z.object({
  /** Each module adds its kinds here; the home screen translates `home:kind.<kind>`. */
  kind: z.enum([
    'register_empty',
    'activity_incomplete',
    'activity_unconfirmed',
    'review_due',
    'review_soon',
    // processors and AVV
    'avv_missing',
    'avv_request_overdue',
    'avv_review_due',
    'avv_end_reached',
    // data subject requests
    'request_overdue',
    'request_due_soon',
    // retention and deletion
    'deletion_run_overdue',
    // personal data breaches: the 72-hour clock runs, or has run out
    'breach_clock_running',
    'breach_clock_passed',
    /** Closed requests whose retention has passed (details: their numbers, "#12"). */
    'closed_requests_due',
    // drafts to review: an activity still in draft, a prepared reply awaiting its four-eyes review
    'activity_draft',
    'reply_to_review',
    /** A screening found a DPIA needed (Art. 35) and none is recorded yet. */
    'dpia_needed',
  ]),
  entity: auditEntity,
  entityId: id,
  title: z.string(),
  /** ISO date relevant to the item (e.g. the review date). */
  date: z.string().nullable(),
  /** Codes the renderer translates (missing Art. 30 items, unconfirmed template fields), or names (AVV: activities). */
  details: z.array(z.string()),
  /** For avv_missing: the draft activities among those concerned, shown marked as draft. */
  drafts: z.array(z.string()).optional(),
});
export type AttentionItem = z.infer<typeof attentionItem>;

/** core/rules/attention-urgency.ts: urgent (a date passed, a clock runs), soon, to review. */
export const urgency = z.enum(['urgent', 'soon', 'review']);
/** A client's traffic light; the screens show it with a word, never by colour alone. */
export const trafficLight = z.enum(['red', 'amber', 'green']);

/** Open items of a client by urgency. */
export const urgencyCounts = z.object({
  urgent: z.number().int(),
  soon: z.number().int(),
  review: z.number().int(),
});

/** An attention item of one of the clients, as the cockpit lists it. */
export const cockpitItem = attentionItem.extend({
  clientId: id,
  clientName: z.string(),
  urgency,
});
export type CockpitItem = z.infer<typeof cockpitItem>;

export const preferences = z.object({
  userName: requiredText(100),
  /** The user's role or title under their name when they sign a letter. */
  userRole: optionalText(100),
  language,
});
export type Preferences = z.infer<typeof preferences>;
export type PreferencesInput = z.input<typeof preferences>;

export const workspaceInfo = z.object({
  path: z.string(),
  recent: z.array(z.string()),
  mode: z.enum(['desktop', 'browser']),
  version: z.string(),
  schemaVersion: z.string(),
  /** Whether the open file is encrypted with a passphrase (SQLCipher). */
  encrypted: z.boolean(),
  /** The file opened at start: it cannot be encrypted (the start asks for no passphrase). */
  opensAtStart: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;

/** A file path typed by the user (browser mode) or chosen in a dialog (desktop). */
export const filePath = z.object({ path: requiredText(4096) });

export const exportFormat = z.enum(['docx', 'csv', 'json']);
export type ExportFormat = z.infer<typeof exportFormat>;

export const exportedFile = z.object({
  filename: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  createdAt: instant,
});
export type ExportedFile = z.infer<typeof exportedFile>;

export const templateSummary = z.object({
  key: z.string(),
  name: z.string(),
  purposes: z.string(),
});
