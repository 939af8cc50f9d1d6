import type { ColumnType } from 'kysely';
import type { DpiaOutcome, ScreeningResult } from '../../core/api';

/** A column with a default in the table: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

// The DPIA of an activity (migration 0017-dpia): its screening and its record.
export interface DpiaAssessmentTable {
  activity_id: number;
  /** JSON of the screening answers; NULL until screened. */
  answers: Defaulted<string | null>;
  rule_result: Defaulted<ScreeningResult | null>;
  result: Defaulted<ScreeningResult | null>;
  /** JSON array of reason codes. */
  reasons: Defaulted<string>;
  deviation_reason: Defaulted<string>;
  screened_by: Defaulted<string>;
  screened_at: Defaulted<string | null>;
  dpia_date: Defaulted<string | null>;
  dpia_reference: Defaulted<string>;
  dpia_outcome: Defaulted<DpiaOutcome | null>;
  dpia_note: Defaulted<string>;
  recorded_by: Defaulted<string>;
  recorded_at: Defaulted<string | null>;
}

export interface DpiaTables {
  dpia_assessments: DpiaAssessmentTable;
}
