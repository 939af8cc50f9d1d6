import type { ColumnType, Generated } from 'kysely';
import type {
  Art34Ground,
  BreachState,
  InformChannel,
  NoticeChannel,
  NoticeKind,
  RiskLevel,
} from '../../core/api';

/** A column with a default in the table: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

// Tables of the breach log (migration 0011-breaches). Instants are UTC ISO text.

export interface BreachTable {
  id: Generated<number>;
  client_id: number;
  /** Printed on the notices; stored at creation (migration 0015), so it never changes. */
  reference: Generated<string>;
  title: string;
  starter: string | null;
  description: Defaulted<string>;
  occurred_from: string | null;
  occurred_to: string | null;
  aware_at: string;
  discovered_by: Defaulted<string>;
  reported_by: Defaulted<string>;
  /** JSON array of breach kinds. */
  kinds: Defaulted<string>;
  subjects_count: number | null;
  records_count: number | null;
  count_note: Defaulted<string>;
  systems: Defaulted<string>;
  consequences: Defaulted<string>;
  measures_taken: Defaulted<string>;
  measures_proposed: Defaulted<string>;
  at_processor_id: number | null;
  processor_aware_at: string | null;
  processor_notice_at: string | null;
  risk_level: ColumnType<RiskLevel | null, RiskLevel | null | undefined, RiskLevel | null>;
  /** JSON of the EDPB criteria as rated. */
  risk_criteria: ColumnType<string | null, string | null | undefined, string | null>;
  risk_reasons: Defaulted<string>;
  art34_ground: ColumnType<Art34Ground | null, Art34Ground | null | undefined, Art34Ground | null>;
  art34_note: Defaulted<string>;
  assessed_at: ColumnType<string | null, string | null | undefined, string | null>;
  assessed_by: Defaulted<string>;
  informed_at: ColumnType<string | null, string | null | undefined, string | null>;
  informed_channel: ColumnType<
    InformChannel | null,
    InformChannel | null | undefined,
    InformChannel | null
  >;
  informed_note: Defaulted<string>;
  state: Defaulted<BreachState>;
  closed_at: ColumnType<string | null, string | null | undefined, string | null>;
  closing_note: Defaulted<string>;
  created_at: string;
  updated_at: string;
}

export interface BreachNoticeTable {
  id: Generated<number>;
  breach_id: number;
  kind: NoticeKind;
  at: string;
  channel: NoticeChannel;
  reference: Defaulted<string>;
  note: Defaulted<string>;
  delay_reason: Defaulted<string>;
  recorded_by: Defaulted<string>;
  recorded_at: string;
}

export interface BreachCategoryTable {
  breach_id: number;
  entry_id: number;
}

export interface BreachActivityTable {
  breach_id: number;
  activity_id: number;
}

export interface BreachProcessorTable {
  breach_id: number;
  processor_id: number;
}

export interface BreachTables {
  breaches: BreachTable;
  breach_notices: BreachNoticeTable;
  breach_categories: BreachCategoryTable;
  breach_activities: BreachActivityTable;
  breach_processors: BreachProcessorTable;
}
