import type { ColumnType, Generated } from 'kysely';
import type {
  IdentityMethod,
  RefusalGround,
  RequestChannel,
  RequestKind,
  RequestState,
} from '../../core/api';

/** A column with a default in the table: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

// Tables of the data subject requests (migrations 0004-requests, 0007-request-replies,
// 0010-four-eyes-and-request-retention).

export interface RequestTable {
  id: Generated<number>;
  client_id: number;
  kind: RequestKind;
  state: Defaulted<RequestState>;
  channel: RequestChannel;
  received_on: string;
  received_time: Defaulted<string>;
  requester_name: string;
  requester_email: Defaulted<string>;
  requester_phone: Defaulted<string>;
  requester_address: Defaulted<string>;
  requester_reference: Defaulted<string>;
  description: Defaulted<string>;
  /** The effective Art. 12(3) due date, kept in the row so inbox filters use an index. */
  due_on: string;
  extension_on: string | null;
  extension_reason: Defaulted<string>;
  interim_on: string | null;
  interim_note: Defaulted<string>;
  identity_method: IdentityMethod | null;
  identity_by: Defaulted<string>;
  identity_on: string | null;
  identity_note: Defaulted<string>;
  identity_requested_on: string | null;
  identity_received_on: string | null;
  identity_override: Defaulted<string>;
  review_by: Defaulted<string>;
  reviewed_at: string | null;
  /** JSON array of confirmed checklist items. */
  review_checks: Defaulted<string>;
  review_note: Defaulted<string>;
  copy_description: Defaulted<string>;
  automated_decisions: Defaulted<string>;
  reply_text: Defaulted<string>;
  refusal_ground: RefusalGround | null;
  refusal_note: Defaulted<string>;
  sent_at: string | null;
  closed_at: string | null;
  created_at: string;
  // migration 0007-request-replies
  sent_on: string | null;
  sent_time: Defaulted<string>;
  signer_name: Defaulted<string>;
  signer_role: Defaulted<string>;
  identity_known_email: Defaulted<string>;
  identity_known_phone: Defaulted<string>;
  identity_known_address: Defaulted<string>;
  /** JSON of the kind-specific reply fields (rectification, erasure, restriction, objection). */
  outcome: Defaulted<string>;
  /** JSON of what the sent reply was built from; null until the reply is sent. */
  reply_snapshot: string | null;
  recipients_skip_reason: Defaulted<string>;
  // migration 0010: who prepared (last saved) the reply, reviewed and sent it; by the user
  // name in Settings and the operating-system account.
  prepared_by: Defaulted<string>;
  prepared_account: Defaulted<string>;
  prepared_at: string | null;
  review_account: Defaulted<string>;
  sent_by: Defaulted<string>;
  sent_account: Defaulted<string>;
  updated_at: string;
}

export interface RequestSubjectTable {
  request_id: number;
  entry_id: number;
}

export interface RequestActivityTable {
  request_id: number;
  activity_id: number;
}

export interface RequestRecipientTable {
  id: Generated<number>;
  request_id: number;
  position: Defaulted<number>;
  name: string;
  done_on: string | null;
  done_by: Defaulted<string>;
}

export interface RequestTables {
  requests: RequestTable;
  request_subjects: RequestSubjectTable;
  request_activities: RequestActivityTable;
  request_recipients: RequestRecipientTable;
}
