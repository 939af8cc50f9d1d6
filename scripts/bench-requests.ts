import { requestDeadlines } from '../core/rules/deadlines';
import { addDays, todayInBerlin } from '../core/rules/calendar';
import { DUE_SOON_DAYS } from '../core/rules/deadlines';
import { compareDocument } from './bench-raw-docx';
import { rawInbox, rawInboxCounts } from './bench-raw-modules';
import { compare, idsDiffer, section, type BenchTools } from './bench-tools';

// Data subject requests: 20 clients x 250 requests; the filtered inbox across all
// clients (target < 20 ms) and the Art. 15 reply for a requester in 30 activities (< 300 ms).

const REQUESTS = 250;
const kinds = ['access', 'erasure', 'rectification', 'objection', 'access', 'restriction'];
const states = ['received', 'identity_check', 'in_progress', 'in_review', 'answered', 'closed'];

export async function benchRequest({ call, sqlite }: BenchTools): Promise<void> {
  const clients = await call('clients.list', {});
  const today = todayInBerlin();
  const insert = sqlite().prepare(
    `INSERT INTO requests (client_id, kind, state, channel, received_on, requester_name,
      requester_email, due_on, created_at, updated_at)
     VALUES (?, ?, ?, 'email', ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  // Seeded with SQL in one transaction: 5,000 handler calls would only measure the seeding.
  sqlite().transaction(() => {
    for (const client of clients) {
      for (let i = 0; i < REQUESTS; i++) {
        const receivedOn = addDays(today, -((i * 7) % 120));
        const due = requestDeadlines(receivedOn, client.land, false).due;
        insert.run(
          client.id,
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
  section(`Data subject requests: ${clients.length} clients x ${REQUESTS} requests`);

  const inbox = rawInbox(sqlite());
  const inboxFigure = (
    label: string,
    input: { due?: 'overdue' | 'week'; kind?: 'access'; search?: string },
    range: { dueFrom?: string; dueTo?: string },
  ) =>
    compare({
      label,
      runs: 30,
      kind: 'list',
      target: 20,
      app: () => call('requests.list', input),
      raw: () => inbox({ ...range, kind: input.kind, search: input.search, limit: 1000 }, today),
      differs: (app, raw) =>
        idsDiffer(
          app.map((r) => r.id),
          raw.map((r) => r.id),
        ),
    });
  await inboxFigure('inbox across all clients: open, sorted by due date', {}, {});
  await inboxFigure(
    'inbox across all clients: overdue access requests',
    { due: 'overdue', kind: 'access' },
    { dueTo: addDays(today, -1) },
  );
  await inboxFigure(
    'inbox across all clients: due this week, search "müller"',
    { due: 'week', search: 'müller' },
    { dueFrom: today, dueTo: addDays(today, 6) },
  );
  const counts = rawInboxCounts(sqlite());
  await compare({
    label: 'request counts across all clients (badges)',
    runs: 30,
    kind: 'list',
    app: () => call('requests.counts', {}),
    raw: () => counts(today, addDays(today, DUE_SOON_DAYS)),
  });

  const client = clients[3]!;
  const activities = (await call('activities.list', { clientId: client.id, status: 'all' })).slice(
    0,
    30,
  );
  const subjects = await call('catalogues.list', { clientId: client.id, kind: 'subject' });
  const request = await call('requests.create', {
    clientId: client.id,
    request: {
      kind: 'access',
      receivedOn: today,
      channel: 'letter',
      requesterName: 'Jürgen Größmann',
      requesterAddress: 'Lindenstraße 5\n80331 München',
      subjectIds: subjects.map((s) => s.id),
    },
  });
  // The Art. 15 reply is drafted from "in progress" on (core/rules/requests-letters.ts).
  await call('requests.transition', { id: request.id, to: 'in_progress' });
  await call('requests.saveReply', { id: request.id, activityIds: activities.map((a) => a.id) });
  await compareDocument({
    label: `Art. 15 reply (Word) for a requester in ${activities.length} activities`,
    runs: 10,
    target: 300,
    app: () => call('requests.letter', { id: request.id, letter: 'art15', language: 'de' }),
  });
}
