import type { AvvStatus, Processor } from '../../core/api';
import type { Db } from './audit.repo';

/**
 * What the AVV tracker list shows of a processor and what its warnings read: no address,
 * TOMs, sub-processors or draft options. A client's hundred processors are wide rows, and
 * reading and parsing every column cost more than the rest of the list together.
 */
export type TrackerProcessor = Pick<
  Processor,
  'id' | 'name' | 'country' | 'countryKind' | 'service' | 'activities'
> & {
  agreement: Pick<
    Processor['agreement'],
    'status' | 'requestedOn' | 'signedOn' | 'reviewOn' | 'endsOn'
  >;
};

/** A client's processors by name, each with its linked activities by name: two queries. */
export async function listTrackerProcessors(db: Db, clientId: number): Promise<TrackerProcessor[]> {
  const links = await db
    .selectFrom('processor_activities as pa')
    .innerJoin('activities as a', 'a.id', 'pa.activity_id')
    .select(['pa.processor_id', 'a.id', 'a.name', 'a.status'])
    .where('a.client_id', '=', clientId)
    .orderBy('a.name')
    .execute();
  const byProcessor = new Map<number, TrackerProcessor['activities']>();
  for (const { processor_id, ...activity } of links) {
    const list = byProcessor.get(processor_id);
    if (list) list.push(activity);
    else byProcessor.set(processor_id, [activity]);
  }
  const rows = await db
    .selectFrom('processors')
    .select([
      'id',
      'name',
      'country',
      'country_kind',
      'service',
      'avv_status',
      'avv_requested_on',
      'avv_signed_on',
      'avv_review_on',
      'avv_ends_on',
    ])
    .where('client_id', '=', clientId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    country: r.country,
    countryKind: r.country_kind,
    service: r.service,
    activities: byProcessor.get(r.id) ?? [],
    agreement: {
      status: r.avv_status as AvvStatus,
      requestedOn: r.avv_requested_on,
      signedOn: r.avv_signed_on,
      reviewOn: r.avv_review_on,
      endsOn: r.avv_ends_on,
    },
  }));
}

/** Statuses under which processing may go on; those closed by the user (core/rules/avv-tracker.ts). */
const coveredStatuses: AvvStatus[] = ['signed', 'not_required'];
const closedStatuses: AvvStatus[] = ['terminated', 'expired', 'not_required'];

/**
 * The processors a tracker warning may name on `today`, of one client or of all: not
 * covered while an active or draft activity uses them, requested (the overdue period is
 * the client's, so the rule decides), or a review or end date reached on an open
 * agreement. A superset of what the rule warns about; the rule has the last word.
 */
export async function listWarningCandidates(
  db: Db,
  filter: { clientId?: number; today: string },
): Promise<(TrackerProcessor & { clientId: number })[]> {
  let candidates = db
    .selectFrom('processors as p')
    .select([
      'p.id',
      'p.client_id',
      'p.name',
      'p.country',
      'p.country_kind',
      'p.service',
      'p.avv_status',
      'p.avv_requested_on',
      'p.avv_signed_on',
      'p.avv_review_on',
      'p.avv_ends_on',
    ])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('p.avv_status', 'not in', coveredStatuses),
          eb.exists(
            eb
              .selectFrom('processor_activities as pa')
              .innerJoin('activities as a', 'a.id', 'pa.activity_id')
              .select('a.id')
              .whereRef('pa.processor_id', '=', 'p.id')
              .where('a.status', 'in', ['active', 'draft']),
          ),
        ]),
        eb.and([eb('p.avv_status', '=', 'requested'), eb('p.avv_requested_on', 'is not', null)]),
        eb.and([
          eb('p.avv_status', 'not in', closedStatuses),
          eb.or([
            eb('p.avv_review_on', '<=', filter.today),
            eb('p.avv_ends_on', '<=', filter.today),
          ]),
        ]),
      ]),
    );
  if (filter.clientId !== undefined)
    candidates = candidates.where('p.client_id', '=', filter.clientId);
  const rows = await candidates.execute();
  const ids = rows.map((r) => r.id);
  const byProcessor = new Map<number, TrackerProcessor['activities']>();
  for (let i = 0; i < ids.length; i += 500) {
    const links = await db
      .selectFrom('processor_activities as pa')
      .innerJoin('activities as a', 'a.id', 'pa.activity_id')
      .select(['pa.processor_id', 'a.id', 'a.name', 'a.status'])
      .where('pa.processor_id', 'in', ids.slice(i, i + 500))
      .orderBy('a.name')
      .execute();
    for (const { processor_id, ...activity } of links) {
      const list = byProcessor.get(processor_id);
      if (list) list.push(activity);
      else byProcessor.set(processor_id, [activity]);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    name: r.name,
    country: r.country,
    countryKind: r.country_kind,
    service: r.service,
    activities: byProcessor.get(r.id) ?? [],
    agreement: {
      status: r.avv_status as AvvStatus,
      requestedOn: r.avv_requested_on,
      signedOn: r.avv_signed_on,
      reviewOn: r.avv_review_on,
      endsOn: r.avv_ends_on,
    },
  }));
}

/** The clients' own periods after which an AVV request counts as overdue. */
export async function requestOverdueDaysByClient(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('avv_settings')
    .select(['client_id', 'request_overdue_days'])
    .execute();
  return new Map(rows.map((r) => [r.client_id, r.request_overdue_days]));
}
