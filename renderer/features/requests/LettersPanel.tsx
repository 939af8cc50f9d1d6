import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest, Language, LetterKind } from '../../../core/api';
import { currentLanguage } from '../../i18n';
import { ErrorBanner, FormField, useToast } from '../../components';
import { useGenerateLetter } from './mutations';
import { SignerForm } from './SignerForm';

/** The letter the workflow is at now, among those that fit the request (r.letters). */
function suggested(r: DataRequest): LetterKind | undefined {
  const order: LetterKind[] = ['refusal', 'art15', 'confirmation', 'identification'];
  const open = ['received', 'identity_check'].includes(r.state);
  const wanted = order.filter((k) => !(open && (k === 'art15' || k === 'confirmation')));
  return wanted.find((k) => r.letters.includes(k)) ?? r.letters[0];
}

/** The letters that fit the request now, as Word documents in German or English. */
export function LettersPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const toast = useToast();
  const [letter, setLetter] = useState<LetterKind | null>(null);
  // Follows the UI language (which may still be loading) until the user picks one here.
  const [picked, setLanguage] = useState<Language | null>(null);
  const language = picked ?? currentLanguage();
  const chosen = letter && r.letters.includes(letter) ? letter : suggested(r);
  const generate = useGenerateLetter(r.id, (saved) => {
    if (saved) toast(t('letters.generated'));
  });
  const sent = r.sentReply;
  return (
    <section className="card" aria-labelledby="requests-letters">
      <h2 id="requests-letters" className="card-title">
        {t('letters.title')}
      </h2>
      {sent ? (
        <p className="requests-ok">
          {t('letters.sentAs', {
            name: sent.filename,
            letter: t(`letters.kinds.${sent.letter}`),
            language: t(`letters.languages.${sent.language}`),
          })}
        </p>
      ) : null}
      {chosen ? (
        <>
          <div className="stack">
            <FormField label={t('letters.letter')}>
              <select
                className="input"
                value={chosen}
                onChange={(e) => setLetter(e.target.value as LetterKind)}
              >
                {r.letters.map((k) => (
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
          <p className="field-hint">{t('letters.onlyFitting')}</p>
          <ErrorBanner error={generate.error} />
          <button
            type="button"
            className="button button-primary"
            disabled={generate.isPending}
            onClick={() => generate.mutate({ letter: chosen, language })}
          >
            {t('letters.generate')}
          </button>
        </>
      ) : (
        <p className="muted">{t('letters.none')}</p>
      )}
      <SignerForm r={r} />
    </section>
  );
}
