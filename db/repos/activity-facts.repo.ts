import { sql } from 'kysely';
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

/**
 * What the Art. 30 completeness check of one activity reads, with its category links
 * aggregated in SQL: one row per activity instead of one per link, for the counts of the
 * client list (tens of thousands of links in a large DPO workspace).
 */
export interface ActivityFacts {
  orgId: number;
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

export async function listActivityFacts(db: Db): Promise<ActivityFacts[]> {
  const processors = await linkedProcessorsByActivity(db);
  const rows = await sql<{
    id: number;
    org_id: number;
    status: ActivityStatus;
    purposes: string;
    legal_bases: string;
    national_norm: string;
    transfers: string;
    retention: string;
    toms: string;
    toms_reference: string;
    dpia_status: string;
    next_review: string | null;
    unconfirmed: string;
    subjects: number;
    data: number;
    art9: number;
    recipients: number;
    third: number;
    third_names: string | null;
    rules: number;
  }>`
    SELECT a.id, a.org_id, a.status, a.purposes, a.legal_bases, a.national_norm, a.transfers,
      a.retention, a.toms, a.toms_reference, a.dpia_status, a.next_review, a.unconfirmed,
      coalesce(l.subjects, 0) AS subjects, coalesce(l.data, 0) AS data,
      coalesce(l.art9, 0) AS art9, coalesce(l.recipients, 0) AS recipients,
      coalesce(l.third, 0) AS third, l.third_names,
      (SELECT count(*) FROM retention_rule_activities r WHERE r.activity_id = a.id) AS rules
    FROM activities a
    LEFT JOIN (
      SELECT ac.activity_id,
        sum(c.kind = 'subject') AS subjects,
        sum(c.kind = 'data') AS data,
        sum(c.kind = 'data' AND c.special = 'art9') AS art9,
        sum(c.kind = 'recipient') AS recipients,
        sum(c.kind = 'recipient' AND c.recipient_type = 'third_country') AS third,
        json_group_array(json_object('name', c.name, 'country', c.country))
          FILTER (WHERE c.kind = 'recipient' AND c.recipient_type = 'third_country')
          AS third_names
      FROM activity_categories ac JOIN catalogue_entries c ON c.id = ac.entry_id
      GROUP BY ac.activity_id
    ) l ON l.activity_id = a.id
  `.execute(db);
  return rows.rows.map((r) => ({
    orgId: r.org_id,
    status: r.status,
    purposes: r.purposes,
    legalBases: JSON.parse(r.legal_bases) as string[],
    nationalNorm: r.national_norm,
    transfers: JSON.parse(r.transfers) as ActivityFacts['transfers'],
    thirdCountryRecipients: JSON.parse(
      r.third_names ?? '[]',
    ) as ActivityFacts['thirdCountryRecipients'],
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
    ruleCount: r.rules,
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
