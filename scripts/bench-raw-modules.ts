import type Database from 'better-sqlite3';
import { openStates, type PeriodUnit, type RequestState, type RunInterval } from '../core/api';
import { periodChangeFor } from '../core/catalogues/retention-catalogue';
import {
  appSystemOf,
  requestRetention,
  type ClosedRequestFacts,
} from '../core/rules/request-retention';
import { trackerWarnings } from '../core/rules/avv-tracker';
import { dateInBerlin } from '../core/rules/calendar';
import { urgencyOf } from '../core/rules/deadlines';
import { isOpen } from '../core/rules/requests-workflow';
import {
  cohort,
  nextRunDue,
  planSpan,
  regularPeriod,
  type RetentionSpec,
} from '../core/rules/retention';

// Raw baselines of the processor, retention and request lists: ONE prepared statement each,
// returning the rows the screen needs (links aggregated as JSON), then only the core rules
// the screen shows the verdict of (AVV warnings, run dates, deadlines) and the German sort.

/** processors.list: the tracker of one client with its counts. */
export function rawProcessorList(sqlite: Database.Database) {
  const statement = sqlite.prepare<[number, number]>(`
    SELECT p.id, p.name, p.country, p.country_kind, p.service, p.avv_status, p.avv_signed_on,
      p.avv_review_on, p.avv_ends_on, p.avv_requested_on,
      (SELECT request_overdue_days FROM avv_settings WHERE client_id = ?) AS overdue_days,
      (SELECT json_group_array(json_object('name', a.name, 'status', a.status))
        FROM (SELECT a.name, a.status FROM processor_activities pa
          JOIN activities a ON a.id = pa.activity_id
          WHERE pa.processor_id = p.id ORDER BY a.name) a) AS activities
    FROM processors p WHERE p.client_id = ? ORDER BY p.name`);
  type Row = {
    id: number;
    country_kind: string;
    avv_status: 'missing';
    avv_requested_on: string | null;
    avv_review_on: string | null;
    avv_ends_on: string | null;
    overdue_days: number | null;
    activities: string;
  };
  return (
    input: { clientId: number; attention?: boolean; countryKind?: string },
    today: string,
  ) => {
    const all = (statement.all(input.clientId, input.clientId) as Row[]).map((r) => {
      const activities = JSON.parse(r.activities);
      const tracker = {
        status: r.avv_status,
        requestedOn: r.avv_requested_on,
        reviewOn: r.avv_review_on,
        endsOn: r.avv_ends_on,
        activities,
      };
      return { ...r, warnings: trackerWarnings(tracker, today, r.overdue_days ?? undefined) };
    });
    const items = all
      .filter((p) => !input.countryKind || p.country_kind === input.countryKind)
      .filter((p) => !input.attention || p.warnings.length > 0);
    return { items, total: all.length, attention: all.filter((p) => p.warnings.length).length };
  };
}

/** German order (umlauts with their vowel, numbers by value), one key per text and call. */
function sortKeys() {
  const keys = new Map<string, string>();
  return (s: string) => {
    let key = keys.get(s);
    if (key === undefined) {
      key = s
        .toLocaleLowerCase('de')
        .replace(/ß/g, 'ss')
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .replace(/\d+/g, (n) => n.padStart(12, '0'));
      keys.set(s, key);
    }
    return key;
  };
}

// A rule, its client's name and its latest run per system ('' = over every system).
const ruleColumns = `r.id, r.client_id, r.name, r.catalogue_key, r.period_amount, r.period_unit,
  r.year_end, r.run_interval, r.method, r.systems, r.legal_hold, r.created_at, r.applies_to,
  CASE WHEN r.applies_to = 'closed_requests' THEN (
    SELECT json_group_array(json_object('id', q.id, 'kind', q.kind,
      'requesterName', q.requester_name, 'closedAt', coalesce(q.closed_at, q.updated_at)))
    FROM (SELECT * FROM requests WHERE client_id = r.client_id AND state = 'closed'
      ORDER BY closed_at, id) q) END AS closed,
  (SELECT json_group_object(system, last) FROM (
    SELECT system, max(run_date) AS last FROM deletion_runs WHERE rule_id = r.id
    GROUP BY system UNION ALL
    SELECT '', max(run_date) FROM deletion_runs WHERE rule_id = r.id HAVING count(*) > 0
  )) AS last_runs`;

interface RuleRow {
  id: number;
  client_id: number;
  name: string;
  catalogue_key: string | null;
  period_amount: number;
  period_unit: PeriodUnit;
  year_end: number;
  run_interval: RunInterval;
  method: string;
  systems: string;
  legal_hold: number;
  created_at: string;
  applies_to: string | null;
  closed: string | null;
  last_runs: string;
}

/** The closed requests of the rule for closed requests, with their retention dates. */
function closedOf(r: RuleRow, today: string) {
  if (r.applies_to !== 'closed_requests') return [];
  const rows = JSON.parse(r.closed ?? '[]') as (Omit<ClosedRequestFacts, 'closedOn'> & {
    closedAt: string;
  })[];
  const facts = rows.map(({ closedAt, ...q }) => ({ ...q, closedOn: dateInBerlin(closedAt) }));
  return requestRetention(facts, specOf(r), today);
}

function specOf(r: RuleRow): RetentionSpec {
  const rule = {
    catalogueKey: r.catalogue_key,
    periodAmount: r.period_amount,
    periodUnit: r.period_unit,
    yearEnd: r.year_end === 1,
  };
  return { ...rule, runInterval: r.run_interval, change: periodChangeFor(rule) };
}

/** Run status per system, as the rules screen and the plan show it. */
function runsOf(r: RuleRow, today: string) {
  const systems = JSON.parse(r.systems) as string[];
  const last = JSON.parse(r.last_runs ?? '{}') as Record<string, string>;
  const firstRequest = r.legal_hold === 1 ? null : (closedOf(r, today)[0]?.deletableFrom ?? null);
  return (systems.length ? systems : ['']).map((system) => {
    const lastRun = last[system] ?? null;
    if (r.legal_hold === 1) return { system, lastRun, nextDue: null, overdue: false };
    const nextDue =
      r.applies_to === 'closed_requests'
        ? firstRequest
        : nextRunDue(lastRun ?? dateInBerlin(r.created_at), r.run_interval);
    return { system, lastRun, nextDue, overdue: nextDue !== null && nextDue < today };
  });
}

/** retention.plan: what falls due in a month or quarter, for one client or all of them. */
export function rawDeletionPlan(sqlite: Database.Database) {
  const statement = sqlite.prepare<[number | null, number | null]>(`
    SELECT ${ruleColumns}, o.name AS client_name
    FROM retention_rules r JOIN clients o ON o.id = r.client_id
    WHERE ? IS NULL OR r.client_id = ?`);
  return (
    input: { clientId?: number; month: string; span: 'month' | 'quarter' },
    today: string,
  ) => {
    const { from, to } = planSpan(input.month, input.span);
    const clientId = input.clientId ?? null;
    const entries: { key: string; ruleId: number; system: string }[] = [];
    const sortKey = sortKeys();
    // Rules with the same period share their cohort, as they do in the app.
    const cohorts = new Map<string, ReturnType<typeof cohort>>();
    for (const r of statement.all(clientId, clientId) as (RuleRow & { client_name: string })[]) {
      if (r.applies_to === 'closed_requests') {
        // One entry for the client's closed requests that may be deleted by the span's end.
        if (!closedOf(r, today).some((q) => q.deletableFrom <= to)) continue;
        const key = `${sortKey(r.client_name)}\u0000${sortKey(r.name)}`;
        entries.push({ key, ruleId: r.id, system: appSystemOf(JSON.parse(r.systems)) });
        continue;
      }
      const spec = specOf(r);
      const specKey = `${spec.periodAmount}|${spec.periodUnit}|${spec.yearEnd}|${spec.change?.changedOn ?? ''}`;
      if (!cohorts.has(specKey)) cohorts.set(specKey, cohort(from, to, spec));
      const due = cohorts.get(specKey) ?? null;
      for (const s of runsOf(r, today)) {
        const runDue = s.nextDue !== null && s.nextDue <= to ? s.nextDue : null;
        if (!due && !runDue) continue;
        const key = `${sortKey(r.client_name)}\u0000${sortKey(r.name)}\u0000${sortKey(s.system)}`;
        entries.push({ key, ruleId: r.id, system: s.system });
      }
    }
    return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  };
}

/** retention.list: one client's rules with their period, links and run status. */
export function rawRuleList(sqlite: Database.Database) {
  const statement = sqlite.prepare<[number]>(`
    SELECT ${ruleColumns}, r.description, r.start_event, r.start_description, r.norm, r.reason,
      r.responsible, r.hold_reason, r.updated_at,
      (SELECT json_group_array(json_object('id', a.id, 'name', a.name)) FROM (
        SELECT a.id, a.name FROM retention_rule_activities l JOIN activities a ON a.id = l.activity_id
        WHERE l.rule_id = r.id ORDER BY a.name) a) AS activities,
      (SELECT json_group_array(json_object('id', c.id, 'name', c.name)) FROM (
        SELECT c.id, c.name FROM retention_rule_categories l
        JOIN catalogue_entries c ON c.id = l.entry_id
        WHERE l.rule_id = r.id ORDER BY c.name) c) AS categories
    FROM retention_rules r WHERE r.client_id = ? ORDER BY r.name`);
  return (clientId: number, today: string) =>
    (statement.all(clientId) as (RuleRow & { activities: string; categories: string })[]).map(
      (r) => {
        const runs = runsOf(r, today);
        return {
          id: r.id,
          name: r.name,
          activities: JSON.parse(r.activities),
          dataCategories: JSON.parse(r.categories),
          regularPeriod: regularPeriod(specOf(r)),
          runs,
          overdue: runs.some((s) => s.overdue),
        };
      },
    );
}

const open = `(${openStates.map((s) => `'${s}'`).join(', ')})`;

/** requests.list across all clients: open requests by due date, with their urgency. */
export function rawInbox(sqlite: Database.Database) {
  const statement = sqlite.prepare(`
    SELECT r.id, r.client_id, o.name AS client_name, r.kind, r.state, r.channel, r.requester_name,
      r.received_on, r.due_on, r.extension_on
    FROM requests r JOIN clients o ON o.id = r.client_id
    WHERE r.state IN ${open}
      AND (@kind IS NULL OR r.kind = @kind)
      AND (@dueFrom IS NULL OR r.due_on >= @dueFrom)
      AND (@dueTo IS NULL OR r.due_on <= @dueTo)
      AND (@like IS NULL OR lower(r.requester_name) LIKE @like ESCAPE '\\'
        OR lower(r.requester_email) LIKE @like ESCAPE '\\'
        OR lower(r.requester_reference) LIKE @like ESCAPE '\\')
    ORDER BY r.due_on, r.id LIMIT @limit`);
  type Row = { id: number; state: RequestState; due_on: string };
  return (
    filter: { kind?: string; dueFrom?: string; dueTo?: string; search?: string; limit: number },
    today: string,
  ) =>
    (
      statement.all({
        kind: filter.kind ?? null,
        dueFrom: filter.dueFrom ?? null,
        dueTo: filter.dueTo ?? null,
        like: filter.search ? `%${filter.search.toLowerCase().replace(/[\\%_]/g, '\\$&')}%` : null,
        limit: filter.limit,
      }) as Row[]
    ).map((r) => ({ ...r, ...urgencyOf(r.due_on, today, isOpen(r.state)) }));
}

/** requests.counts: open, overdue and due soon across all clients. */
export function rawInboxCounts(sqlite: Database.Database) {
  const statement = sqlite.prepare<[string, string, string]>(`
    SELECT count(*) AS open, sum(due_on < ?) AS overdue, sum(due_on >= ? AND due_on <= ?) AS soon
    FROM requests WHERE state IN ${open}`);
  return (today: string, soon: string) => statement.get(today, today, soon);
}
