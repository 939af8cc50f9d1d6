import { performance } from 'node:perf_hooks';
import { addHours } from '../core/rules/calendar';
import { median, type BenchTools } from './bench-tools';

// The breach log: 20 clients x 50 breaches; the list across every client with each
// breach's clock (target < 20 ms), beside the same query as one prepared better-sqlite3
// statement (the raw baseline), the badge counts, and one client's register as Word.

const BREACHES = 50;
const kinds = ['["confidentiality"]', '["availability","confidentiality"]', '["integrity"]'];
const levels = [null, 'none', 'risk', 'high'] as const;

export async function benchBreaches({ ctx, call }: BenchTools): Promise<void> {
  const orgs = await call('organisations.list', {});
  const sqlite = ctx.workspace().sqlite;
  const insert = sqlite.prepare(
    `INSERT INTO breaches (org_id, title, aware_at, kinds, subjects_count, risk_level,
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
    for (const org of orgs) {
      for (let i = 0; i < BREACHES; i++) {
        const aware = addHours(now, -((i * 13) % 400) - 1);
        const level = levels[i % levels.length]!;
        const { lastInsertRowid } = insert.run(
          org.id,
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
  console.log(`\nBreaches: seeded ${orgs.length} clients x ${BREACHES} breaches`);

  const list = await median(
    'breach list across all clients, with the clock, sorted',
    30,
    () => call('breaches.list', {}),
    20,
  );
  // The same rows as one prepared statement, without the clock or the envelope.
  const raw = sqlite.prepare(
    `SELECT b.id, b.org_id, o.name, b.title, b.aware_at, b.kinds, b.state, b.subjects_count,
       b.risk_level, b.processor_aware_at, b.processor_notice_at, b.informed_at, n.at
     FROM breaches b JOIN organisations o ON o.id = b.org_id
     LEFT JOIN breach_notices n ON n.breach_id = b.id AND n.kind = 'first'
     ORDER BY b.aware_at DESC, b.id DESC`,
  );
  const times: number[] = [];
  for (let i = 0; i < 31; i++) {
    const start = performance.now();
    raw.all();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const baseline = times[15]!;
  console.log(
    `${'  raw baseline: the same query, one prepared statement'.padEnd(56)} ${baseline.toFixed(2).padStart(9)} ms  (list / raw: ${(list / baseline).toFixed(1)}x)`,
  );
  await median('breach counts across all clients (badge)', 30, () => call('breaches.counts', {}));
  const org = orgs[2]!;
  await median(`breach register (Word) of one client, ${BREACHES} breaches`, 5, () =>
    call('breaches.exportRegister', { orgId: org.id, language: 'de' }),
  );
}
