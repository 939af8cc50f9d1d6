import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breachDocument, type Breach, type Language } from '../../../core/api';
import { ErrorBanner, FormField, useToast } from '../../components';
import { currentLanguage } from '../../i18n';
import { useBreachDocument } from './mutations';

/** The notification to the authority, the letter to the persons and the internal record. */
export function DocumentsPanel({ breach: b }: { breach: Breach }) {
  const { t } = useTranslation('breaches');
  const toast = useToast();
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const build = useBreachDocument(b.id);
  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title" className="card-title">
        {t('documents.title')}
      </h2>
      <p className="muted">{t('documents.intro')}</p>
      <FormField label={t('documents.language')}>
        <select
          className="input input-compact"
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          <option value="de">{t('documents.de')}</option>
          <option value="en">{t('documents.en')}</option>
        </select>
      </FormField>
      <div className="row-actions">
        {breachDocument.options.map((d) => (
          <button
            key={d}
            type="button"
            className="button"
            disabled={build.isPending}
            onClick={() =>
              build.mutate(
                { document: d, language },
                { onSuccess: (r) => r.saved && toast(t('documents.saved', { name: r.filename })) },
              )
            }
          >
            {t(`documents.kinds.${d}`)}
          </button>
        ))}
      </div>
      <ErrorBanner error={build.error} />
    </section>
  );
}
