// Every table that holds a client's records, in the order an import inserts them (a row's
// references always come earlier), with the columns that point at another exported row.
// Tables linked through a parent are selected by that parent. A new table with client data
// belongs here, or a hand-over file silently leaves it behind (test/integration/handover.test.ts
// checks that every table with a client_id column is listed).

export type HandoverTable =
  | 'clients'
  | 'catalogue_entries'
  | 'activities'
  | 'activity_categories'
  | 'dpia_assessments'
  | 'processors'
  | 'processor_activities'
  | 'avv_settings'
  | 'retention_rules'
  | 'retention_rule_activities'
  | 'retention_rule_categories'
  | 'deletion_runs'
  | 'requests'
  | 'request_subjects'
  | 'request_activities'
  | 'request_recipients'
  | 'breaches'
  | 'breach_notices'
  | 'breach_categories'
  | 'breach_activities'
  | 'breach_processors'
  | 'consent_texts'
  | 'consent_persons'
  | 'consent_imports'
  | 'attachments'
  | 'consent_events'
  | 'consent_mappings'
  | 'register_import_mappings';

export interface TableSpec {
  table: HandoverTable;
  /** Whether rows have their own id (new ids at import, remembered for the references). */
  hasId: boolean;
  /** How the client's rows are found: its own client_id, or a parent's. */
  owner: { column: 'id' | 'client_id' } | { column: string; parent: HandoverTable };
  /** Column -> the table its value is an id of. */
  refs: Record<string, HandoverTable>;
}

const own = { column: 'client_id' } as const;
const via = (column: string, parent: HandoverTable) => ({ column, parent });

export const handoverTables: TableSpec[] = [
  { table: 'clients', hasId: true, owner: { column: 'id' }, refs: {} },
  { table: 'catalogue_entries', hasId: true, owner: own, refs: { client_id: 'clients' } },
  { table: 'activities', hasId: true, owner: own, refs: { client_id: 'clients' } },
  {
    table: 'activity_categories',
    hasId: false,
    owner: via('activity_id', 'activities'),
    refs: { activity_id: 'activities', entry_id: 'catalogue_entries' },
  },
  {
    table: 'dpia_assessments',
    hasId: false,
    owner: via('activity_id', 'activities'),
    refs: { activity_id: 'activities' },
  },
  { table: 'processors', hasId: true, owner: own, refs: { client_id: 'clients' } },
  {
    table: 'processor_activities',
    hasId: false,
    owner: via('processor_id', 'processors'),
    refs: { processor_id: 'processors', activity_id: 'activities' },
  },
  { table: 'avv_settings', hasId: false, owner: own, refs: { client_id: 'clients' } },
  { table: 'retention_rules', hasId: true, owner: own, refs: { client_id: 'clients' } },
  {
    table: 'retention_rule_activities',
    hasId: false,
    owner: via('rule_id', 'retention_rules'),
    refs: { rule_id: 'retention_rules', activity_id: 'activities' },
  },
  {
    table: 'retention_rule_categories',
    hasId: false,
    owner: via('rule_id', 'retention_rules'),
    refs: { rule_id: 'retention_rules', entry_id: 'catalogue_entries' },
  },
  {
    table: 'deletion_runs',
    hasId: true,
    owner: own,
    refs: { client_id: 'clients', rule_id: 'retention_rules' },
  },
  { table: 'requests', hasId: true, owner: own, refs: { client_id: 'clients' } },
  {
    table: 'request_subjects',
    hasId: false,
    owner: via('request_id', 'requests'),
    refs: { request_id: 'requests', entry_id: 'catalogue_entries' },
  },
  {
    table: 'request_activities',
    hasId: false,
    owner: via('request_id', 'requests'),
    refs: { request_id: 'requests', activity_id: 'activities' },
  },
  {
    table: 'request_recipients',
    hasId: true,
    owner: via('request_id', 'requests'),
    refs: { request_id: 'requests' },
  },
  {
    table: 'breaches',
    hasId: true,
    owner: own,
    refs: { client_id: 'clients', at_processor_id: 'processors' },
  },
  {
    table: 'breach_notices',
    hasId: true,
    owner: via('breach_id', 'breaches'),
    refs: { breach_id: 'breaches' },
  },
  {
    table: 'breach_categories',
    hasId: false,
    owner: via('breach_id', 'breaches'),
    refs: { breach_id: 'breaches', entry_id: 'catalogue_entries' },
  },
  {
    table: 'breach_activities',
    hasId: false,
    owner: via('breach_id', 'breaches'),
    refs: { breach_id: 'breaches', activity_id: 'activities' },
  },
  {
    table: 'breach_processors',
    hasId: false,
    owner: via('breach_id', 'breaches'),
    refs: { breach_id: 'breaches', processor_id: 'processors' },
  },
  // Ordered by id, so the first version of a series comes before the versions naming it.
  {
    table: 'consent_texts',
    hasId: true,
    owner: own,
    refs: { client_id: 'clients', series_id: 'consent_texts' },
  },
  { table: 'consent_persons', hasId: true, owner: own, refs: { client_id: 'clients' } },
  { table: 'consent_imports', hasId: true, owner: own, refs: { client_id: 'clients' } },
  // owner_id is resolved through owner_type (attachmentOwners).
  { table: 'attachments', hasId: true, owner: own, refs: { client_id: 'clients' } },
  {
    table: 'consent_events',
    hasId: true,
    owner: own,
    refs: {
      client_id: 'clients',
      person_id: 'consent_persons',
      text_id: 'consent_texts',
      request_id: 'requests',
      import_id: 'consent_imports',
      attachment_id: 'attachments',
    },
  },
  { table: 'consent_mappings', hasId: false, owner: own, refs: { client_id: 'clients' } },
  {
    table: 'register_import_mappings',
    hasId: false,
    owner: own,
    refs: { client_id: 'clients' },
  },
];

/** The record an attachment belongs to, by its owner_type. */
export const attachmentOwners: Record<string, HandoverTable> = {
  processor: 'processors',
  request: 'requests',
  breach: 'breaches',
  consent_person: 'consent_persons',
  dpia: 'activities',
};
