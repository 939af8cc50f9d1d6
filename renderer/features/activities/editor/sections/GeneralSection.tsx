import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { activityStatus, type ActivityInput } from '../../../../../core/api';
import { reviewDateWarning } from '../../../../../core/rules/review-date';
import { FormField, todayIso } from '../../../../components';
import { fieldId, Section, TextField } from '../fields';
import { TemplateNote } from '../template';

/** Name, number, status, who in the firm is responsible, and when to look at it again. */
export function GeneralSection() {
  const { t } = useTranslation('activities');
  const { register, control } = useFormContext<ActivityInput>();
  const nextReview = useWatch({ control, name: 'nextReview' });
  // A warning, not a refusal: the date is the user's own reminder.
  const reviewWarning = reviewDateWarning(nextReview, todayIso());
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
        <div className="field-with-note">
          <TextField name="department" />
          <TemplateNote field="department" />
        </div>
        <TextField
          name="nextReview"
          type="date"
          hint={t('hints.nextReview')}
          warning={reviewWarning ? t(`warnings.nextReview.${reviewWarning}`) : null}
        />
        <TextField name="contactName" />
        <TextField name="contactPhone" type="tel" />
        <TextField name="contactEmail" type="email" />
      </div>
    </Section>
  );
}
