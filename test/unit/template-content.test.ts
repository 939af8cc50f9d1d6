import { describe, expect, it } from 'vitest';
import { activityInput, type ActivityValues } from '../../core/api';
import {
  filledTemplateFields,
  remainingUnconfirmed,
  templateFieldChanged,
} from '../../core/rules/template-content';
import { templateToActivityInput } from '../../core/catalogues/activity-templates';

const template = (key: string): ActivityValues =>
  activityInput.parse(templateToActivityInput(key, 'de'));

describe('template content awaiting confirmation', () => {
  it('lists every field a template fills, and none it leaves empty', () => {
    expect(filledTemplateFields(template('email_it'))).toEqual([
      'purposes',
      'legalBases',
      'subjects',
      'dataCategories',
      'recipients',
      'transfers',
      'retention',
      'toms',
      'department',
      'itSystems',
      'dataSource',
      'dpia',
    ]);
    // Payroll has no third-country transfer; the video template leaves its DPIA open.
    expect(filledTemplateFields(template('payroll'))).not.toContain('transfers');
    expect(filledTemplateFields(template('video_surveillance'))).not.toContain('dpia');
    expect(filledTemplateFields(activityInput.parse({ name: 'Eigene Tätigkeit' }))).toEqual([]);
  });

  it("counts a field as the user's own once an edit changed it", () => {
    const before = template('email_it');
    const unconfirmed = filledTemplateFields(before);
    const after = {
      ...before,
      retention: `${before.retention}\nArchiv: 10 Jahre.`,
      transfers: [],
      recipients: before.recipients.filter((r) => r.type !== 'third_country'),
    };
    const left = remainingUnconfirmed(unconfirmed, before, after);
    expect(left).not.toContain('retention');
    expect(left).not.toContain('transfers');
    expect(left).not.toContain('recipients');
    expect(left).toContain('toms');
  });

  it('does not count re-saving the same content as an edit', () => {
    const before = template('newsletter');
    const same = {
      ...before,
      toms: `  ${before.toms}  `,
      legalBases: [...before.legalBases].reverse(),
    };
    for (const field of filledTemplateFields(before)) {
      expect(templateFieldChanged(field, before, same), field).toBe(false);
    }
  });

  it('notices a changed safeguard, a re-marked data category and a new DPIA result', () => {
    const before = template('web_analytics');
    const transfer = before.transfers[0]!;
    expect(
      templateFieldChanged('transfers', before, {
        ...before,
        transfers: [{ ...transfer, safeguard: 'scc' }],
      }),
    ).toBe(true);
    const [first, ...rest] = before.dataCategories;
    expect(
      templateFieldChanged('dataCategories', before, {
        ...before,
        dataCategories: [{ ...first!, special: 'art9' }, ...rest],
      }),
    ).toBe(true);
    expect(templateFieldChanged('dpia', before, { ...before, dpiaStatus: 'needed' })).toBe(true);
  });
});
