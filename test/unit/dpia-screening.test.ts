import { describe, expect, it } from 'vitest';
import { screeningAnswers, type ScreeningAnswers } from '../../core/api';
import { dskConditions, dskItems, dskListComplete } from '../../core/catalogues/dpia-dsk-list';
import { decide, dpiaRequired, screenActivity } from '../../core/rules/dpia-screening';

// The screening rule of docs/domain.md "DPIA screening (Art. 35)": Art. 35(10) first, then
// the three cases of Art. 35(3), the DSK list (Art. 35(4)), then WP248's two-criteria rule.

const answers = (a: Partial<ScreeningAnswers>) => screeningAnswers.parse(a);
const screen = (a: Partial<ScreeningAnswers>) => screenActivity(answers(a), dskConditions);

describe('the DPIA screening rule', () => {
  it('finds no DPIA needed when no criterion applies', () => {
    expect(screen({})).toEqual({
      result: 'not_needed',
      reasons: ['no_criterion'],
      deviationAllowed: true,
    });
  });

  it('finds one WP248 criterion not enough as a rule, but lets the user decide otherwise', () => {
    const outcome = screen({ criteria: ['innovative'] });
    expect(outcome).toEqual({
      result: 'not_needed',
      reasons: ['one_criterion', 'criterion_innovative'],
      deviationAllowed: true,
    });
    // "In some cases one criterion can suffice": a deviation towards a DPIA is recorded.
    expect(decide(outcome, 'needed')).toEqual({ result: 'needed', deviating: true });
  });

  it('finds a DPIA needed with two or more criteria, each named in the reasons', () => {
    const outcome = screen({ criteria: ['monitoring', 'vulnerable'] });
    expect(outcome.result).toBe('needed');
    expect(outcome.reasons).toEqual([
      'two_or_more',
      'criterion_monitoring',
      'criterion_vulnerable',
    ]);
    expect(dpiaRequired(outcome.result)).toBe(true);
  });

  it('lets the controller conclude "not needed" against two criteria, as a deviation', () => {
    const outcome = screen({ criteria: ['sensitive', 'large_scale'] });
    expect(decide(outcome, 'not_needed')).toEqual({ result: 'not_needed', deviating: true });
    // Choosing the rule's own answer is no deviation.
    expect(decide(outcome, 'needed')).toEqual({ result: 'needed', deviating: false });
    expect(decide(outcome, null)).toEqual({ result: 'needed', deviating: false });
  });

  it('requires a DPIA in each case of Art. 35(3), without a deviation', () => {
    for (const c of ['a_evaluation', 'b_special_large_scale', 'c_public_monitoring'] as const) {
      const outcome = screen({ art35: [c] });
      expect(outcome).toEqual({
        result: 'needed_art35_3',
        reasons: [`art35_${c}`],
        deviationAllowed: false,
      });
      expect(decide(outcome, 'not_needed')).toBe('not_allowed');
      expect(decide(outcome, 'needed')).toEqual({ result: 'needed_art35_3', deviating: false });
    }
  });

  it('requires a DPIA for a DSK item together with one of its further criteria', () => {
    const outcome = screen({ dsk: ['biometric'], criteria: ['monitoring'] });
    expect(outcome).toEqual({
      result: 'needed_dsk',
      reasons: ['dsk_biometric'],
      deviationAllowed: false,
    });
    expect(decide(outcome, 'not_needed')).toBe('not_allowed');
  });

  it('does not apply a DSK item whose further criterion is missing, and says so', () => {
    // Sensitive data is not among the further criteria of DSK no. 1 (biometric data are).
    const outcome = screen({ dsk: ['biometric'], criteria: ['sensitive'] });
    expect(outcome).toEqual({
      result: 'not_needed',
      reasons: ['one_criterion', 'criterion_sensitive', 'dsk_without_further_biometric'],
      deviationAllowed: true,
    });
  });

  it('puts Art. 35(3) before the DSK list and the criteria', () => {
    const outcome = screen({
      art35: ['c_public_monitoring'],
      dsk: ['genetic'],
      criteria: ['scoring', 'matching'],
    });
    expect(outcome.result).toBe('needed_art35_3');
  });

  it('applies the exception of Art. 35(10) before everything else; a DPIA may still be chosen', () => {
    const outcome = screen({ exception: 'art35_10', art35: ['b_special_large_scale'] });
    expect(outcome).toEqual({
      result: 'not_needed',
      reasons: ['exception_art35_10'],
      deviationAllowed: true,
    });
    expect(decide(outcome, 'needed')).toEqual({ result: 'needed', deviating: true });
  });

  it('counts a criterion ticked twice once', () => {
    expect(screen({ criteria: ['scoring', 'scoring'] }).result).toBe('not_needed');
  });
});

describe('the DSK list catalogue', () => {
  it('holds only sourced items and says it is not complete', () => {
    expect(dskListComplete).toBe(false);
    expect(dskItems('de').map((i) => [i.number, i.key])).toEqual([
      [1, 'biometric'],
      [2, 'genetic'],
    ]);
    for (const lang of ['de', 'en'] as const) {
      for (const item of dskItems(lang)) {
        expect(item.label.length).toBeGreaterThan(20);
        expect(item.furtherCriteria).not.toContain('sensitive');
      }
    }
  });
});
