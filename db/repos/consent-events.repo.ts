import type { AdChannel, ConsentEvent, ConsentEventValues } from '../../core/api';
import type { Db, WritableDb } from './audit.repo';

// The consent events of a person: what was given, withdrawn or objected to, when and how.

export const eventToRow = (e: Omit<ConsentEventValues, 'file'>) => ({
  kind: e.kind,
  at: new Date(e.at).toISOString(),
  text_id: e.textId,
  channels: JSON.stringify(e.channels),
  source: e.source,
  source_detail: e.sourceDetail,
  method: e.method,
  age_check: e.ageCheck,
  ip: e.ip,
  user_agent: e.userAgent,
  token_hash: e.tokenHash,
  note: e.note,
});

export async function insertEvent(
  db: WritableDb,
  person: { id: number; clientId: number },
  e: Omit<ConsentEventValues, 'file'>,
  links: { requestId?: number | null; importId?: number | null; attachmentId?: number | null },
  stamp: { at: string; actor: string },
) {
  await db
    .insertInto('consent_events')
    .values({
      ...eventToRow(e),
      person_id: person.id,
      client_id: person.clientId,
      request_id: links.requestId ?? null,
      import_id: links.importId ?? null,
      attachment_id: links.attachmentId ?? null,
      recorded_by: stamp.actor,
      recorded_at: stamp.at,
    })
    .execute();
}

export async function listEvents(db: Db, personId: number): Promise<ConsentEvent[]> {
  const rows = await db
    .selectFrom('consent_events as e')
    .leftJoin('consent_texts as t', 't.id', 'e.text_id')
    .selectAll('e')
    .select(['t.name as text_name', 't.version as text_version'])
    .where('e.person_id', '=', personId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    at: r.at,
    text:
      r.text_id !== null && r.text_name !== null
        ? { id: r.text_id, name: r.text_name, version: r.text_version ?? 1 }
        : null,
    channels: JSON.parse(r.channels) as AdChannel[],
    source: r.source,
    sourceDetail: r.source_detail,
    method: r.method,
    ageCheck: r.age_check,
    ip: r.ip,
    userAgent: r.user_agent,
    tokenHash: r.token_hash,
    note: r.note,
    requestId: r.request_id,
    importId: r.import_id,
    attachmentId: r.attachment_id,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  }));
}
