import { describe, expect, it } from 'vitest';
import type { PeriodUnit, RunInterval } from '../../core/api';
import { formatRegularPeriod } from '../../core/i18n/retention-labels';
import {
  findStatutoryPeriod,
  listStatutoryPeriods,
  periodChangeFor,
} from '../../core/catalogues/retention-catalogue';
import {
  cohort,
  deletionClassMatrix,
  nextRunDue,
  planSpan,
  regularPeriod,
  retentionDates,
  type RetentionSpec,
} from '../../core/rules/retention';

// The date rules of docs/domain.md section 7 as a table: start event date + rule -> the last day
// to keep, the first day the data may be deleted, and the day the deletion run must have
// removed it (end of the Regellöschfrist).

const BEG_IV = { changedOn: '2025-01-01', previousAmount: 10 };
const spec = (
  periodAmount: number,
  periodUnit: PeriodUnit,
  yearEnd = false,
  runInterval: RunInterval = 'monthly',
  change: RetentionSpec['change'] = null,
): RetentionSpec => ({ periodAmount, periodUnit, yearEnd, runInterval, change });

const vouchers = spec(8, 'years', true, 'yearly', BEG_IV);

const cases: [string, string, RetentionSpec, string, string, string?][] = [
  // [case, start, rule, keepUntil, deletableFrom, deleteBy?]
  [
    'invoice 15 Mar 2025, 8 years to year end (docs/domain.md)',
    '2025-03-15',
    vouchers,
    '2033-12-31',
    '2034-01-01',
    '2034-12-31',
  ],
  [
    'Buchungsbeleg from 2016: deletable since 1 Jan 2025 (BEG IV)',
    '2016-06-30',
    vouchers,
    '2024-12-31',
    '2025-01-01',
  ],
  [
    'Buchungsbeleg from early 2015: old period still running -> 1 Jan 2025',
    '2015-01-01',
    vouchers,
    '2024-12-31',
    '2025-01-01',
  ],
  [
    'Buchungsbeleg from 31 Dec 2014: old period ended with 2024',
    '2014-12-31',
    vouchers,
    '2024-12-31',
    '2025-01-01',
  ],
  [
    'Buchungsbeleg from 2013: expired under the old rule before the change',
    '2013-05-05',
    vouchers,
    '2023-12-31',
    '2024-01-01',
  ],
  [
    'Buchungsbeleg from 2017: the new 8 years apply in full',
    '2017-02-01',
    vouchers,
    '2025-12-31',
    '2026-01-01',
  ],
  [
    'bank voucher from 2016 keeps 10 years (catalogue variant)',
    '2016-06-30',
    spec(10, 'years', true, 'yearly'),
    '2026-12-31',
    '2027-01-01',
  ],
  [
    'annual accounts 1 Jul 2020, 10 years to year end',
    '2020-07-01',
    spec(10, 'years', true),
    '2030-12-31',
    '2031-01-01',
  ],
  [
    'business letter sent on 31 Dec 2019, 6 years',
    '2019-12-31',
    spec(6, 'years', true),
    '2025-12-31',
    '2026-01-01',
  ],
  [
    'business letter sent on 1 Jan 2020, 6 years',
    '2020-01-01',
    spec(6, 'years', true),
    '2026-12-31',
    '2027-01-01',
  ],
  [
    'Lohnkonto, last entry 15 Dec 2020: end of the 6th year after',
    '2020-12-15',
    spec(6, 'years', true),
    '2026-12-31',
    '2027-01-01',
  ],
  [
    'social security pay records: year after the last audit',
    '2024-05-10',
    spec(1, 'years', true),
    '2025-12-31',
    '2026-01-01',
  ],
  [
    'applicant rejected 15 Mar 2025, 6 months',
    '2025-03-15',
    spec(6, 'months'),
    '2025-09-15',
    '2025-09-16',
    '2025-10-15',
  ],
  [
    'applicant rejected 31 Aug 2025: capped at 28 Feb',
    '2025-08-31',
    spec(6, 'months'),
    '2026-02-28',
    '2026-03-01',
  ],
  [
    'applicant rejected 31 Aug 2023: leap year, 29 Feb 2024',
    '2023-08-31',
    spec(6, 'months'),
    '2024-02-29',
    '2024-03-01',
  ],
  ['leap day + 1 year ends on 28 Feb', '2024-02-29', spec(1, 'years'), '2025-02-28', '2025-03-01'],
  [
    'leap day + 4 years ends on the next leap day',
    '2024-02-29',
    spec(4, 'years'),
    '2028-02-29',
    '2028-03-01',
  ],
  [
    'leap day with year-end rounding',
    '2024-02-29',
    spec(1, 'years', true),
    '2025-12-31',
    '2026-01-01',
  ],
  [
    'medical records: 10 years after treatment ended',
    '2015-02-28',
    spec(10, 'years'),
    '2025-02-28',
    '2025-03-01',
  ],
  [
    'medical records ending on a leap day',
    '2016-02-29',
    spec(10, 'years'),
    '2026-02-28',
    '2026-03-01',
  ],
  [
    'medical records rounded to year end',
    '2016-02-29',
    spec(10, 'years', true),
    '2026-12-31',
    '2027-01-01',
  ],
  [
    'phone advertising consent, 5 years after last use',
    '2021-07-01',
    spec(5, 'years'),
    '2026-07-01',
    '2026-07-02',
  ],
  [
    'working-time records, 2 years from a leap day',
    '2024-02-29',
    spec(2, 'years'),
    '2026-02-28',
    '2026-03-01',
  ],
  [
    '10 days across the turn of the year',
    '2025-12-25',
    spec(10, 'days'),
    '2026-01-04',
    '2026-01-05',
  ],
  [
    '0 days: deletable the next day',
    '2025-06-30',
    spec(0, 'days'),
    '2025-06-30',
    '2025-07-01',
    '2025-07-30',
  ],
  [
    'DIN example: 24 months + monthly run = 25 months',
    '2024-03-15',
    spec(24, 'months'),
    '2026-03-15',
    '2026-03-16',
    '2026-04-15',
  ],
  [
    'quarterly run after 1 month from 31 Jan (leap year)',
    '2024-01-31',
    spec(1, 'months', false, 'quarterly'),
    '2024-02-29',
    '2024-03-01',
    '2024-05-29',
  ],
  [
    'weekly run after 30 days',
    '2025-01-01',
    spec(30, 'days', false, 'weekly'),
    '2025-01-31',
    '2025-02-01',
    '2025-02-07',
  ],
  [
    'daily run after 7 days',
    '2025-02-26',
    spec(7, 'days', false, 'daily'),
    '2025-03-05',
    '2025-03-06',
    '2025-03-06',
  ],
  [
    'months from the year end: 6 months after 31 Dec',
    '2025-03-15',
    spec(6, 'months', true),
    '2026-06-30',
    '2026-07-01',
  ],
  [
    'half-yearly run after 2 years',
    '2023-08-31',
    spec(2, 'years', false, 'half_yearly'),
    '2025-08-31',
    '2025-09-01',
    '2026-02-28',
  ],
];

describe('retention due dates (calculator)', () => {
  it.each(cases)('%s', (_, start, rule, keepUntil, deletableFrom, deleteBy) => {
    const dates = retentionDates(start, rule);
    expect(dates.keepUntil).toBe(keepUntil);
    expect(dates.deletableFrom).toBe(deletableFrom);
    if (deleteBy) expect(dates.deleteBy).toBe(deleteBy);
  });

  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));
});

describe('Regellöschfrist (DIN 66398)', () => {
  it.each([
    [spec(24, 'months'), { months: 25, days: 0 }, '25 Monate'],
    [spec(10, 'years', true, 'yearly'), { months: 132, days: 0 }, '11 Jahre'],
    [spec(30, 'days', false, 'weekly'), { months: 0, days: 37 }, '37 Tage'],
    [spec(6, 'months', false, 'weekly'), { months: 6, days: 7 }, '6 Monate und 7 Tage'],
    [spec(1, 'months', false, 'daily'), { months: 1, days: 1 }, '1 Monat und 1 Tag'],
  ] as const)('%o -> %o', (rule, expected, text) => {
    const p = regularPeriod(rule);
    expect(p).toEqual(expected);
    expect(formatRegularPeriod(p, 'de')).toBe(text);
  });

  it('words it in English too', () => {
    expect(formatRegularPeriod({ months: 25, days: 0 }, 'en')).toBe('25 months');
    expect(formatRegularPeriod({ months: 12, days: 0 }, 'en')).toBe('1 year');
  });
});

describe('deletion plan cohorts', () => {
  it('in January 2025, vouchers from 2014 to 2016 become deletable at once (BEG IV)', () => {
    expect(cohort('2025-01-01', '2025-01-31', vouchers)).toEqual({
      from: '2014-01-01',
      to: '2016-12-31',
    });
  });

  it('in January 2026, the vouchers of 2017', () => {
    expect(cohort('2026-01-01', '2026-01-31', vouchers)).toEqual({
      from: '2017-01-01',
      to: '2017-12-31',
    });
  });

  it('nothing becomes due mid-year for a year-end rule', () => {
    expect(cohort('2026-02-01', '2026-02-28', vouchers)).toBeNull();
  });

  it('applicants rejected from 28 Aug to 30 Sep 2025 become deletable in March 2026', () => {
    expect(cohort('2026-03-01', '2026-03-31', spec(6, 'months'))).toEqual({
      from: '2025-08-28',
      to: '2025-09-30',
    });
  });

  it('spans a month or a quarter', () => {
    expect(planSpan('2026-03', 'month')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(planSpan('2024-02', 'month')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(planSpan('2026-11', 'quarter')).toEqual({ from: '2026-11-01', to: '2027-01-31' });
  });

  it('schedules the next run one interval after the last', () => {
    expect(nextRunDue('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextRunDue('2026-01-15', 'quarterly')).toBe('2026-04-15');
    expect(nextRunDue('2026-01-15', 'weekly')).toBe('2026-01-22');
    expect(nextRunDue('2025-02-28', 'yearly')).toBe('2026-02-28');
  });
});

describe('matrix of deletion classes', () => {
  it('puts each rule under its start type and standard period, shortest first', () => {
    const rules = [
      {
        id: 1,
        startEvent: 'creation' as const,
        regularPeriod: { months: 132, days: 0 },
        yearEnd: true,
      },
      {
        id: 2,
        startEvent: 'transaction_end' as const,
        regularPeriod: { months: 7, days: 0 },
        yearEnd: false,
      },
      {
        id: 3,
        startEvent: 'creation' as const,
        regularPeriod: { months: 132, days: 0 },
        yearEnd: true,
      },
      {
        id: 4,
        startEvent: 'relationship_end' as const,
        regularPeriod: { months: 7, days: 0 },
        yearEnd: false,
      },
    ];
    const m = deletionClassMatrix(rules, ['creation', 'transaction_end', 'relationship_end']);
    expect(m.periods.map((p) => p.key)).toEqual(['7m0d', '132m0dY']);
    const cell = (event: string, key: string) =>
      m.cells.find((c) => c.startEvent === event && c.periodKey === key)!.ruleIds;
    expect(cell('creation', '132m0dY')).toEqual([1, 3]);
    expect(cell('transaction_end', '7m0d')).toEqual([2]);
    expect(cell('relationship_end', '7m0d')).toEqual([4]);
    expect(cell('creation', '7m0d')).toEqual([]);
    expect(m.cells).toHaveLength(6);
  });
});

describe('catalogue of statutory periods', () => {
  it('ships every period of docs/domain.md with norm, de and en', () => {
    const expected: Record<string, [number, PeriodUnit, boolean]> = {
      hgb_books: [10, 'years', true],
      booking_vouchers: [8, 'years', true],
      booking_vouchers_financial: [10, 'years', true],
      business_letters: [6, 'years', true],
      payroll_account: [6, 'years', true],
      applicant_data: [6, 'months', false],
      medical_records: [10, 'years', false],
      phone_advertising_consent: [5, 'years', false],
      working_time_records: [2, 'years', false],
    };
    for (const [key, [amount, unit, yearEnd]] of Object.entries(expected)) {
      const p = findStatutoryPeriod(key)!;
      expect(p, key).toBeDefined();
      expect([p.periodAmount, p.periodUnit, p.yearEnd]).toEqual([amount, unit, yearEnd]);
    }
    for (const p of listStatutoryPeriods()) {
      expect(p.norm.de.length).toBeGreaterThan(3);
      expect(p.name.en.length).toBeGreaterThan(3);
    }
    expect(findStatutoryPeriod('booking_vouchers')!.norm.de).toContain('§ 147');
    expect(findStatutoryPeriod('phone_advertising_consent')!.norm.de).toContain('§ 7a');
  });

  it('keeps guidance for the user out of the reason a rule copies into the deletion concept', () => {
    // Instructions to the user: "dann Löschsperre setzen", "im Bundesgesetzblatt prüfen", …
    const guidance = /\b(setzen|prüfen|abgleichen|eigener Eintrag|bitte)\b|\b(set a|check)\b/i;
    for (const p of listStatutoryPeriods()) {
      for (const language of ['de', 'en'] as const) {
        expect(p.reason[language], `${p.key}/${language}`).not.toMatch(guidance);
        // The start event is printed after its type in brackets: no brackets of its own.
        expect(p.startDescription[language], p.key).not.toMatch(/[()]/);
      }
    }
    const hgb = findStatutoryPeriod('hgb_books')!;
    expect(hgb.note.de).toContain('Löschsperre setzen');
    expect(hgb.reason.de).toContain('Aufbewahrungspflicht');
    expect(findStatutoryPeriod('booking_vouchers_financial')!.note.de).toContain(
      'Bundesgesetzblatt',
    );
    // § 7a UWG: documentation in Abs. 1, the five-year keeping duty in Abs. 2 S. 1.
    expect(findStatutoryPeriod('phone_advertising_consent')!.norm.de).toContain('Abs. 2 S. 1');
  });

  it('applies the BEG IV change only while a rule keeps the catalogue period', () => {
    const rule = {
      catalogueKey: 'booking_vouchers',
      periodAmount: 8,
      periodUnit: 'years',
      yearEnd: true,
    };
    expect(periodChangeFor(rule)).toEqual(BEG_IV);
    expect(periodChangeFor({ ...rule, periodAmount: 9 })).toBeNull();
    expect(
      periodChangeFor({ ...rule, catalogueKey: 'booking_vouchers_financial', periodAmount: 10 }),
    ).toBeNull();
    expect(periodChangeFor({ ...rule, catalogueKey: null })).toBeNull();
  });
});
