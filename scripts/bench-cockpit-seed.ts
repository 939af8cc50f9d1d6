// The large practice of the cockpit figures, written with raw prepared inserts (seeding
// 100 clients through the handlers would take minutes): 100 clients x 200 activities, 100
// processors, 250 requests and 60 deletion rules each. The mix is a well-kept practice:
// most records complete and signed, a few overdue, a few coming up. Called from
// scripts/bench-cockpit.ts.
import type Database from 'better-sqlite3';
import { addDays } from '../core/rules/calendar';

export const PRACTICE = {
  clients: 100,
  activities: 200,
  processors: 100,
  requests: 250,
  rules: 60,
};

/** A date `days` from today, moved to the 28th at the latest (month arithmetic stays plain). */
const dayOf = (today: string, days: number) => {
  const date = addDays(today, days);
  return Number(date.slice(8)) > 28 ? `${date.slice(0, 8)}28` : date;
};

export function seedPractice(sqlite: Database.Database, today: string): void {
  const at = '2025-01-15T12:00:00.000Z';
  const insert = (table: string, columns: string[]) =>
    sqlite.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
  const client = insert('clients', ['name', 'land', 'city', 'street', 'created_at', 'updated_at']);
  const entry = insert('catalogue_entries', [
    'client_id',
    'kind',
    'name',
    'special',
    'recipient_type',
    'country',
  ]);
  const activity = insert('activities', [
    'client_id',
    'number',
    'name',
    'purposes',
    'legal_bases',
    'retention',
    'toms',
    'status',
    'next_review',
    'created_at',
    'updated_at',
  ]);
  const category = insert('activity_categories', ['activity_id', 'entry_id', 'position']);
  const processor = insert('processors', [
    'client_id',
    'name',
    'avv_status',
    'avv_requested_on',
    'avv_signed_on',
    'avv_review_on',
    'created_at',
    'updated_at',
  ]);
  const link = insert('processor_activities', ['processor_id', 'activity_id']);
  const request = insert('requests', [
    'client_id',
    'kind',
    'channel',
    'received_on',
    'requester_name',
    'due_on',
    'state',
    'closed_at',
    'created_at',
    'updated_at',
  ]);
  const rule = insert('retention_rules', [
    'client_id',
    'name',
    'start_event',
    'period_amount',
    'period_unit',
    'run_interval',
    'method',
    'systems',
    'applies_to',
    'created_at',
    'updated_at',
  ]);
  const run = insert('deletion_runs', [
    'client_id',
    'rule_id',
    'rule_name',
    'run_date',
    'system',
    'method',
    'person',
    'created_at',
  ]);
  const intervals = ['monthly', 'quarterly', 'yearly'] as const;
  const sinceLastRun = { monthly: -10, quarterly: -40, yearly: -200 };
  sqlite.transaction(() => {
    for (let c = 0; c < PRACTICE.clients; c++) {
      const clientId = Number(
        client.run(
          `Mandant ${String(c + 1).padStart(3, '0')} GmbH`,
          'BY',
          'München',
          'Weg 1',
          at,
          at,
        ).lastInsertRowid,
      );
      const ids = (kind: string, names: string[], special = 'none', type: string | null = null) =>
        names.map((n, i) =>
          Number(
            entry.run(clientId, kind, n, kind === 'data' && i === 2 ? special : 'none', type, '')
              .lastInsertRowid,
          ),
        );
      const subjects = ids('subject', ['Beschäftigte', 'Kunden', 'Bewerber']);
      const data = ids('data', ['Kontaktdaten', 'Bankverbindung', 'Gesundheitsdaten'], 'art9');
      const recipients = ids(
        'recipient',
        ['Steuerberater', 'Bank', 'IT-Dienstleister'],
        'none',
        'external',
      );
      const activityIds: number[] = [];
      for (let i = 0; i < PRACTICE.activities; i++) {
        const status = i % 50 === 1 ? 'archived' : i % 20 === 0 ? 'draft' : 'active';
        const review =
          i % 40 === 3 ? dayOf(today, -20) : i % 40 === 7 ? dayOf(today, 10) : '2029-06-28';
        const id = Number(
          activity.run(
            clientId,
            `VT-${i + 1}`,
            `Verarbeitung ${i + 1}`,
            i % 45 === 5 ? '' : 'Zweck',
            '["art6_1_b"]',
            i % 60 === 9 ? '' : '6 Jahre',
            'TOM-Konzept',
            status,
            review,
            at,
            at,
          ).lastInsertRowid,
        );
        activityIds.push(id);
        category.run(id, subjects[i % 3]!, 0);
        category.run(id, data[i % 3]!, 1);
        category.run(id, data[(i + 1) % 3]!, 2);
        if (i % 70 !== 11) category.run(id, recipients[i % 3]!, 3);
      }
      for (let i = 0; i < PRACTICE.processors; i++) {
        const status = i < 90 ? 'signed' : i < 95 ? 'missing' : i < 98 ? 'requested' : 'draft_sent';
        const requested =
          status === 'signed' || status === 'missing' ? null : dayOf(today, i === 96 ? -5 : -60);
        const id = Number(
          processor.run(
            clientId,
            `Dienstleister ${i + 1} GmbH`,
            status,
            requested,
            status === 'signed' ? '2025-02-01' : null,
            i % 30 === 4 ? dayOf(today, -3) : null,
            at,
            at,
          ).lastInsertRowid,
        );
        link.run(id, activityIds[(i * 2) % PRACTICE.activities]!);
        link.run(id, activityIds[(i * 2 + 1) % PRACTICE.activities]!);
      }
      for (let i = 0; i < PRACTICE.requests; i++) {
        const open = i >= 235;
        const due = open ? dayOf(today, i < 238 ? -10 : i < 242 ? 3 : 40) : '2026-01-20';
        request.run(
          clientId,
          'access',
          'email',
          addDays(due, -30),
          `Person ${i + 1}`,
          due,
          // The last two open ones wait for their four-eyes review.
          open ? (i >= 248 ? 'in_review' : 'in_progress') : 'closed',
          open ? null : '2026-01-10T10:00:00.000Z',
          at,
          at,
        );
      }
      rule.run(
        clientId,
        'Abgeschlossene Betroffenenanfragen',
        'transaction_end',
        3,
        'years',
        'monthly',
        'delete',
        '["Privacy Desk"]',
        'closed_requests',
        at,
        at,
      );
      for (let i = 1; i < PRACTICE.rules; i++) {
        const interval = intervals[i % 3]!;
        const systems = i % 4 === 0 ? ['DATEV', 'Papier'] : [];
        const name = `Datenart ${i}`;
        const ruleId = Number(
          rule.run(
            clientId,
            name,
            'transaction_end',
            6,
            'years',
            interval,
            'delete',
            JSON.stringify(systems),
            null,
            at,
            at,
          ).lastInsertRowid,
        );
        // Every tenth rule never ran: its first run is long overdue.
        if (i % 10 === 0) continue;
        for (const system of systems.length > 0 ? systems : ['']) {
          run.run(
            clientId,
            ruleId,
            name,
            dayOf(today, sinceLastRun[interval]),
            system,
            'delete',
            'Bench',
            at,
          );
        }
      }
    }
  })();
}
