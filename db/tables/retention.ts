import type { ColumnType, Generated } from 'kysely';
import type { DeletionMethod, RunInterval, StartEvent } from '../../core/api';

// Tables of retention rules and the deletion log (migration 0005-retention).

/** Own retention periods users added to the catalogue; workspace-wide, for every client. */
export interface RetentionPeriodTable {
  id: Generated<number>;
  name: string;
  norm: string;
  note: string;
  period_amount: number;
  period_unit: 'days' | 'months' | 'years';
  year_end: number;
  start_event: StartEvent;
  start_description: string;
  method: DeletionMethod;
  created_at: string;
}

export interface RetentionRuleTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  description: string;
  catalogue_key: string | null;
  start_event: StartEvent;
  start_description: string;
  period_amount: number;
  period_unit: 'days' | 'months' | 'years';
  year_end: number;
  run_interval: RunInterval;
  method: DeletionMethod;
  norm: string;
  reason: string;
  /** JSON array of system names. */
  systems: string;
  responsible: string;
  legal_hold: number;
  hold_reason: string;
  created_at: string;
  updated_at: string;
  /** Migration 0010: 'closed_requests' marks the client's rule for its closed requests. */
  applies_to: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RetentionRuleActivityTable {
  rule_id: number;
  activity_id: number;
}

export interface RetentionRuleCategoryTable {
  rule_id: number;
  entry_id: number;
}

export interface DeletionRunTable {
  id: Generated<number>;
  client_id: number;
  rule_id: number | null;
  rule_name: string;
  run_date: string;
  system: string;
  deleted_count: number | null;
  description: string;
  method: DeletionMethod;
  person: string;
  created_at: string;
}

export interface RetentionTables {
  retention_periods: RetentionPeriodTable;
  retention_rules: RetentionRuleTable;
  retention_rule_activities: RetentionRuleActivityTable;
  retention_rule_categories: RetentionRuleCategoryTable;
  deletion_runs: DeletionRunTable;
}
