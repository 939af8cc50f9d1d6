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
export async function listTrackerProcessors(db: Db, orgId: number): Promise<TrackerProcessor[]> {
  const links = await db
    .selectFrom('processor_activities as pa')
    .innerJoin('activities as a', 'a.id', 'pa.activity_id')
    .select(['pa.processor_id', 'a.id', 'a.name', 'a.status'])
    .where('a.org_id', '=', orgId)
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
    .where('org_id', '=', orgId)
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
