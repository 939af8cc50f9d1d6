import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RetentionRuleInput, RetentionRuleValues } from '../../../core/api';
import { FormField } from '../../components';
import { useRetentionFormat } from './format';
import { useRetentionCatalogue } from './queries';

type Form = UseFormReturn<RetentionRuleInput, unknown, RetentionRuleValues>;

/** Fills the rule from a statutory (or own) period; the user can change every value after. */
export function CataloguePick({ form, isNew }: { form: Form; isNew: boolean }) {
  const { t } = useTranslation('retention');
  const f = useRetentionFormat();
  const catalogue = useRetentionCatalogue(f.language);
  const [key, setKey] = useState('');
  const entries = catalogue.data ?? [];
  const chosen = entries.find((e) => e.key === key);

  const apply = () => {
    if (!chosen) return;
    const set = (name: keyof RetentionRuleInput, value: unknown) =>
      form.setValue(name, value as never, { shouldDirty: true, shouldValidate: false });
    if (isNew || !form.getValues('name')) set('name', chosen.name);
    set('catalogueKey', chosen.key);
    set('norm', chosen.norm);
    set('periodAmount', chosen.periodAmount);
    set('periodUnit', chosen.periodUnit);
    set('yearEnd', chosen.yearEnd);
    set('startEvent', chosen.startEvent);
    set('startDescription', chosen.startDescription);
    set('method', chosen.method);
    // The reason is printed in the deletion concept; the note is guidance and stays here.
    if (!form.getValues('reason')) set('reason', chosen.reason);
  };

  return (
    <section className="card fieldset" aria-labelledby="catalogue-pick-title">
      <h2 id="catalogue-pick-title" className="fieldset-legend">
        {t('catalogue.title')}
      </h2>
      <p className="retention-note">{t('catalogue.intro')}</p>
      <div className="retention-toolbar">
        <FormField label={t('catalogue.choose')}>
          <select className="input" value={key} onChange={(e) => setKey(e.target.value)}>
            <option value="">–</option>
            {entries.map((e) => (
              <option key={e.key} value={e.key}>
                {e.name} ({f.retention(e)}){e.source === 'custom' ? ` · ${t('catalogue.own')}` : ''}
              </option>
            ))}
          </select>
        </FormField>
        <button type="button" className="button" disabled={!chosen} onClick={apply}>
          {t('catalogue.apply')}
        </button>
      </div>
      {chosen ? (
        <p className="retention-note">
          {chosen.norm}
          {chosen.note ? ` – ${chosen.note}` : ''}
        </p>
      ) : null}
    </section>
  );
}
