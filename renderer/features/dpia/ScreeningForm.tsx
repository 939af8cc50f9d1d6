import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  art35Case,
  dpiaCriterion,
  type Art35Case,
  type DpiaCriterion,
  type DpiaScreening,
  type DskItem,
  type DskItemKey,
} from '../../../core/api';
import { decide, dpiaRequired, screenActivity } from '../../../core/rules/dpia-screening';
import { ErrorBanner, FormField, useFormat, useServerIssues, useToast } from '../../components';
import { useScreen } from './mutations';
import { Questions } from './Questions';

type Decision = 'rule' | 'needed' | 'not_needed';

export interface ScreeningFormProps {
  activityId: number;
  screening: DpiaScreening | null;
  dskItems: readonly DskItem[];
  dskComplete: boolean;
}

/**
 * The screening: Art. 35(10), the cases of Art. 35(3), the DSK list and the nine WP248
 * criteria, the rule's result with its reasons as the user ticks, and the result to record;
 * a result other than the rule's needs the user's reasons.
 */
export function ScreeningForm({
  activityId,
  screening,
  dskItems,
  dskComplete,
}: ScreeningFormProps) {
  const { t } = useTranslation('dpia');
  const toast = useToast();
  const format = useFormat();
  const screen = useScreen();
  const saved = screening?.answers;
  const [exception, setException] = useState(saved?.exception === 'art35_10');
  const [art35, setArt35] = useState<Art35Case[]>(saved?.art35 ?? []);
  const [dsk, setDsk] = useState<DskItemKey[]>(saved?.dsk ?? []);
  const [criteria, setCriteria] = useState<DpiaCriterion[]>(saved?.criteria ?? []);
  const deviated = screening && screening.result !== screening.ruleResult;
  const [decision, setDecision] = useState<Decision>(
    deviated ? (dpiaRequired(screening.result) ? 'needed' : 'not_needed') : 'rule',
  );
  const [reason, setReason] = useState(screening?.deviationReason ?? '');
  const [reasonMissing, setReasonMissing] = useState(false);

  const answers = { art35, criteria, dsk, exception: exception ? ('art35_10' as const) : null };
  const conditions = useMemo(
    () => new Map(dskItems.map((item) => [item.key, item.furtherCriteria])),
    [dskItems],
  );
  const outcome = screenActivity(answers, conditions);
  const chosen = decide(outcome, decision === 'rule' ? null : decision);
  const deviating = chosen !== 'not_allowed' && chosen.deviating;
  const server = useServerIssues(screen.error, {
    fields: ['deviation'],
    values: { deviation: { decision, reason } },
  });
  const criterionName = (c: DpiaCriterion) => t(`criterionName.${c}`);

  const submit = () => {
    if (deviating && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    const deviation =
      deviating && decision !== 'rule' ? { result: decision, reason: reason.trim() } : null;
    screen.mutate({ activityId, answers, deviation }, { onSuccess: () => toast(t('saved')) });
  };

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="fieldset">
        <legend className="fieldset-legend">{t('exceptionHeading')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={exception}
            onChange={(e) => setException(e.target.checked)}
          />
          {t('exceptionLabel')}
        </label>
      </fieldset>
      <Questions
        legend={t('art35Heading')}
        questions={art35Case.options.map((c) => ({ key: c, label: t(`art35.${c}`) }))}
        value={art35}
        onChange={setArt35}
      />
      <Questions
        legend={t('dskHeading')}
        intro={dskComplete ? undefined : t('dskIncomplete')}
        questions={dskItems.map((item) => ({
          key: item.key,
          label: item.label,
          details: [
            t('example', { text: item.example }),
            t('dskFurther', { criteria: item.furtherCriteria.map(criterionName).join(', ') }),
          ],
        }))}
        value={dsk}
        onChange={setDsk}
      />
      <Questions
        legend={t('criteriaHeading')}
        intro={t('criteriaIntro')}
        questions={dpiaCriterion.options.map((c) => ({
          key: c,
          label: criterionName(c),
          details: [t(`criterionExplain.${c}`), t('example', { text: t(`criterionExample.${c}`) })],
        }))}
        value={criteria}
        onChange={setCriteria}
      />
      <section className="dpia-result" aria-live="polite" aria-labelledby="dpia-live-title">
        <h3 id="dpia-live-title" className="card-title">
          {t('liveHeading')}: {t(`result.${outcome.result}`)}
        </h3>
        <ul>
          {outcome.reasons.map((code) => (
            <li key={code}>{t(`reason.${code}`)}</li>
          ))}
        </ul>
      </section>
      <FormField
        label={t('decisionLabel')}
        hint={outcome.deviationAllowed ? undefined : t('decisionLocked')}
      >
        <select
          className="input"
          value={deviating ? decision : 'rule'}
          disabled={!outcome.deviationAllowed}
          onChange={(e) => setDecision(e.target.value as Decision)}
        >
          <option value="rule">
            {t('decision.rule', { result: t(`result.${outcome.result}`) })}
          </option>
          {dpiaRequired(outcome.result) ? (
            <option value="not_needed">{t('decision.not_needed')}</option>
          ) : (
            <option value="needed">{t('decision.needed')}</option>
          )}
        </select>
      </FormField>
      {deviating ? (
        <FormField
          label={t('deviationReason')}
          hint={t('deviationHint')}
          required
          error={
            reasonMissing && reason.trim() === ''
              ? t('validation:required')
              : server.at('deviation')
          }
        >
          <textarea
            className="input"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
      ) : null}
      <ErrorBanner {...server.banner} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={screen.isPending}>
          {t('save')}
        </button>
        {screening ? (
          <span className="muted">
            {t('recordedResult', { result: t(`result.${screening.result}`) })} ·{' '}
            {t('screenedBy', {
              name: screening.screenedBy,
              date: format.dateTime(screening.screenedAt),
            })}
          </span>
        ) : null}
      </div>
    </form>
  );
}
