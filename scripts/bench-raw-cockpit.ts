// Raw baselines of the cockpit figures: each the same aggregate as one prepared
// better-sqlite3 statement over the stored facts, no kysely, no zod, no rules in
// TypeScript. Run dates and review dates are plain SQLite date arithmetic, exact for the
// seed (scripts/bench-cockpit-seed.ts: days up to the 28th, monthly to yearly runs). The
// seed has no breaches and no closed request past its retention, so those two kinds are
// not in the statement.
import type Database from 'better-sqlite3';
import { addDays } from '../core/rules/calendar';
import { DUE_SOON_DAYS } from '../core/rules/deadlines';

const openStates = "('received','identity_check','in_progress','in_review','answered','refused')";
const months = "CASE r.run_interval WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 ELSE 12 END";

/** One row per attention item: client, kind, record, title and date. */
const itemsSql = `
  SELECT o.id AS client_id, 'register_empty' AS kind, o.id AS entity_id, o.name AS title, NULL AS date
    FROM clients o
    WHERE NOT EXISTS (SELECT 1 FROM activities a WHERE a.client_id = o.id AND a.status <> 'archived')
  UNION ALL SELECT client_id, 'activity_incomplete', id, name, NULL FROM activities
    WHERE status <> 'archived' AND complete = 0 AND missing <> '[]'
  UNION ALL SELECT client_id, 'activity_unconfirmed', id, name, NULL FROM activities
    WHERE status <> 'archived' AND complete = 0 AND unconfirmed <> '[]'
  UNION ALL SELECT client_id, 'activity_draft', id, name, NULL FROM activities WHERE status = 'draft'
  UNION ALL SELECT client_id, 'reply_to_review', id, requester_name, due_on FROM requests
    WHERE state = 'in_review' AND reviewed_at IS NULL
  UNION ALL SELECT client_id, CASE WHEN next_review <= @today THEN 'review_due' ELSE 'review_soon' END,
      id, name, next_review FROM activities
    WHERE status <> 'archived' AND next_review <= @reviewSoon
  UNION ALL SELECT client_id, CASE WHEN due_on < @today THEN 'request_overdue' ELSE 'request_due_soon' END,
      id, requester_name, due_on FROM requests
    WHERE state IN ${openStates} AND due_on <= @requestSoon
  UNION ALL SELECT p.client_id, 'avv_missing', p.id, p.name, NULL FROM processors p
    WHERE p.avv_status NOT IN ('signed','not_required') AND EXISTS (
      SELECT 1 FROM processor_activities pa JOIN activities a ON a.id = pa.activity_id
      WHERE pa.processor_id = p.id AND a.status IN ('active','draft'))
  UNION ALL SELECT p.client_id, 'avv_request_overdue', p.id, p.name, p.avv_requested_on FROM processors p
    LEFT JOIN avv_settings s ON s.client_id = p.client_id
    WHERE p.avv_status = 'requested'
      AND date(p.avv_requested_on, '+' || coalesce(s.request_overdue_days, 21) || ' days') <= @today
  UNION ALL SELECT client_id, 'avv_review_due', id, name, avv_review_on FROM processors
    WHERE avv_status NOT IN ('terminated','expired','not_required') AND avv_review_on <= @today
  UNION ALL SELECT client_id, 'avv_end_reached', id, name, avv_ends_on FROM processors
    WHERE avv_status NOT IN ('terminated','expired','not_required') AND avv_ends_on <= @today
  UNION ALL SELECT client_id, 'deletion_run_overdue', rule_id, name, min(next_due) FROM (
    SELECT r.client_id, r.id AS rule_id, r.name, date(coalesce(
        (SELECT max(d.run_date) FROM deletion_runs d WHERE d.rule_id = r.id
          AND (s.value IS NULL OR d.system = s.value)),
        substr(r.created_at, 1, 10)), '+' || ${months} || ' months') AS next_due
      FROM retention_rules r LEFT JOIN json_each(CASE WHEN r.systems = '[]' THEN NULL ELSE r.systems END) s
      WHERE r.applies_to IS NULL AND r.legal_hold = 0)
    WHERE next_due < @today GROUP BY rule_id`;

const datesOf = (today: string) => ({
  today,
  reviewSoon: addDays(today, 30),
  requestSoon: addDays(today, DUE_SOON_DAYS),
});

/** home.cockpit: every item of every client, by client name. */
export function rawCockpit(sqlite: Database.Database) {
  const statement = sqlite.prepare(`
    SELECT i.client_id, o.name AS client_name, i.kind, i.entity_id, i.title, i.date
    FROM (${itemsSql}) i JOIN clients o ON o.id = i.client_id
    ORDER BY o.name, i.kind, i.entity_id`);
  type Row = { client_id: number; client_name: string; kind: string; entity_id: number };
  return (today: string) => statement.all(datesOf(today)) as Row[];
}

const urgent = `('breach_clock_passed','breach_clock_running','request_overdue','avv_missing','review_due',
  'avv_end_reached','avv_review_due','avv_request_overdue','deletion_run_overdue','closed_requests_due')`;
const soon = "('request_due_soon','review_soon')";

/** clients.list: per client its activity counts, open items by urgency and the light. */
export function rawClientOverview(sqlite: Database.Database) {
  const statement = sqlite.prepare(`
    WITH items AS (${itemsSql}),
    open AS (SELECT client_id, sum(kind IN ${urgent}) AS urgent, sum(kind IN ${soon}) AS soon,
        sum(kind NOT IN ${urgent} AND kind NOT IN ${soon}) AS review FROM items GROUP BY client_id),
    counts AS (SELECT client_id, count(*) AS total, sum(complete IS NOT 1) AS incomplete
        FROM activities WHERE status <> 'archived' GROUP BY client_id)
    SELECT o.id, o.name, o.city, o.land, coalesce(c.total, 0) AS activityCount,
      coalesce(c.incomplete, 0) AS incompleteCount, coalesce(p.urgent, 0) AS urgent,
      coalesce(p.soon, 0) AS soon, coalesce(p.review, 0) AS review,
      CASE WHEN p.urgent > 0 THEN 'red' WHEN p.soon + p.review > 0 THEN 'amber' ELSE 'green' END AS light
    FROM clients o LEFT JOIN counts c ON c.client_id = o.id LEFT JOIN open p ON p.client_id = o.id
    ORDER BY o.name`);
  type Row = {
    id: number;
    name: string;
    city: string;
    land: string;
    activityCount: number;
    incompleteCount: number;
    urgent: number;
    soon: number;
    review: number;
    light: string;
  };
  return (today: string) =>
    (statement.all(datesOf(today)) as Row[]).map(({ urgent, soon, review, light, ...r }) => ({
      ...r,
      open: { urgent, soon, review },
      light,
    }));
}
