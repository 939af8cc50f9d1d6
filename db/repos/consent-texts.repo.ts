import type { Selectable } from 'kysely';
import type { AdChannel, ConsentText, ConsentTextValues } from '../../core/api';
import type { ConsentTextTable } from '../tables/consent';
import type { Db, WritableDb } from './audit.repo';

// The consent wordings of a client, one row per version. Only kysely's builder.

export type StoredText = Omit<ConsentText, 'findings'>;

type Row = Selectable<ConsentTextTable>;

const flag = (b: boolean) => (b ? 1 : 0);

const valuesToRow = (v: ConsentTextValues, sha256: string) => ({
  name: v.name,
  purpose: v.purpose,
  channels: JSON.stringify(v.channels),
  advertiser: v.advertiser,
  partners: v.partners,
  product_scope: v.productScope,
  privacy_notice_version: v.privacyNoticeVersion,
  language: v.language,
  body: v.text,
  sha256,
  valid_from: v.validFrom,
  valid_until: v.validUntil,
  pre_ticked: flag(v.preTicked),
  coupled_to_terms: flag(v.coupledToTerms),
  prize_draw: flag(v.prizeDraw),
});

const toText = (r: Row, usedCount: number, replacedBy: number | null): StoredText => ({
  id: r.id,
  clientId: r.client_id,
  name: r.name,
  purpose: r.purpose,
  channels: JSON.parse(r.channels) as AdChannel[],
  advertiser: r.advertiser,
  partners: r.partners,
  productScope: r.product_scope,
  privacyNoticeVersion: r.privacy_notice_version,
  language: r.language,
  text: r.body,
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  preTicked: r.pre_ticked === 1,
  coupledToTerms: r.coupled_to_terms === 1,
  prizeDraw: r.prize_draw === 1,
  version: r.version,
  seriesId: r.series_id ?? r.id,
  sha256: r.sha256,
  usedCount,
  replacedBy,
  createdAt: r.created_at,
});

export async function insertText(
  db: WritableDb,
  clientId: number,
  v: ConsentTextValues,
  sha256: string,
  series: { seriesId: number | null; version: number },
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('consent_texts')
    .values({
      ...valuesToRow(v, sha256),
      client_id: clientId,
      series_id: series.seriesId,
      version: series.version,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTextRow(
  db: WritableDb,
  id: number,
  v: ConsentTextValues,
  sha256: string,
  at: string,
) {
  await db
    .updateTable('consent_texts')
    .set({ ...valuesToRow(v, sha256), updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** The first version goes: the next one becomes the first of the series. */
export async function promoteToFirst(db: WritableDb, firstId: number, nextId: number) {
  await db.updateTable('consent_texts').set({ series_id: null }).where('id', '=', nextId).execute();
  await db
    .updateTable('consent_texts')
    .set({ series_id: nextId })
    .where('series_id', '=', firstId)
    .execute();
}

export async function deleteTextRow(db: WritableDb, id: number) {
  await db.deleteFrom('consent_texts').where('id', '=', id).execute();
}

async function usage(db: Db, ids: number[]) {
  if (ids.length === 0) return new Map<number, number>();
  const rows = await db
    .selectFrom('consent_events')
    .select(['text_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('text_id', 'in', ids)
    .groupBy('text_id')
    .execute();
  return new Map(rows.map((r) => [r.text_id!, Number(r.n)]));
}

/** The newest later version of each series, to say which version replaces which. */
function successors(rows: Row[]) {
  const next = new Map<number, number>();
  const bySeries = new Map<number, Row[]>();
  for (const r of rows) {
    const series = r.series_id ?? r.id;
    bySeries.set(series, [...(bySeries.get(series) ?? []), r]);
  }
  for (const versions of bySeries.values()) {
    const sorted = versions.sort((a, b) => a.version - b.version);
    sorted.forEach((r, i) => {
      const later = sorted[i + 1];
      if (later) next.set(r.id, later.id);
    });
  }
  return next;
}

/** Every version of every wording of a client: by name, newest version first. */
export async function listTexts(db: Db, clientId: number): Promise<StoredText[]> {
  const rows = await db
    .selectFrom('consent_texts')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('name')
    .orderBy('series_id')
    .orderBy('version', 'desc')
    .execute();
  const used = await usage(
    db,
    rows.map((r) => r.id),
  );
  const next = successors(rows);
  return rows.map((r) => toText(r, used.get(r.id) ?? 0, next.get(r.id) ?? null));
}

export async function findText(db: Db, id: number): Promise<StoredText | undefined> {
  const row = await db
    .selectFrom('consent_texts')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const series = await db
    .selectFrom('consent_texts')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('id', '=', row.series_id ?? row.id),
        eb('series_id', '=', row.series_id ?? row.id),
      ]),
    )
    .execute();
  const used = await usage(db, [id]);
  return toText(row, used.get(id) ?? 0, successors(series).get(id) ?? null);
}

/** The highest version of a wording's series, to number the next one. */
export async function lastVersion(db: Db, seriesId: number): Promise<number> {
  const row = await db
    .selectFrom('consent_texts')
    .select((eb) => eb.fn.max('version').as('v'))
    .where((eb) => eb.or([eb('id', '=', seriesId), eb('series_id', '=', seriesId)]))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}
