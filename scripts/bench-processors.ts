// Processors and AVV: the tracker list at 20 clients x 100 processors and the
// AVV draft for a processor linked to 50 activities. Called from scripts/bench.ts.
import { performance } from 'node:perf_hooks';
import { todayInBerlin } from '../core/rules/calendar';
import { compareDocument } from './bench-raw-docx';
import { rawProcessorList } from './bench-raw-modules';
import { compare, idsDiffer, section, type BenchTools } from './bench-tools';

const PROCESSORS = 100;
const LINKED = 50;

const statuses = ['missing', 'requested', 'signed', 'draft_sent', 'signed'] as const;

export async function benchProcessors({ ctx, call, sqlite }: BenchTools): Promise<void> {
  const clients = await call('clients.list', {});
  process.stdout.write(`\n  (seeding ${clients.length} clients x ${PROCESSORS} processors…`);
  const start = performance.now();
  let drafted = 0;
  for (const client of clients) {
    const activityIds = (await call('activities.list', { clientId: client.id, status: 'all' })).map(
      (a) => a.id,
    );
    for (let i = 0; i < PROCESSORS; i++) {
      const linked =
        i === 0 ? activityIds.slice(0, LINKED) : activityIds.slice(i % 150, (i % 150) + 3);
      const p = await call('processors.create', {
        clientId: client.id,
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
  console.log(` ${((performance.now() - start) / 1000).toFixed(1)} s)`);

  const clientId = clients[7]!.id;
  const today = todayInBerlin(ctx.now());
  const tracker = rawProcessorList(sqlite());
  section(`Processors: ${clients.length} clients x ${PROCESSORS} processors`);
  const trackerFigure = (label: string, input: { clientId: number } & Partial<Filter>) =>
    compare({
      label,
      runs: 30,
      kind: 'list',
      target: 20,
      app: () => call('processors.list', input),
      raw: () => tracker(input, today),
      differs: (app, raw) =>
        idsDiffer(
          app.items.map((p) => p.id),
          raw.items.map((p) => p.id),
        ) ??
        (app.counts.attention === raw.attention && app.counts.total === raw.total
          ? null
          : 'counts differ'),
    });
  await trackerFigure(`tracker list of one client's ${PROCESSORS} processors`, { clientId });
  await trackerFigure('tracker list filtered (needs attention, third country)', {
    clientId,
    attention: true,
    countryKind: 'third_country',
  });
  // No raw baseline: it gathers what five lists say about the client (no single statement).
  await compare({
    label: 'home attention with processor warnings',
    runs: 20,
    app: () => call('home.attention', { clientId }),
  });
  const options = {
    language: 'de' as const,
    duration: '2 Jahre',
    jurisdiction: 'München',
    place: 'München',
  };
  await compareDocument({
    label: `AVV draft (.docx) for a processor linked to ${LINKED} activities`,
    runs: 7,
    target: 300,
    app: () => call('processors.draft', { id: drafted, options }),
  });
}

type Filter = { attention: boolean; countryKind: 'third_country' };
