import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProcessorInput, ProcessorValues } from '../../../../core/api';
import { FormField, useFieldError } from '../../../components';

/**
 * The TOM checklist (Annex III): every area gets its measures, or "not applicable" with
 * the reason in the same text field, so the draft never leaves an area silently empty.
 */
export function TomsFieldset({ areas }: { areas: NonNullable<ProcessorInput['toms']> }) {
  const { t } = useTranslation('processors');
  const fieldError = useFieldError();
  const { control, register, formState } = useFormContext<
    ProcessorInput,
    unknown,
    ProcessorValues
  >();
  const toms = useWatch({ control, name: 'toms' }) ?? [];

  return (
    <fieldset className="fieldset card">
      <legend className="fieldset-legend">{t('form.toms')}</legend>
      <p className="fieldset-intro">{t('form.tomsHint')}</p>
      <div className="tom-list">
        {(areas ?? []).map((tom, i) => {
          const notApplicable = toms[i]?.notApplicable ?? false;
          const area = t(`tomAreas.${tom.area}`);
          return (
            <div key={tom.area} className="tom-item">
              <FormField
                label={notApplicable ? `${area} – ${t('fields.tomReason')}` : area}
                hint={notApplicable ? undefined : t(`tomHints.${tom.area}`)}
                error={fieldError(formState.errors.toms?.[i]?.description)}
              >
                <textarea
                  className="input"
                  rows={2}
                  {...register(`toms.${i}.description` as const)}
                />
              </FormField>
              <label className="check">
                <input type="checkbox" {...register(`toms.${i}.notApplicable` as const)} />{' '}
                {t('form.tomNotApplicable', { area })}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
