import type { RetentionRuleInput } from '../core/api';
import { todayInBerlin } from '../core/rules/calendar';
import { compareDocument } from './bench-raw-docx';
import { rawDeletionPlan, rawRuleList } from './bench-raw-modules';
import { compare, idsDiffer, section, type BenchTools } from './bench-tools';

// Retention: the deletion plan across 20 clients x 60 rules (target < 20 ms).

const RULES = 60;
const kinds: Partial<RetentionRuleInput>[] = [
  { periodAmount: 8, periodUnit: 'years', yearEnd: true, catalogueKey: 'booking_vouchers' },
  { periodAmount: 10, periodUnit: 'years', yearEnd: true },
  { periodAmount: 6, periodUnit: 'years', yearEnd: true, startEvent: 'transaction_end' },
  { periodAmount: 6, periodUnit: 'months', startEvent: 'transaction_end' },
  { periodAmount: 24, periodUnit: 'months', startEvent: 'relationship_end' },
  { periodAmount: 72, periodUnit: 'days', runInterval: 'weekly' },
];

function rule(i: number): RetentionRuleInput {
  return {
    name: `Datenart ${i + 1}`,
    startEvent: 'creation',
    periodAmount: 1,
    periodUnit: 'years',
    runInterval: (['monthly', 'quarterly', 'yearly'] as const)[i % 3],
    method: 'delete',
    norm: '§ 147 AO',
    systems: i % 4 === 0 ? [] : ['DATEV', 'Archiv'].slice(0, 1 + (i % 2)),
    responsible: 'Buchhaltung',
    ...kinds[i % kinds.length],
  };
}

export async function benchRetention({ ctx, call, sqlite }: BenchTools): Promise<void> {
  const clients = await call('clients.list', {});
  section(`Retention: ${clients.length} clients x ${RULES} deletion rules`);
  for (const client of clients) {
    for (let i = 0; i < RULES; i++) {
      const created = await call('retention.create', { clientId: client.id, rule: rule(i) });
      if (i % 5 === 0) {
        const system = created.systems[0] ?? '';
        await call('retention.recordRun', {
          ruleId: created.id,
          date: todayInBerlin(),
          system,
          count: i,
          method: 'delete',
          person: 'Bench',
        });
      }
    }
  }
  const clientId = clients[7]!.id;
  const today = todayInBerlin(ctx.now());
  const plan = rawDeletionPlan(sqlite());
  const planFigure = (label: string, input: Parameters<typeof plan>[0], target?: number) =>
    compare({
      label,
      runs: 30,
      kind: 'list',
      ...(target === undefined ? {} : { target }),
      app: () => call('retention.plan', input),
      raw: () => plan(input, today),
      differs: (app, raw) => {
        const key = (e: { ruleId: number; system: string }) => `${e.ruleId}|${e.system}`;
        const [a, r] = [app.entries.map(key), raw.map(key)];
        return a.join() === r.join() ? null : `${a.length} entries vs ${r.length}, or order`;
      },
    });
  await planFigure(
    `deletion plan, all ${clients.length} clients x ${RULES} rules (month)`,
    { month: '2027-01', span: 'month' },
    20,
  );
  await planFigure('deletion plan, all clients (quarter)', { month: '2027-01', span: 'quarter' });
  await planFigure('deletion plan, one client (month)', {
    clientId,
    month: '2027-01',
    span: 'month',
  });
  const rules = rawRuleList(sqlite());
  await compare({
    label: `list one client's ${RULES} deletion rules with status`,
    runs: 30,
    kind: 'list',
    app: () => call('retention.list', { clientId }),
    raw: () => rules(clientId, today),
    differs: (app, raw) =>
      idsDiffer(
        app.map((r) => r.id),
        raw.map((r) => r.id),
      ) ??
      (JSON.stringify(app.map((r) => [r.runs, r.overdue, r.regularPeriod])) ===
      JSON.stringify(raw.map((r) => [r.runs, r.overdue, r.regularPeriod]))
        ? null
        : 'run status or period differs'),
  });
  await compareDocument({
    label: `Word export of a ${RULES}-rule deletion concept`,
    runs: 7,
    app: () => call('retention.exportConcept', { clientId, language: 'de' }),
  });
}
