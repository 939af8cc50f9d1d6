import { requestDeadlines } from '../core/rules/deadlines';
import { addDays, todayInBerlin } from '../core/rules/calendar';
import { median, type BenchTools } from './bench-tools';

// Data subject requests (issue 4): 20 clients x 250 requests; the filtered inbox across all
// clients (target < 20 ms) and the Art. 15 reply for a requester in 30 activities (< 300 ms).

const REQUESTS = 250;
const kinds = ['access', 'erasure', 'rectification', 'objection', 'access', 'restriction'];
const states = ['received', 'identity_check', 'in_progress', 'in_review', 'answered', 'closed'];

export async function benchDsar({ ctx, call }: BenchTools): Promise<void> {
  const orgs = await call('organisations.list', {});
  const sqlite = ctx.workspace().sqlite;
  const today = todayInBerlin();
  const insert = sqlite.prepare(
    `INSERT INTO requests (org_id, kind, state, channel, received_on, requester_name,
      requester_email, due_on, created_at, updated_at)
     VALUES (?, ?, ?, 'email', ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  // Seeded with SQL in one transaction: 5,000 handler calls would only measure the seeding.
  sqlite.transaction(() => {
    for (const org of orgs) {
      for (let i = 0; i < REQUESTS; i++) {
        const receivedOn = addDays(today, -((i * 7) % 120));
        const due = requestDeadlines(receivedOn, org.land, false).due;
        insert.run(
          org.id,
          kinds[i % kinds.length],
          states[i % states.length],
          receivedOn,
          `Antragsteller ${i + 1} Müller`,
          `person${i}@example.org`,
          due,
          at,
          at,
        );
      }
    }
  })();
  console.log(`\nData subject requests: seeded ${orgs.length} clients x ${REQUESTS} requests`);

  await median(
    'inbox across all clients: open, sorted by due date',
    30,
    () => call('dsar.list', {}),
    20,
  );
  await median(
    'inbox across all clients: overdue access requests',
    30,
    () => call('dsar.list', { due: 'overdue', kind: 'access' }),
    20,
  );
  await median(
    'inbox across all clients: due this week, search "müller"',
    30,
    () => call('dsar.list', { due: 'week', search: 'müller' }),
    20,
  );
  await median('request counts across all clients (badges)', 30, () => call('dsar.counts', {}));

  const org = orgs[3]!;
  const activities = (await call('activities.list', { orgId: org.id, status: 'all' })).slice(0, 30);
  const subjects = await call('catalogues.list', { orgId: org.id, kind: 'subject' });
  const request = await call('dsar.create', {
    orgId: org.id,
    request: {
      kind: 'access',
      receivedOn: today,
      channel: 'letter',
      requesterName: 'Jürgen Größmann',
      requesterAddress: 'Lindenstraße 5\n80331 München',
      subjectIds: subjects.map((s) => s.id),
    },
  });
  // The Art. 15 reply is drafted from "in progress" on (core/rules/dsar-letters.ts).
  await call('dsar.transition', { id: request.id, to: 'in_progress' });
  await call('dsar.saveReply', { id: request.id, activityIds: activities.map((a) => a.id) });
  await median(
    `Art. 15 reply (Word) for a requester in ${activities.length} activities`,
    10,
    () => call('dsar.letter', { id: request.id, letter: 'art15', language: 'de' }),
    300,
  );
}
