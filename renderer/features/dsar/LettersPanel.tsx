import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterKind, type DataRequest, type Language, type LetterKind } from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { currentLanguage } from '../../i18n';
import { ErrorBanner, FormField, useToast } from '../../components';

/** The letter that fits the request's state, as a Word document in German or English. */
function suggested(r: DataRequest): LetterKind {
  if (r.state === 'refused') return 'refusal';
  if (r.kind === 'access' && ['in_progress', 'in_review', 'answered'].includes(r.state))
    return 'art15';
  if (['answered', 'closed'].includes(r.state)) return 'confirmation';
  if (r.state === 'identity_check' && !r.identity) return 'identification';
  return 'acknowledgement';
}

export function LettersPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('dsar');
  const toast = useToast();
  const [letter, setLetter] = useState<LetterKind | null>(null);
  // Follows the UI language (which may still be loading) until the user picks one here.
  const [picked, setLanguage] = useState<Language | null>(null);
  const language = picked ?? currentLanguage();
  const chosen = letter ?? suggested(r);
  const generate = useMutation({
    mutationFn: async () => {
      const file = await call('dsar.letter', { id: r.id, letter: chosen, language });
      return saveExportedFile(file);
    },
    onSuccess: (saved) => {
      if (saved) toast(t('letters.generated'));
    },
  });
  return (
    <section className="card" aria-labelledby="dsar-letters">
      <h2 id="dsar-letters" className="card-title">
        {t('letters.title')}
      </h2>
      <div className="grid-2">
        <FormField label={t('letters.letter')}>
          <select
            className="input"
            value={chosen}
            onChange={(e) => setLetter(e.target.value as LetterKind)}
          >
            {letterKind.options.map((k) => (
              <option key={k} value={k}>
                {t(`letters.kinds.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('letters.language')}>
          <select
            className="input"
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            <option value="de">{t('letters.languages.de')}</option>
            <option value="en">{t('letters.languages.en')}</option>
          </select>
        </FormField>
      </div>
      <ErrorBanner error={generate.error} />
      <button
        type="button"
        className="button button-primary"
        disabled={generate.isPending}
        onClick={() => generate.mutate()}
      >
        {t('letters.generate')}
      </button>
    </section>
  );
}
