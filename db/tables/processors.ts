import type { Generated } from 'kysely';
import type { AvvStatus, Safeguard } from '../../core/api';

// Tables of processors and their AVV (migration 0003-processors).

export interface ProcessorTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  country_kind: 'eu_eea' | 'adequacy' | 'third_country';
  safeguard: Safeguard;
  safeguard_note: string;
  /** Transfer impact assessment (migration 0006). */
  tia_done_on: string | null;
  tia_reference: Generated<string>;
  legal_representative: Generated<string>;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  service: string;
  dpo_name: string;
  dpo_email: string;
  dpo_phone: string;
  /** JSON array of sub-processors. */
  sub_processors: string;
  /** JSON array of { area, description }. */
  toms: string;
  avv_status: Generated<AvvStatus>;
  avv_not_required_reason: Generated<string>;
  avv_requested_on: string | null;
  avv_draft_sent_on: string | null;
  avv_signed_on: string | null;
  avv_version: Generated<string>;
  avv_review_on: string | null;
  avv_ends_on: string | null;
  /** JSON object: the draft options last used, offered again next time. */
  draft_options: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface ProcessorActivityTable {
  processor_id: number;
  activity_id: number;
}

export interface AvvSettingsTable {
  client_id: number;
  request_overdue_days: number;
}

export interface AvvTemplateTable {
  id: Generated<number>;
  name: string;
  filename: string;
  size: number;
  sha256: string;
  /** JSON array of the placeholders the template uses. */
  placeholders: string;
  data: Uint8Array;
  created_at: string;
}

export interface ProcessorTables {
  processors: ProcessorTable;
  processor_activities: ProcessorActivityTable;
  avv_settings: AvvSettingsTable;
  avv_templates: AvvTemplateTable;
}
