import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Land } from '../core/api';
import type { BreachTables } from './tables/breaches';
import type { ConsentTables } from './tables/consent';
import type { DpiaTables } from './tables/dpia';
import type { RequestTables } from './tables/requests';
import type { RegisterImportTables } from './tables/register-import';
import type { ProcessorTables } from './tables/processors';
import type { RetentionTables } from './tables/retention';

// One interface per table. JSON columns hold text; repos map rows to domain objects.
export interface ClientTable {
  id: Generated<number>;
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  email: string;
  phone: string;
  website: string;
  legal_representative: string;
  eu_representative: string;
  dpo_name: string;
  dpo_email: string;
  dpo_phone: string;
  dpo_address: string;
  land: Land;
  created_at: string;
  updated_at: string;
}

export interface CatalogueEntryTable {
  id: Generated<number>;
  client_id: number;
  kind: 'subject' | 'data' | 'recipient';
  name: string;
  special: 'none' | 'art9' | 'art10';
  recipient_type: 'internal' | 'external' | 'third_country' | null;
  country: string;
}

export interface ActivityTable {
  id: Generated<number>;
  client_id: number;
  number: string;
  name: string;
  purposes: string;
  /** JSON array of legal basis codes. */
  legal_bases: string;
  national_norm: string;
  joint_controllers: string;
  /** JSON array of transfers. */
  transfers: string;
  retention: string;
  toms: string;
  toms_reference: string;
  department: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  it_systems: string;
  data_source: string;
  dpia_status: string;
  dpia_reason: string;
  status: 'draft' | 'active' | 'archived';
  next_review: string | null;
  /** The starter template the activity was created from (migration 0008). */
  template_key: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON array of template fields not yet confirmed by the user (migration 0008). */
  unconfirmed: ColumnType<string, string | undefined, string>;
  /** JSON array of missing Art. 30 items as of the last write; NULL until checked (migration 0013). */
  missing: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 when nothing is missing or unconfirmed; NULL until checked (migration 0013). */
  complete: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: string;
  updated_at: string;
}

export interface ActivityCategoryTable {
  activity_id: number;
  entry_id: number;
  position: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  client_id: number | null;
  entity: string;
  entity_id: number;
  action: 'create' | 'update' | 'delete' | 'redact';
  /** JSON object: field -> [before, after]. */
  changes: string;
  label: string;
  /** The hash chain (db/audit-chain.ts, migration 0009). */
  prev_hash: string;
  content_hash: string;
  hash: string;
  /** The redaction entry that removed this entry's personal data, if any. */
  redacted_by: number | null;
}

export interface AttachmentTable {
  id: Generated<number>;
  client_id: number;
  owner_type: string;
  owner_id: number;
  role: string;
  name: string;
  mime_type: string;
  size: number;
  sha256: string;
  data: Uint8Array;
  created_at: string;
}

export interface MetaTable {
  key: string;
  value: ColumnType<string, string, string>;
}

export interface Database {
  clients: ClientTable;
  catalogue_entries: CatalogueEntryTable;
  activities: ActivityTable;
  activity_categories: ActivityCategoryTable;
  audit_log: AuditLogTable;
  meta: MetaTable;
  attachments: AttachmentTable;
  // processors and AVV: db/tables/processors.ts
  processors: ProcessorTables['processors'];
  processor_activities: ProcessorTables['processor_activities'];
  avv_settings: ProcessorTables['avv_settings'];
  avv_templates: ProcessorTables['avv_templates'];
  // retention: db/tables/retention.ts
  retention_periods: RetentionTables['retention_periods'];
  retention_rules: RetentionTables['retention_rules'];
  retention_rule_activities: RetentionTables['retention_rule_activities'];
  retention_rule_categories: RetentionTables['retention_rule_categories'];
  deletion_runs: RetentionTables['deletion_runs'];
  // data subject requests: db/tables/requests.ts
  requests: RequestTables['requests'];
  request_subjects: RequestTables['request_subjects'];
  request_activities: RequestTables['request_activities'];
  request_recipients: RequestTables['request_recipients'];
  // personal data breaches: db/tables/breaches.ts
  breaches: BreachTables['breaches'];
  breach_notices: BreachTables['breach_notices'];
  breach_categories: BreachTables['breach_categories'];
  breach_activities: BreachTables['breach_activities'];
  breach_processors: BreachTables['breach_processors'];
  // consent to advertising: db/tables/consent.ts
  consent_texts: ConsentTables['consent_texts'];
  consent_persons: ConsentTables['consent_persons'];
  consent_events: ConsentTables['consent_events'];
  consent_imports: ConsentTables['consent_imports'];
  consent_mappings: ConsentTables['consent_mappings'];
  // register import: db/tables/register-import.ts
  register_import_mappings: RegisterImportTables['register_import_mappings'];
  // DPIA screening and record of an activity: db/tables/dpia.ts
  dpia_assessments: DpiaTables['dpia_assessments'];
  // Later modules declare their table interfaces in db/tables/<feature>.ts and add them here.
}

export type ClientRow = Selectable<ClientTable>;
export type NewClientRow = Insertable<ClientTable>;
export type ClientUpdate = Updateable<ClientTable>;
export type ActivityRow = Selectable<ActivityTable>;
export type NewActivityRow = Insertable<ActivityTable>;
export type CatalogueEntryRow = Selectable<CatalogueEntryTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
