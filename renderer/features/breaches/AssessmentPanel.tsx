import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  art34Ground,
  assessmentInput,
  ratedCriteria,
  rating,
  riskLevel,
  type AssessmentInput,
  type Breach,
  type BreachStarter,
} from '../../../core/api';
import { suggestedLevel } from '../../../core/rules/breach-risk';
import { ErrorBanner, FormField, useFieldError, useServerIssues, useToast } from '../../components';
import { currentLanguage } from '../../i18n';
import { useAssessBreach } from './mutations';
import { useStarters } from './queries';

type StarterCriteria = BreachStarter['criteria'];

type Values = z.output<typeof assessmentInput>;

const fields = Object.keys(assessmentInput.shape);

/**
 * The risk to the persons after the EDPB criteria; the level they suggest is shown as the
 * user rates them, and the user decides: no risk, risk (notify) or high risk (also tell).
 */
export function AssessmentPanel({ breach: b }: { breach: Breach }) {
  const starters = useStarters(currentLanguage());
  // A first assessment starts from the starting point's reading of the criteria.
  if (!b.assessment && b.starter && starters.isPending) return null;
  const start = starters.data?.find((s) => s.key === b.starter)?.criteria;
  return <AssessmentForm breach={b} start={start} />;
}

function AssessmentForm({ breach: b, start }: { breach: Breach; start?: StarterCriteria }) {
  const { t } = useTranslation('breaches');
  const toast = useToast();
  const fieldError = useFieldError();
  const assess = useAssessBreach(b.id);
  const special = b.data.some((d) => d.special !== 'none');
  const a = b.assessment;
  const form = useForm<AssessmentInput, unknown, Values>({
    resolver: zodResolver(assessmentInput),
    defaultValues: a
      ? {
          criteria: a.criteria,
          level: a.level,
          reasons: a.reasons,
          art34Ground: a.art34Ground,
          art34Note: a.art34Note,
        }
      : {
          criteria: {
            ...(start ?? {
              breachType: 'medium',
              sensitivity: 'medium',
              volume: 'low',
              identification: 'high',
              severity: 'low',
              persons: 'low',
            }),
            ...(special ? { sensitivity: 'high' as const } : {}),
            specialCategories: special,
            vulnerable: false,
          },
          level: 'risk',
          reasons: '',
          art34Ground: null,
          art34Note: '',
        },
  });
  const { register, handleSubmit, control, formState } = form;
  const errors = formState.errors;
  const criteria = useWatch({ control, name: 'criteria' });
  const level = useWatch({ control, name: 'level' });
  const ground = useWatch({ control, name: 'art34Ground' });
  const suggested = suggestedLevel({
    ...criteria,
    specialCategories: criteria.specialCategories ?? false,
    vulnerable: criteria.vulnerable ?? false,
  } as Parameters<typeof suggestedLevel>[0]);
  const server = useServerIssues(assess.error, {
    form,
    fields,
    prefix: 'assessment.',
    label: (field) => t(`assessment.${field}`),
  });
  const open = b.state === 'open';

  return (
    <section className="card" aria-labelledby="assessment-title">
      <h2 id="assessment-title" className="card-title">
        {t('assessment.title')}
      </h2>
      <p className="muted">{t('assessment.intro')}</p>
      <form
        noValidate
        onSubmit={handleSubmit((v) =>
          assess.mutate(v, { onSuccess: () => toast(t('assessment.saved')) }),
        )}
      >
        <ErrorBanner {...server.banner} />
        <fieldset className="fieldset" disabled={!open}>
          <legend className="fieldset-legend">{t('assessment.criteria')}</legend>
          <div className="criteria-grid">
            {ratedCriteria.map((c) => (
              <FormField key={c} label={t(`criteria.${c}`)} hint={t(`criteriaHints.${c}`)}>
                <select className="input" {...register(`criteria.${c}`)}>
                  {rating.options.map((r) => (
                    <option key={r} value={r}>
                      {t(`ratings.${r}`)}
                    </option>
                  ))}
                </select>
              </FormField>
            ))}
          </div>
          <label className="check">
            <input type="checkbox" {...register('criteria.specialCategories')} />
            {t('criteria.specialCategories')}
          </label>
          {errors.criteria?.specialCategories ? (
            <p className="field-error">{fieldError(errors.criteria.specialCategories)}</p>
          ) : null}
          <label className="check">
            <input type="checkbox" {...register('criteria.vulnerable')} />
            {t('criteria.vulnerable')}
          </label>
        </fieldset>
        <p className="breach-hint" role="status">
          {t('assessment.suggestion', { level: t(`levels.${suggested}`) })}
        </p>
        <fieldset className="fieldset" disabled={!open}>
          <legend className="fieldset-legend">{t('assessment.level')}</legend>
          {riskLevel.options.map((l) => (
            <label key={l} className="check check-block">
              <input type="radio" value={l} {...register('level')} />
              <span>
                <strong>{t(`levels.${l}`)}</strong>
                <span className="muted"> – {t(`levelHints.${l}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <FormField
          label={t('assessment.reasons')}
          hint={t('assessment.reasonsHint')}
          error={fieldError(errors.reasons)}
        >
          <textarea className="input" rows={3} disabled={!open} {...register('reasons')} />
        </FormField>
        {level === 'high' ? (
          <div className="grid-2">
            <FormField label={t('assessment.art34Ground')} error={fieldError(errors.art34Ground)}>
              <select
                className="input"
                disabled={!open}
                {...register('art34Ground', {
                  setValueAs: (v) => (v === '' || v === null ? null : v),
                })}
              >
                <option value="">{t('assessment.noGround')}</option>
                {art34Ground.options.map((g) => (
                  <option key={g} value={g}>
                    {t(`art34Grounds.${g}`)}
                  </option>
                ))}
              </select>
            </FormField>
            {ground ? (
              <FormField label={t('assessment.art34Note')} error={fieldError(errors.art34Note)}>
                <textarea className="input" rows={2} disabled={!open} {...register('art34Note')} />
              </FormField>
            ) : null}
          </div>
        ) : null}
        {a ? <p className="muted">{t('assessment.by', { name: a.assessedBy })}</p> : null}
        {open ? (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={assess.isPending}>
              {t('assessment.save')}
            </button>
          </div>
        ) : null}
      </form>
    </section>
  );
}
