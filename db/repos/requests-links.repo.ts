import type { Db, WritableDb } from './audit.repo';

// The links of a request: its categories of data subjects, the activities of its reply and
// the Art. 19 recipients; and the requests that refer to an activity.

/** Only the client's own catalogue entries of kind 'subject'; returns the ids that are not. */
export async function foreignSubjectIds(
  db: Db,
  clientId: number,
  ids: number[],
): Promise<number[]> {
  if (ids.length === 0) return [];
  const own = await db
    .selectFrom('catalogue_entries')
    .select('id')
    .where('client_id', '=', clientId)
    .where('kind', '=', 'subject')
    .where('id', 'in', ids)
    .execute();
  const ok = new Set(own.map((r) => r.id));
  return ids.filter((i) => !ok.has(i));
}

export async function foreignActivityIds(
  db: Db,
  clientId: number,
  ids: number[],
): Promise<number[]> {
  if (ids.length === 0) return [];
  const own = await db
    .selectFrom('activities')
    .select('id')
    .where('client_id', '=', clientId)
    .where('id', 'in', ids)
    .execute();
  const ok = new Set(own.map((r) => r.id));
  return ids.filter((i) => !ok.has(i));
}

export async function setRequestSubjects(db: WritableDb, requestId: number, ids: number[]) {
  await db.deleteFrom('request_subjects').where('request_id', '=', requestId).execute();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await db
    .insertInto('request_subjects')
    .values(unique.map((entry_id) => ({ request_id: requestId, entry_id })))
    .execute();
}

export async function setRequestActivities(db: WritableDb, requestId: number, ids: number[]) {
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
export async function setRequestRecipients(db: WritableDb, requestId: number, names: string[]) {
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
  db: WritableDb,
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

/** The requests whose reply refers to an activity, newest first. */
export async function requestsOfActivity(db: Db, activityId: number) {
  const rows = await db
    .selectFrom('request_activities as ra')
    .innerJoin('requests as r', 'r.id', 'ra.request_id')
    .select(['r.id', 'r.requester_name', 'r.kind', 'r.state', 'r.received_on'])
    .where('ra.activity_id', '=', activityId)
    .orderBy('r.received_on', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    requesterName: r.requester_name,
    kind: r.kind,
    state: r.state,
    receivedOn: r.received_on,
  }));
}
