import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Breach } from '../../../core/api';
import { ErrorBanner, FormField, useToast } from '../../components';
import { useBerlinTime } from './format';
import { useCloseBreach, useReopenBreach } from './mutations';

/** Closing is refused while something is owed (assessment, notice, telling the persons). */
export function ClosePanel({ breach: b }: { breach: Breach }) {
  const { t } = useTranslation('breaches');
  const toast = useToast();
  const time = useBerlinTime();
  const [note, setNote] = useState('');
  const close = useCloseBreach(b.id);
  const reopen = useReopenBreach(b.id);
  return (
    <section className="card" aria-labelledby="close-title">
      <h2 id="close-title" className="card-title">
        {t('close.title')}
      </h2>
      <ErrorBanner error={close.error ?? reopen.error} />
      {b.state === 'closed' ? (
        <>
          <p>{t('close.closedOn', { at: time(b.closedAt) })}</p>
          {b.closingNote ? <p className="muted">{b.closingNote}</p> : null}
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={reopen.isPending}
              onClick={() =>
                reopen.mutate(undefined, { onSuccess: () => toast(t('close.reopened')) })
              }
            >
              {t('close.reopen')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">{t('close.intro')}</p>
          <FormField label={t('close.note')}>
            <textarea
              className="input"
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </FormField>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={close.isPending}
              onClick={() => close.mutate(note, { onSuccess: () => toast(t('close.closed')) })}
            >
              {t('close.close')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
