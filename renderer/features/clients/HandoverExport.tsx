import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MIN_PASSPHRASE_LENGTH,
  translateValidation,
  type Client,
  type Language,
} from '../../../core/api';
import { ApiError } from '../../api/client';
import { ErrorBanner, FormField, useToast } from '../../components';
import { useExportHandover } from './mutations';

/**
 * The hand-over file of the client (.pdclient): everything it holds, for another workspace
 * (a colleague, a successor DPO). A passphrase is optional; with one, the file is encrypted.
 */
export function HandoverExport({ client }: { client: Client }) {
  const { t, i18n } = useTranslation('clients');
  const toast = useToast();
  const [passphrase, setPassphrase] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const exporting = useExportHandover(client.id, () => toast(t('handover.exported')));
  const lang = (i18n.language === 'en' ? 'en' : 'de') satisfies Language;
  const serverIssue =
    exporting.error instanceof ApiError
      ? exporting.error.issues.find((issue) => issue.path === 'passphrase')
      : undefined;
  const error = tooShort
    ? translateValidation('passphraseShort', lang)
    : serverIssue && translateValidation(serverIssue.key, lang);

  return (
    <section className="card" aria-labelledby="handover-export-title">
      <h2 id="handover-export-title" className="card-title">
        {t('handover.exportTitle')}
      </h2>
      <p>{t('handover.exportBody')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const short = passphrase !== '' && passphrase.length < MIN_PASSPHRASE_LENGTH;
          setTooShort(short);
          if (!short && !exporting.isPending) exporting.mutate(passphrase);
        }}
      >
        <FormField
          label={t('handover.passphrase')}
          hint={t('handover.passphraseHint', { count: MIN_PASSPHRASE_LENGTH })}
          error={error}
        >
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </FormField>
        {serverIssue ? null : <ErrorBanner error={exporting.error} />}
        <div className="form-actions">
          <button type="submit" className="button" aria-busy={exporting.isPending}>
            {t('handover.export')}
          </button>
        </div>
      </form>
    </section>
  );
}
