import type Database from 'better-sqlite3';
import type { BreachKind, RiskLevel } from '../core/api';
import { breachClock } from '../core/rules/breach-clock';
import { addHours } from '../core/rules/calendar';
import { compareDocument } from './bench-raw-docx';
import { compare, idsDiffer, section, type BenchTools } from './bench-tools';

// The breach log: 20 clients x 50 breaches; the list across every client with each
// breach's clock (target < 20 ms), the badge counts, and one client's register as Word.

const BREACHES = 50;
const kinds = ['["confidentiality"]', '["availability","confidentiality"]', '["integrity"]'];
const levels = [null, 'none', 'risk', 'high'] as const;

/**
 * breaches.list across all clients: the same rows from one prepared statement, each with its
 * 72-hour clock (the core rule the list shows), in the list's order of urgency.
 */
function rawBreachList(sqlite: Database.Database) {
  const statement = sqlite.prepare<[string | null, string | null]>(`
    SELECT b.id, b.client_id, o.name AS client_name, b.title, b.aware_at, b.kinds, b.state,
      b.subjects_count, b.risk_level, b.processor_aware_at, b.processor_notice_at,
      b.informed_at, n.at AS first_notice_at
    FROM breaches b JOIN clients o ON o.id = b.client_id
    LEFT JOIN breach_notices n ON n.breach_id = b.id AND n.kind = 'first'
    WHERE ? IS NULL OR b.state = ?
    ORDER BY b.aware_at DESC, b.id DESC`);
  type Row = {
    id: number;
    aware_at: string;
    kinds: string;
    state: 'open' | 'closed';
    risk_level: RiskLevel | null;
    processor_aware_at: string | null;
    processor_notice_at: string | null;
    first_notice_at: string | null;
  };
  return (state: 'open' | 'all', now: Date) =>
    (statement.all(state === 'all' ? null : state, state) as Row[])
      .map((r, index) => {
        const clock = breachClock(
          {
            awareAt: r.aware_at,
            processorAwareAt: r.processor_aware_at,
            processorNoticeAt: r.processor_notice_at,
            firstNoticeAt: r.first_notice_at,
            level: r.risk_level,
            closed: r.state === 'closed',
          },
          now,
        );
        const rank = clock.clockRuns ? 0 : r.state === 'open' ? 1 : 2;
        const kinds = JSON.parse(r.kinds) as BreachKind[];
        return { id: r.id, kinds, clock, rank, hours: clock.hoursLeft ?? 0, index };
      })
      .sort(
        (a, b) => a.rank - b.rank || (a.rank === 0 ? a.hours - b.hours : 0) || a.index - b.index,
      );
}

export async function benchBreaches({ ctx, call, sqlite: connection }: BenchTools): Promise<void> {
  const clients = await call('clients.list', {});
  const sqlite = connection();
  const insert = sqlite.prepare(
    `INSERT INTO breaches (client_id, title, aware_at, kinds, subjects_count, risk_level,
      risk_criteria, assessed_at, state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const notice = sqlite.prepare(
    `INSERT INTO breach_notices (breach_id, kind, at, channel, recorded_at)
     VALUES (?, 'first', ?, 'online_form', ?)`,
  );
  const now = new Date().toISOString();
  const criteria = JSON.stringify({
    breachType: 'medium',
    sensitivity: 'medium',
    volume: 'low',
    identification: 'high',
    severity: 'medium',
    persons: 'low',
    specialCategories: false,
    vulnerable: false,
  });
  // Seeded with SQL in one transaction: 1,000 handler calls would only measure the seeding.
  sqlite.transaction(() => {
    for (const client of clients) {
      for (let i = 0; i < BREACHES; i++) {
        const aware = addHours(now, -((i * 13) % 400) - 1);
        const level = levels[i % levels.length]!;
        const { lastInsertRowid } = insert.run(
          client.id,
          `Datenpanne ${i + 1}: ${['E-Mail an falschen Empfänger', 'Laptop verloren', 'Phishing'][i % 3]}`,
          aware,
          kinds[i % kinds.length],
          (i * 37) % 5000,
          level,
          level ? criteria : null,
          level ? now : null,
          i % 5 === 0 ? 'closed' : 'open',
          now,
          now,
        );
        if (i % 2 === 0) notice.run(Number(lastInsertRowid), addHours(aware, 30), now);
      }
    }
  })();
  section(`Breaches: ${clients.length} clients x ${BREACHES} breaches`);
  const list = rawBreachList(sqlite);
  await compare({
    label: 'breach list across all clients, with the clock, sorted',
    runs: 30,
    kind: 'list',
    target: 20,
    app: () => call('breaches.list', {}),
    raw: () => list('all', ctx.now()),
    differs: (app, raw) =>
      idsDiffer(
        app.map((b) => b.id),
        raw.map((b) => b.id),
      ),
  });
  await compare({
    label: 'breach counts across all clients (badge)',
    runs: 30,
    kind: 'list',
    app: () => call('breaches.counts', {}),
    raw: () => {
      const open = list('open', ctx.now());
      const running = open.filter((b) => b.clock.clockRuns);
      return {
        running: running.length,
        overdue: running.filter((b) => b.hours < 0).length,
        open: open.length,
      };
    },
    differs: (app, raw) =>
      JSON.stringify(app) === JSON.stringify(raw) ? null : 'the counts differ',
  });
  const client = clients[2]!;
  await compareDocument({
    label: `breach register (Word) of one client, ${BREACHES} breaches`,
    runs: 5,
    app: () => call('breaches.exportRegister', { clientId: client.id, language: 'de' }),
  });
}
