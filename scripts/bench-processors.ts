// Processors and AVV (issue 3): the tracker list at 20 clients x 100 processors and the
// AVV draft for a processor linked to 50 activities. Called from scripts/bench.ts.
import { performance } from 'node:perf_hooks';
import { median, type BenchTools } from './bench-tools';

const PROCESSORS = 100;
const LINKED = 50;

const statuses = ['missing', 'requested', 'signed', 'draft_sent', 'signed'] as const;

export async function benchProcessors({ call }: BenchTools): Promise<void> {
  const clients = await call('organisations.list', {});
  console.log(`\nSeeding ${clients.length} clients x ${PROCESSORS} processors…`);
  const start = performance.now();
  let drafted = 0;
  for (const client of clients) {
    const activityIds = (await call('activities.list', { orgId: client.id, status: 'all' })).map(
      (a) => a.id,
    );
    for (let i = 0; i < PROCESSORS; i++) {
      const linked =
        i === 0 ? activityIds.slice(0, LINKED) : activityIds.slice(i % 150, (i % 150) + 3);
      const p = await call('processors.create', {
        orgId: client.id,
        processor: {
          name: `Dienstleister ${i + 1} GmbH`,
          street: 'Weg 1',
          city: 'München',
          service: `Leistung ${i + 1}`,
          countryKind: i % 10 === 0 ? 'third_country' : 'eu_eea',
          toms: [{ area: 'zutrittskontrolle', description: 'Chipkarten' }],
          subProcessors: i % 4 === 0 ? [{ name: 'Sub AG', country: 'Irland' }] : [],
          activityIds: linked,
        },
      });
      const status = statuses[i % statuses.length]!;
      if (status !== 'missing') {
        await call('processors.setAgreement', {
          id: p.id,
          agreement: {
            status,
            requestedOn: '2026-01-01',
            draftSentOn: '2026-01-02',
            signedOn: '2026-01-03',
            reviewOn: i % 3 === 0 ? '2026-06-01' : null,
          },
        });
      }
      if (i === 0 && client.id === clients[7]!.id) drafted = p.id;
    }
  }
  console.log(`  seeded in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);

  const orgId = clients[7]!.id;
  await median(
    `tracker list of one client's ${PROCESSORS} processors`,
    30,
    () => call('processors.list', { orgId }),
    20,
  );
  await median(
    'tracker list filtered (needs attention, third country)',
    30,
    () => call('processors.list', { orgId, attention: true, countryKind: 'third_country' }),
    20,
  );
  await median('home attention with processor warnings', 20, () =>
    call('home.attention', { orgId }),
  );
  const options = {
    language: 'de' as const,
    duration: '2 Jahre',
    jurisdiction: 'München',
    place: 'München',
  };
  await median(
    `AVV draft (.docx) for a processor linked to ${LINKED} activities`,
    7,
    () => call('processors.draft', { id: drafted, options }),
    300,
  );
}
