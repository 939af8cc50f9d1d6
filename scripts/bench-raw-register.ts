import type Database from 'better-sqlite3';
import type { Completeness, MethodInput, ClientSummary } from '../core/api';
import { checkCompleteness, type CompletenessInput } from '../core/rules/completeness';

// Raw baselines of the register's lists: for each, ONE prepared better-sqlite3 statement
// that returns the rows the screen needs, then only what no SQL can do: the Art. 30 check
// from core/rules (the screen shows its verdict) and the German sort. No kysely, no repo
// mapping, no handler, no zod. Each returns the same rows as the app (bench.ts checks).

const controllerColumns = `o.name AS client_name, o.street AS client_street, o.city AS client_city,
  o.email AS client_email, o.phone AS client_phone`;

// What the completeness check reads, with the category links aggregated per activity.
const checkColumns = `a.purposes, a.legal_bases, a.national_norm, a.transfers, a.retention,
  a.toms, a.toms_reference, a.dpia_status, a.next_review, a.unconfirmed,
  (SELECT count(*) FROM retention_rule_activities r WHERE r.activity_id = a.id) AS rules,
  (SELECT json_group_array(json_object('name', p.name, 'country', p.country,
      'countryKind', p.country_kind, 'safeguard', p.safeguard,
      'safeguardNote', p.safeguard_note, 'tiaDoneOn', p.tia_done_on,
      'tiaReference', p.tia_reference, 'subProcessors', json(p.sub_processors)))
    FROM processor_activities pa JOIN processors p ON p.id = pa.processor_id
    WHERE pa.activity_id = a.id) AS processors`;

interface CheckRow {
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
  rules: number;
  processors: string;
  client_name: string;
  client_street: string;
  client_city: string;
  client_email: string;
  client_phone: string;
}

type Category = { kind: string; name: string; special: string; type: string; country: string };

function completenessOf(r: CheckRow, categories: Category[]): Completeness {
  const input = {
    purposes: r.purposes,
    legalBases: JSON.parse(r.legal_bases),
    nationalNorm: r.national_norm,
    subjects: categories.filter((c) => c.kind === 'subject'),
    dataCategories: categories.filter((c) => c.kind === 'data'),
    recipients: categories.filter((c) => c.kind === 'recipient'),
    transfers: JSON.parse(r.transfers),
    processors: JSON.parse(r.processors),
    retention: r.retention,
    retentionRules: Array.from({ length: r.rules }),
    toms: r.toms,
    tomsReference: r.toms_reference,
    dpiaStatus: r.dpia_status,
    nextReview: r.next_review,
    unconfirmed: JSON.parse(r.unconfirmed),
  } as CompletenessInput;
  return checkCompleteness(input, {
    name: r.client_name,
    street: r.client_street,
    city: r.client_city,
    email: r.client_email,
    phone: r.client_phone,
  });
}

const fold = (s: string) =>
  s
    .toLocaleLowerCase('de')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');

/** activities.list for one client, with the same filters and sort. */
export function rawActivityList(sqlite: Database.Database) {
  const statement = sqlite.prepare<[number]>(`
    SELECT a.id, a.number, a.name, a.department, a.status, a.updated_at, ${checkColumns},
      ${controllerColumns},
      (SELECT json_group_array(json_object('kind', c.kind, 'name', c.name,
          'special', c.special, 'type', coalesce(c.recipient_type, 'external'),
          'country', c.country))
        FROM (SELECT c.* FROM activity_categories ac
          JOIN catalogue_entries c ON c.id = ac.entry_id
          WHERE ac.activity_id = a.id ORDER BY ac.position) c) AS categories
    FROM activities a JOIN clients o ON o.id = a.client_id
    WHERE a.client_id = ?`);
  type Row = CheckRow & {
    id: number;
    number: string;
    name: string;
    department: string;
    status: string;
    updated_at: string;
    categories: string;
  };
  return (input: MethodInput<'activities.list'>, today: string) => {
    const needle = fold(input.search ?? '');
    const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
    const list = (statement.all(input.clientId) as Row[])
      .filter((r) => r.status !== 'archived')
      .filter((r) => !input.reviewDue || (r.next_review !== null && r.next_review <= today))
      .map((r) => {
        const categories = JSON.parse(r.categories) as Category[];
        return { r, categories, completeness: completenessOf(r, categories) };
      })
      .filter(
        ({ completeness }) =>
          input.completeness !== 'incomplete' || completeness.missing.length > 0,
      )
      .filter(
        ({ r, categories }) =>
          needle === '' ||
          fold(
            [r.number, r.name, r.purposes, r.department, ...categories.map((c) => c.name)].join(
              '\n',
            ),
          ).includes(needle),
      );
    const key = input.sort === 'number' ? 'number' : 'name';
    list.sort(
      (x, y) => collator.compare(x.r[key], y.r[key]) || collator.compare(x.r.name, y.r.name),
    );
    return list.map(({ r, completeness }) => ({
      id: r.id,
      number: r.number,
      name: r.name,
      department: r.department,
      status: r.status,
      nextReview: r.next_review,
      updatedAt: r.updated_at,
      completeness,
    }));
  };
}

/** What the register's figure compares of clients.list: the activity counts. */
export type ClientCounts = Pick<
  ClientSummary,
  'id' | 'name' | 'city' | 'land' | 'activityCount' | 'incompleteCount'
>;

/**
 * clients.list's activity counts, with the completeness check run per activity (the
 * app keeps it stored, written on save): every client with its current and incomplete count.
 */
export function rawClientList(sqlite: Database.Database) {
  const statement = sqlite.prepare(`
    SELECT o.id AS client_id, o.city, o.land, a.id AS activity_id, ${controllerColumns},
      ${checkColumns}, l.subjects, l.data, l.art9, l.recipients, l.third, l.third_names
    FROM clients o
    LEFT JOIN activities a ON a.client_id = o.id AND a.status != 'archived'
    LEFT JOIN (
      SELECT ac.activity_id, sum(c.kind = 'subject') AS subjects, sum(c.kind = 'data') AS data,
        sum(c.kind = 'data' AND c.special = 'art9') AS art9,
        sum(c.kind = 'recipient') AS recipients,
        sum(c.kind = 'recipient' AND c.recipient_type = 'third_country') AS third,
        json_group_array(json_object('name', c.name, 'country', c.country,
          'type', 'third_country', 'kind', 'recipient', 'special', 'none'))
          FILTER (WHERE c.kind = 'recipient' AND c.recipient_type = 'third_country')
          AS third_names
      FROM activity_categories ac JOIN catalogue_entries c ON c.id = ac.entry_id
      GROUP BY ac.activity_id
    ) l ON l.activity_id = a.id
    ORDER BY o.name`);
  type Row = CheckRow & {
    client_id: number;
    city: string;
    land: ClientSummary['land'];
    activity_id: number | null;
    subjects: number | null;
    data: number | null;
    art9: number | null;
    recipients: number | null;
    third: number | null;
    third_names: string | null;
  };
  const placeholder = (kind: string, special = 'none'): Category => ({
    kind,
    name: '',
    special,
    type: 'external',
    country: '',
  });
  return () => {
    const clients = new Map<number, ClientCounts>();
    for (const r of statement.all() as Row[]) {
      let client = clients.get(r.client_id);
      if (!client) {
        client = {
          id: r.client_id,
          name: r.client_name,
          city: r.client_city,
          land: r.land,
          activityCount: 0,
          incompleteCount: 0,
        };
        clients.set(r.client_id, client);
      }
      if (r.activity_id === null) continue;
      const third = JSON.parse(r.third_names ?? '[]') as Category[];
      const art9 = r.art9 ?? 0;
      const categories = [
        ...Array.from({ length: r.subjects ?? 0 }, () => placeholder('subject')),
        ...Array.from({ length: r.data ?? 0 }, (_, i) =>
          placeholder('data', i < art9 ? 'art9' : 'none'),
        ),
        ...third,
        ...Array.from({ length: (r.recipients ?? 0) - third.length }, () =>
          placeholder('recipient'),
        ),
      ];
      client.activityCount += 1;
      if (!completenessOf(r, categories).complete) client.incompleteCount += 1;
    }
    return [...clients.values()];
  };
}
