import type {
  IdentityMethod,
  Land,
  RecipientTask,
  RequestOutcome,
  RefusalGround,
  RequestState,
  RequestValues,
} from '../../core/api';
import { openStates } from '../../core/api';
import type { Selectable } from 'kysely';
import type { ReplySnapshot } from '../../core/documents/requests-letter-frame';
import type { RequestTable } from '../tables/requests';
import type { Db, WritableDb } from './audit.repo';

/** A request as stored, with its links; deadlines and guidance are added by the handler. */
export interface StoredRequest extends Omit<RequestValues, 'subjectIds'> {
  id: number;
  clientId: number;
  clientName: string;
  land: Land;
  state: RequestState;
  subjects: { id: number; name: string }[];
  subjectIds: number[];
  due: string;
  extension: { on: string; reason: string } | null;
  interim: { on: string; reason: string } | null;
  identity: {
    method: IdentityMethod;
    checkedBy: string;
    checkedOn: string;
    note: string;
    requestedOn: string | null;
    receivedOn: string | null;
    knownEmail: string;
    knownPhone: string;
    knownAddress: string;
  } | null;
  identityOverride: string;
  /** The last save of the reply (or its step into review): name, account, instant. */
  preparedBy: { name: string; account: string; at: string } | null;
  review: {
    reviewer: string;
    account: string;
    at: string;
    checks: string[];
    note: string;
  } | null;
  sentBy: { name: string; account: string } | null;
  reply: {
    activityIds: number[];
    copyDescription: string;
    automatedDecisions: string;
    replyText: string;
    outcome: RequestOutcome;
  };
  refusal: { ground: RefusalGround; note: string } | null;
  sentAt: string | null;
  sentOn: string | null;
  sentTime: string;
  /** What the sent reply was built from; null until the reply is sent. */
  snapshot: ReplySnapshot | null;
  closedAt: string | null;
  recipients: RecipientTask[];
  recipientsSkipReason: string;
  /** Set on the request; empty = the name and role in Settings. */
  signerName: string;
  signerRole: string;
  createdAt: string;
  updatedAt: string;
}

type Row = Selectable<RequestTable> & { client_name: string; land: Land };

const emptyOutcome: RequestOutcome = {
  corrections: '',
  erasureItems: [],
  restrictionGround: null,
  restrictedData: '',
  objectionType: null,
  stoppedProcessing: '',
};

export const valuesToRow = (v: Omit<RequestValues, 'subjectIds'>) => ({
  kind: v.kind,
  channel: v.channel,
  received_on: v.receivedOn,
  received_time: v.receivedTime,
  requester_name: v.requesterName,
  requester_email: v.requesterEmail,
  requester_phone: v.requesterPhone,
  requester_address: v.requesterAddress,
  requester_reference: v.requesterReference,
  description: v.description,
});

function toStored(
  r: Row,
  subjects: { id: number; name: string }[],
  activityIds: number[],
  recipients: RecipientTask[],
): StoredRequest {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    land: r.land,
    kind: r.kind,
    state: r.state,
    channel: r.channel,
    receivedOn: r.received_on,
    receivedTime: r.received_time,
    requesterName: r.requester_name,
    requesterEmail: r.requester_email,
    requesterPhone: r.requester_phone,
    requesterAddress: r.requester_address,
    requesterReference: r.requester_reference,
    description: r.description,
    subjects,
    subjectIds: subjects.map((s) => s.id),
    due: r.due_on,
    extension: r.extension_on ? { on: r.extension_on, reason: r.extension_reason } : null,
    interim: r.interim_on ? { on: r.interim_on, reason: r.interim_note } : null,
    identity:
      r.identity_method && r.identity_on
        ? {
            method: r.identity_method,
            checkedBy: r.identity_by,
            checkedOn: r.identity_on,
            note: r.identity_note,
            requestedOn: r.identity_requested_on,
            receivedOn: r.identity_received_on,
            knownEmail: r.identity_known_email,
            knownPhone: r.identity_known_phone,
            knownAddress: r.identity_known_address,
          }
        : null,
    identityOverride: r.identity_override,
    preparedBy: r.prepared_at
      ? { name: r.prepared_by, account: r.prepared_account, at: r.prepared_at }
      : null,
    review: r.reviewed_at
      ? {
          reviewer: r.review_by,
          account: r.review_account,
          at: r.reviewed_at,
          checks: JSON.parse(r.review_checks) as string[],
          note: r.review_note,
        }
      : null,
    reply: {
      activityIds,
      copyDescription: r.copy_description,
      automatedDecisions: r.automated_decisions,
      replyText: r.reply_text,
      outcome: { ...emptyOutcome, ...(JSON.parse(r.outcome) as Partial<RequestOutcome>) },
    },
    refusal: r.refusal_ground ? { ground: r.refusal_ground, note: r.refusal_note } : null,
    sentAt: r.sent_at,
    sentBy:
      r.sent_at && (r.sent_by || r.sent_account)
        ? { name: r.sent_by, account: r.sent_account }
        : null,
    sentOn: r.sent_on,
    sentTime: r.sent_time,
    snapshot: r.reply_snapshot ? (JSON.parse(r.reply_snapshot) as ReplySnapshot) : null,
    closedAt: r.closed_at,
    recipients,
    recipientsSkipReason: r.recipients_skip_reason,
    signerName: r.signer_name,
    signerRole: r.signer_role,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function findStoredRequest(db: Db, id: number): Promise<StoredRequest | undefined> {
  const row = await db
    .selectFrom('requests as r')
    .innerJoin('clients as o', 'o.id', 'r.client_id')
    .selectAll('r')
    .select(['o.name as client_name', 'o.land'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const subjects = await db
    .selectFrom('request_subjects as rs')
    .innerJoin('catalogue_entries as c', 'c.id', 'rs.entry_id')
    .select(['c.id', 'c.name'])
    .where('rs.request_id', '=', id)
    .orderBy('c.name')
    .execute();
  const activities = await db
    .selectFrom('request_activities')
    .select('activity_id')
    .where('request_id', '=', id)
    .orderBy('activity_id')
    .execute();
  const recipients = await db
    .selectFrom('request_recipients')
    .select(['id', 'name', 'done_on', 'done_by'])
    .where('request_id', '=', id)
    .orderBy('position')
    .execute();
  return toStored(
    row,
    subjects,
    activities.map((a) => a.activity_id),
    recipients.map((r) => ({ id: r.id, name: r.name, doneOn: r.done_on, doneBy: r.done_by })),
  );
}

/** The client of a request (attachment owner lookup). */
export async function requestClient(db: Db, id: number): Promise<{ clientId: number } | undefined> {
  const row = await db
    .selectFrom('requests')
    .select('client_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { clientId: row.client_id };
}

export async function insertRequest(
  db: WritableDb,
  clientId: number,
  v: Omit<RequestValues, 'subjectIds'>,
  due: string,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('requests')
    .values({
      ...valuesToRow(v),
      client_id: clientId,
      state: 'received',
      due_on: due,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type RequestPatch = Partial<
  Omit<Selectable<RequestTable>, 'id' | 'client_id' | 'created_at'>
>;

export async function updateRequestRow(
  db: WritableDb,
  id: number,
  patch: RequestPatch,
  at: string,
) {
  await db
    .updateTable('requests')
    .set({ ...patch, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** The open requests of a client (their due dates follow the client's Land). */
export async function openRequestIds(db: Db, clientId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('requests')
    .select('id')
    .where('client_id', '=', clientId)
    .where('state', 'in', [...openStates])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function deleteRequest(db: WritableDb, id: number): Promise<void> {
  await db.deleteFrom('requests').where('id', '=', id).execute();
}
