import type { Expression, SqlBool } from 'kysely';
import type {
  ActivityProcessor,
  ActivityStatus,
  DataSpecial,
  RecipientType,
  Safeguard,
  TemplateField,
} from '../../core/api';
import type { Db } from './audit.repo';
import { linkedProcessorsByActivity } from './processors.repo';

/** Which activities to read: one client's, or those never checked (NULL), or all. */
export interface FactsFilter {
  clientId?: number;
  uncheckedOnly?: boolean;
}

/** Each activity's third-country recipients by name: lit. e matches each to a transfer. */
async function thirdCountryRecipientsByActivity(db: Db, filter: FactsFilter) {
  let query = db
    .selectFrom('activity_categories as ac')
    .innerJoin('catalogue_entries as c', 'c.id', 'ac.entry_id')
    .select(['ac.activity_id', 'c.name', 'c.country'])
    .where('c.kind', '=', 'recipient')
    .where('c.recipient_type', '=', 'third_country')
    .orderBy('ac.activity_id')
    .orderBy('ac.entry_id');
  if (filter.clientId !== undefined) query = query.where('c.client_id', '=', filter.clientId);
  const rows = await query.execute();
  const byActivity = new Map<number, { name: string; country: string }[]>();
  for (const { activity_id, name, country } of rows) {
    const list = byActivity.get(activity_id);
    if (list) list.push({ name, country });
    else byActivity.set(activity_id, [{ name, country }]);
  }
  return byActivity;
}

/**
 * What the Art. 30 completeness check of one activity reads, with its category links
 * aggregated in SQL: one row per activity instead of one per link, for the counts of the
 * client list (tens of thousands of links in a large DPO workspace).
 */
export interface ActivityFacts {
  id: number;
  clientId: number;
  status: ActivityStatus;
  purposes: string;
  legalBases: string[];
  nationalNorm: string;
  transfers: { country: string; recipient?: string; safeguard: Safeguard; safeguardNote: string }[];
  /** Named, because lit. e matches each one to a transfer. */
  thirdCountryRecipients: { name: string; country: string }[];
  processors: ActivityProcessor[];
  retention: string;
  toms: string;
  tomsReference: string;
  dpiaStatus: string;
  nextReview: string | null;
  unconfirmed: TemplateField[];
  subjectCount: number;
  dataCount: number;
  art9Count: number;
  recipientCount: number;
  thirdCountryCount: number;
  ruleCount: number;
}

export async function listActivityFacts(
  db: Db,
  filter: FactsFilter = {},
): Promise<ActivityFacts[]> {
  const scope = filter.clientId === undefined ? {} : { clientId: filter.clientId };
  const processors = await linkedProcessorsByActivity(db, scope);
  const thirdCountry = await thirdCountryRecipientsByActivity(db, filter);
  let query = db
    .selectFrom('activities as a')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('activity_categories as ac')
          .innerJoin('catalogue_entries as c', 'c.id', 'ac.entry_id')
          .$if(filter.clientId !== undefined, (q) =>
            q.where('c.client_id', '=', filter.clientId ?? 0),
          )
          .select((eb) => {
            const count = (conditions: Expression<SqlBool>[]) =>
              eb.fn.sum<number>(eb.case().when(eb.and(conditions)).then(1).else(0).end());
            return [
              'ac.activity_id',
              count([eb('c.kind', '=', 'subject')]).as('subjects'),
              count([eb('c.kind', '=', 'data')]).as('data'),
              count([eb('c.kind', '=', 'data'), eb('c.special', '=', 'art9')]).as('art9'),
              count([eb('c.kind', '=', 'recipient')]).as('recipients'),
              count([
                eb('c.kind', '=', 'recipient'),
                eb('c.recipient_type', '=', 'third_country'),
              ]).as('third'),
            ];
          })
          .groupBy('ac.activity_id')
          .as('l'),
      (join) => join.onRef('l.activity_id', '=', 'a.id'),
    )
    .select((eb) => [
      'a.id',
      'a.client_id',
      'a.status',
      'a.purposes',
      'a.legal_bases',
      'a.national_norm',
      'a.transfers',
      'a.retention',
      'a.toms',
      'a.toms_reference',
      'a.dpia_status',
      'a.next_review',
      'a.unconfirmed',
      eb.fn.coalesce('l.subjects', eb.lit(0)).as('subjects'),
      eb.fn.coalesce('l.data', eb.lit(0)).as('data'),
      eb.fn.coalesce('l.art9', eb.lit(0)).as('art9'),
      eb.fn.coalesce('l.recipients', eb.lit(0)).as('recipients'),
      eb.fn.coalesce('l.third', eb.lit(0)).as('third'),
      eb
        .selectFrom('retention_rule_activities as r')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .whereRef('r.activity_id', '=', 'a.id')
        .as('rules'),
    ]);
  if (filter.clientId !== undefined) query = query.where('a.client_id', '=', filter.clientId);
  if (filter.uncheckedOnly) query = query.where('a.complete', 'is', null);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    status: r.status as ActivityStatus,
    purposes: r.purposes,
    legalBases: JSON.parse(r.legal_bases) as string[],
    nationalNorm: r.national_norm,
    transfers: JSON.parse(r.transfers) as ActivityFacts['transfers'],
    thirdCountryRecipients: thirdCountry.get(r.id) ?? [],
    processors: processors.get(r.id) ?? [],
    retention: r.retention,
    toms: r.toms,
    tomsReference: r.toms_reference,
    dpiaStatus: r.dpia_status,
    nextReview: r.next_review,
    unconfirmed: JSON.parse(r.unconfirmed) as TemplateField[],
    subjectCount: r.subjects,
    dataCount: r.data,
    art9Count: r.art9,
    recipientCount: r.recipients,
    thirdCountryCount: r.third,
    ruleCount: r.rules ?? 0,
  }));
}

/**
 * The facts as the completeness check's input. The check reads only how many categories
 * there are and whether one is Art. 9 or in a third country, so placeholders stand in for
 * the names it never looks at.
 */
export function factsAsCompletenessInput(f: ActivityFacts) {
  const many = <T>(n: number, make: (i: number) => T) =>
    Array.from({ length: n }, (_, i) => make(i));
  return {
    ...f,
    subjects: many(f.subjectCount, () => ({ name: '' })),
    dataCategories: many(f.dataCount, (i) => ({
      name: '',
      special: (i < f.art9Count ? 'art9' : 'none') as DataSpecial,
    })),
    recipients: [
      ...f.thirdCountryRecipients.map((r) => ({ ...r, type: 'third_country' as RecipientType })),
      ...many(f.recipientCount - f.thirdCountryCount, () => ({
        name: '',
        type: 'external' as RecipientType,
      })),
    ],
    retentionRules: many(f.ruleCount, () => null),
  };
}
