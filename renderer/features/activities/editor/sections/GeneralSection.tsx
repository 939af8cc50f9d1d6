import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { activityStatus, type ActivityInput } from '../../../../../core/api';
import { FormField } from '../../../../components';
import { fieldId, Section, TextField } from '../fields';

/** Name, number, status, who in the firm is responsible, and when to look at it again. */
export function GeneralSection() {
  const { t } = useTranslation('activities');
  const { register } = useFormContext<ActivityInput>();
  return (
    <Section id="section-general" title={t('sections.general')} intro={t('intro.general')}>
      <div className="grid-2">
        <TextField name="name" required className="span-2" />
        <TextField name="number" hint={t('hints.number')} />
        <FormField label={t('fields.status')} hint={t('hints.status')}>
          <select id={fieldId('status')} className="input" {...register('status')}>
            {activityStatus.options.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </FormField>
        <TextField name="department" />
        <TextField name="nextReview" type="date" hint={t('hints.nextReview')} />
        <TextField name="contactName" />
        <TextField name="contactPhone" type="tel" />
        <TextField name="contactEmail" type="email" />
      </div>
    </Section>
  );
}
