import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { recipientType, type ActivityInput } from '../../../../../core/api';
import { useCatalogue } from '../../../catalogues';
import { CataloguePicker } from '../CataloguePicker';
import { fieldId, Section } from '../fields';
import { TemplateNote } from '../template';

/** (d) categories of recipients: internal, external, or in a third country (with the country). */
export function RecipientsSection({ clientId }: { clientId: number }) {
  const { t } = useTranslation('activities');
  const { control, register } = useFormContext<ActivityInput>();
  const recipients = useFieldArray({ control, name: 'recipients' });
  const catalogue = useCatalogue(clientId, 'recipient');
  const chosen = useWatch({ control, name: 'recipients' }) ?? [];

  return (
    <Section
      id="section-recipients"
      title={t('sections.recipients')}
      reference={t('refs.d')}
      intro={t('intro.recipients')}
    >
      <CataloguePicker
        id={fieldId('recipients')}
        label={t('fields.recipients')}
        hint={t('hints.recipients')}
        items={recipients.fields.map((f) => ({ key: f.id, name: f.name }))}
        suggestions={catalogue.data ?? []}
        onAdd={(name, entry) =>
          recipients.append(
            { name, type: entry?.recipientType ?? 'external', country: entry?.country ?? '' },
            { shouldFocus: false },
          )
        }
        onRemove={(index) => recipients.remove(index)}
        renderDetails={(index) => {
          const name = recipients.fields[index]?.name ?? '';
          const thirdCountry = chosen[index]?.type === 'third_country';
          return (
            <>
              <select
                className="input input-compact"
                aria-label={t('picker.typeFor', { name })}
                {...register(`recipients.${index}.type`)}
              >
                {recipientType.options.map((value) => (
                  <option key={value} value={value}>
                    {t(`recipientType.${value}`)}
                  </option>
                ))}
              </select>
              {/* The country matters only outside the EEA; kept (hidden) when the type changes back. */}
              <input
                className="input input-compact"
                aria-label={t('picker.countryFor', { name })}
                placeholder={t('picker.country')}
                hidden={!thirdCountry}
                {...register(`recipients.${index}.country`)}
              />
            </>
          );
        }}
      />
      <TemplateNote field="recipients" />
    </Section>
  );
}
