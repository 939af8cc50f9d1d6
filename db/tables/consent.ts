import type { ColumnType, Generated } from 'kysely';
import type {
  AgeCheck,
  ConsentEventKind,
  ConsentMethod,
  ConsentSource,
  Language,
} from '../../core/api';

/** A column with a default in the table: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** 0 or 1 (SQLite has no boolean; PostgreSQL would hold a smallint the same way). */
type Flag = Defaulted<number>;

// Tables of the consent records (migration 0012-consent). Instants are UTC ISO text.

export interface ConsentTextTable {
  id: Generated<number>;
  client_id: number;
  /** The first version's id; null on the first version itself. */
  series_id: number | null;
  version: Defaulted<number>;
  name: string;
  purpose: Defaulted<string>;
  /** JSON array of advertising channels. */
  channels: Defaulted<string>;
  advertiser: Defaulted<string>;
  partners: Defaulted<string>;
  product_scope: Defaulted<string>;
  privacy_notice_version: Defaulted<string>;
  language: Language;
  /** The exact wording. */
  body: string;
  sha256: string;
  valid_from: string;
  valid_until: string | null;
  pre_ticked: Flag;
  coupled_to_terms: Flag;
  prize_draw: Flag;
  created_at: string;
  updated_at: string;
}

export interface ConsentPersonTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  email: Defaulted<string>;
  phone: Defaulted<string>;
  reference: Defaulted<string>;
  /** Normalised contact details for matching (core/rules/consent-match.ts). */
  email_key: Defaulted<string>;
  phone_key: Defaulted<string>;
  reference_key: Defaulted<string>;
  business: Flag;
  presumed_reason: Defaulted<string>;
  customer_sale_on: string | null;
  customer_sale_note: Defaulted<string>;
  similar_goods: Defaulted<string>;
  notice_at_collection: Flag;
  notice_in_every_mail: Flag;
  /** The channel verdicts as of the last write to the person or its events. */
  allowed_email: Flag;
  allowed_phone: Flag;
  allowed_sms: Flag;
  allowed_fax: Flag;
  allowed_post: Flag;
  suppressed: Flag;
  keep_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConsentEventTable {
  id: Generated<number>;
  person_id: number;
  client_id: number;
  kind: ConsentEventKind;
  at: string;
  text_id: number | null;
  /** JSON array of advertising channels. */
  channels: Defaulted<string>;
  source: ConsentSource | null;
  source_detail: Defaulted<string>;
  method: ConsentMethod | null;
  age_check: Defaulted<AgeCheck>;
  ip: Defaulted<string>;
  user_agent: Defaulted<string>;
  token_hash: Defaulted<string>;
  note: Defaulted<string>;
  request_id: number | null;
  import_id: number | null;
  attachment_id: number | null;
  recorded_by: Defaulted<string>;
  recorded_at: string;
}

export interface ConsentImportTable {
  id: Generated<number>;
  client_id: number;
  file_name: string;
  sha256: string;
  encoding: string;
  delimiter: string;
  rows: number;
  created: number;
  updated: number;
  events: number;
  /** JSON of the column mapping used. */
  mapping: string;
  imported_by: Defaulted<string>;
  imported_at: string;
}

export interface ConsentMappingTable {
  client_id: number;
  mapping: string;
  updated_at: string;
}

export interface ConsentTables {
  consent_texts: ConsentTextTable;
  consent_persons: ConsentPersonTable;
  consent_events: ConsentEventTable;
  consent_imports: ConsentImportTable;
  consent_mappings: ConsentMappingTable;
}
