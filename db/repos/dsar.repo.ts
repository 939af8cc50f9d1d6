import type {
  IdentityMethod,
  Land,
  RecipientTask,
  RefusalGround,
  RequestChannel,
  RequestKind,
  RequestState,
  RequestValues,
} from '../../core/api';
import type { Selectable } from 'kysely';
import type { RequestTable } from '../tables/dsar';
import type { Db } from './audit.repo';

/** A request as stored, with its links; deadlines and guidance are added by the handler. */
export interface StoredRequest extends Omit<RequestValues, 'subjectIds'> {
  id: number;
  orgId: number;
  orgName: string;
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
  } | null;
  identityOverride: string;
  review: { reviewer: string; at: string; checks: string[]; note: string } | null;
  reply: {
    activityIds: number[];
    copyDescription: string;
    automatedDecisions: string;
    replyText: string;
  };
  refusal: { ground: RefusalGround; note: string } | null;
  sentAt: string | null;
  closedAt: string | null;
  recipients: RecipientTask[];
  createdAt: string;
  updatedAt: string;
}

type Row = Selectable<RequestTable> & { org_name: string; land: string };

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
    orgId: r.org_id,
    orgName: r.org_name,
    land: r.land as Land,
    kind: r.kind as RequestKind,
    state: r.state as RequestState,
    channel: r.channel as RequestChannel,
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
            method: r.identity_method as IdentityMethod,
            checkedBy: r.identity_by,
            checkedOn: r.identity_on,
            note: r.identity_note,
            requestedOn: r.identity_requested_on,
            receivedOn: r.identity_received_on,
          }
        : null,
    identityOverride: r.identity_override,
    review: r.reviewed_at
      ? {
          reviewer: r.review_by,
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
    },
    refusal: r.refusal_ground
      ? { ground: r.refusal_ground as RefusalGround, note: r.refusal_note }
      : null,
    sentAt: r.sent_at,
    closedAt: r.closed_at,
    recipients,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function findStoredRequest(db: Db, id: number): Promise<StoredRequest | undefined> {
  const row = await db
    .selectFrom('requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.org_id')
    .selectAll('r')
    .select(['o.name as org_name', 'o.land'])
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
export async function requestOrg(db: Db, id: number): Promise<{ orgId: number } | undefined> {
  const row = await db
    .selectFrom('requests')
    .select('org_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { orgId: row.org_id };
}

export async function insertRequest(
  db: Db,
  orgId: number,
  v: Omit<RequestValues, 'subjectIds'>,
  due: string,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('requests')
    .values({
      ...valuesToRow(v),
      org_id: orgId,
      state: 'received',
      due_on: due,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type RequestPatch = Partial<Omit<Selectable<RequestTable>, 'id' | 'org_id' | 'created_at'>>;

export async function updateRequestRow(db: Db, id: number, patch: RequestPatch, at: string) {
  await db
    .updateTable('requests')
    .set({ ...patch, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Only the client's own catalogue entries of kind 'subject'; returns the ids that are not. */
export async function foreignSubjectIds(db: Db, orgId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const own = await db
    .selectFrom('catalogue_entries')
    .select('id')
    .where('org_id', '=', orgId)
    .where('kind', '=', 'subject')
    .where('id', 'in', ids)
    .execute();
  const ok = new Set(own.map((r) => r.id));
  return ids.filter((i) => !ok.has(i));
}

export async function foreignActivityIds(db: Db, orgId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const own = await db
    .selectFrom('activities')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
  const ok = new Set(own.map((r) => r.id));
  return ids.filter((i) => !ok.has(i));
}

export async function setRequestSubjects(db: Db, requestId: number, ids: number[]) {
  await db.deleteFrom('request_subjects').where('request_id', '=', requestId).execute();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await db
    .insertInto('request_subjects')
    .values(unique.map((entry_id) => ({ request_id: requestId, entry_id })))
    .execute();
}

export async function setRequestActivities(db: Db, requestId: number, ids: number[]) {
  await db.deleteFrom('request_activities').where('request_id', '=', requestId).execute();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await db
    .insertInto('request_activities')
    .values(unique.map((activity_id) => ({ request_id: requestId, activity_id })))
    .execute();
}

/**
 * Replaces the Art. 19 recipient list by names; a recipient that stays keeps its tick
 * (matched case-insensitively), so re-proposing the list never loses work done.
 */
export async function setRequestRecipients(db: Db, requestId: number, names: string[]) {
  const existing = await db
    .selectFrom('request_recipients')
    .selectAll()
    .where('request_id', '=', requestId)
    .execute();
  const byName = new Map(existing.map((r) => [r.name.toLowerCase(), r]));
  const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
  await db.deleteFrom('request_recipients').where('request_id', '=', requestId).execute();
  if (unique.length === 0) return;
  await db
    .insertInto('request_recipients')
    .values(
      unique.map((name, position) => {
        const kept = byName.get(name.toLowerCase());
        return {
          request_id: requestId,
          position,
          name,
          done_on: kept?.done_on ?? null,
          done_by: kept?.done_by ?? '',
        };
      }),
    )
    .execute();
}

export async function setRecipientDone(
  db: Db,
  requestId: number,
  recipientId: number,
  done: { on: string; by: string } | null,
): Promise<boolean> {
  const result = await db
    .updateTable('request_recipients')
    .set({ done_on: done?.on ?? null, done_by: done?.by ?? '' })
    .where('id', '=', recipientId)
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteRequest(db: Db, id: number): Promise<void> {
  await db.deleteFrom('requests').where('id', '=', id).execute();
}
