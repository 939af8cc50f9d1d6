import type { RetentionRuleInput } from '../core/api';
import { todayInBerlin } from '../core/rules/calendar';
import { median, type BenchTools } from './bench-tools';

// Retention (issue 5): the deletion plan across 20 clients x 60 rules (target < 20 ms).

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

export async function benchRetention({ call }: BenchTools): Promise<void> {
  const orgs = await call('organisations.list', {});
  console.log(`\nSeeding ${orgs.length} clients x ${RULES} deletion rules…`);
  for (const org of orgs) {
    for (let i = 0; i < RULES; i++) {
      const created = await call('retention.create', { orgId: org.id, rule: rule(i) });
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
  const orgId = orgs[7]!.id;
  await median(
    `deletion plan, all ${orgs.length} clients x ${RULES} rules (month)`,
    30,
    () => call('retention.plan', { month: '2027-01' }),
    20,
  );
  await median(`deletion plan, all clients (quarter)`, 30, () =>
    call('retention.plan', { month: '2027-01', span: 'quarter' }),
  );
  await median(`deletion plan, one client (month)`, 30, () =>
    call('retention.plan', { orgId, month: '2027-01' }),
  );
  await median(`list one client's ${RULES} deletion rules with status`, 30, () =>
    call('retention.list', { orgId }),
  );
  await median(`Word export of a ${RULES}-rule deletion concept`, 7, () =>
    call('retention.exportConcept', { orgId, language: 'de' }),
  );
}
