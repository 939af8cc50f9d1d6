import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  countryKind as countryKinds,
  safeguard as safeguardSchema,
  type ProcessorInput,
  type ProcessorValues,
} from '../../../../core/api';
import { FormField, useFieldError } from '../../../components';

const emptySubProcessor = {
  name: '',
  address: '',
  contact: '',
  country: '',
  countryKind: 'eu_eea',
  safeguard: 'none',
  safeguardNote: '',
  service: '',
} as const;

/**
 * Sub-processors (Annex IV) with their contact and where they process; one outside the
 * EU/EEA is an onward transfer and needs its safeguard like the processor itself.
 */
export function SubProcessorsFieldset() {
  const { t } = useTranslation('processors');
  const fieldError = useFieldError();
  const { control, register, formState } = useFormContext<
    ProcessorInput,
    unknown,
    ProcessorValues
  >();
  const subs = useFieldArray({ control, name: 'subProcessors' });
  const values = useWatch({ control, name: 'subProcessors' }) ?? [];
  const errors = formState.errors.subProcessors;

  return (
    <fieldset className="fieldset card">
      <legend className="fieldset-legend">{t('form.subProcessors')}</legend>
      {subs.fields.length === 0 ? <p className="muted">{t('form.noSubProcessors')}</p> : null}
      {subs.fields.map((field, i) => {
        const kind = values[i]?.countryKind ?? 'eu_eea';
        const name = values[i]?.name?.trim() || t('form.subNumber', { number: i + 1 });
        return (
          <div key={field.id} className="sub-processor" role="group" aria-label={name}>
            <div className="grid-2">
              <FormField label={t('fields.subName')} error={fieldError(errors?.[i]?.name)} required>
                <input className="input" {...register(`subProcessors.${i}.name` as const)} />
              </FormField>
              <FormField label={t('fields.subService')}>
                <input className="input" {...register(`subProcessors.${i}.service` as const)} />
              </FormField>
              <FormField label={t('fields.subAddress')}>
                <input className="input" {...register(`subProcessors.${i}.address` as const)} />
              </FormField>
              <FormField label={t('fields.subContact')} error={fieldError(errors?.[i]?.contact)}>
                <input className="input" {...register(`subProcessors.${i}.contact` as const)} />
              </FormField>
              <FormField label={t('fields.subCountry')}>
                <input className="input" {...register(`subProcessors.${i}.country` as const)} />
              </FormField>
              <FormField
                label={t('fields.subCountryKind')}
                hint={kind === 'adequacy' ? t('form.adequacyHint') : undefined}
              >
                <select className="input" {...register(`subProcessors.${i}.countryKind` as const)}>
                  {countryKinds.options.map((k) => (
                    <option key={k} value={k}>
                      {t(`countryKind.${k}`)}
                    </option>
                  ))}
                </select>
              </FormField>
              {kind === 'third_country' ? (
                <>
                  <FormField label={t('fields.subSafeguard')} hint={t('form.subTransferHint')}>
                    <select
                      className="input"
                      {...register(`subProcessors.${i}.safeguard` as const)}
                    >
                      {safeguardSchema.options.map((s) => (
                        <option key={s} value={s}>
                          {t(`safeguards.${s}`)}
                        </option>
                      ))}
                    </select>
                  </FormField>
                  <FormField
                    label={t('fields.subSafeguardNote')}
                    error={fieldError(errors?.[i]?.safeguardNote)}
                  >
                    <input
                      className="input"
                      {...register(`subProcessors.${i}.safeguardNote` as const)}
                    />
                  </FormField>
                </>
              ) : null}
            </div>
            <button
              type="button"
              className="button button-small button-danger-outline"
              onClick={() => subs.remove(i)}
            >
              {t('form.removeSubNamed', { name })}
            </button>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className="button"
          onClick={() => subs.append({ ...emptySubProcessor })}
        >
          {t('form.addSub')}
        </button>
      </div>
    </fieldset>
  );
}
