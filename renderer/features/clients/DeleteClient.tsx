import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput, Client } from '../../../core/api';
import { ConfirmDialog, ErrorBanner, useToast } from '../../components';
import { useClientDeletionImpact, useDeleteClient } from './mutations';

type Impact = MethodOutput<'clients.deletionImpact'>;

/**
 * Deleting a client removes everything it holds, so the confirmation asks the API what
 * exactly would go and names it ("Mandant „X“ mit 12 Verarbeitungstätigkeiten … löschen?").
 */
export function DeleteClient({ client }: { client: Client }) {
  const { t } = useTranslation('clients');
  const toast = useToast();
  const [impact, setImpact] = useState<Impact | null>(null);

  const check = useClientDeletionImpact(client.id, setImpact);
  const remove = useDeleteClient(client.id, {
    gone: () => setImpact(null),
    done: (deleted) => toast(t('delete.done', { name: deleted.name })),
  });

  return (
    <section className="card danger-zone" aria-labelledby="delete-client-title">
      <h2 id="delete-client-title" className="card-title">
        {t('delete.sectionTitle')}
      </h2>
      <p>{t('delete.sectionBody')}</p>
      <ErrorBanner error={check.error ?? remove.error} />
      <button
        type="button"
        className="button button-danger-outline"
        // Not disabled while checking: a disabled button drops focus, and the dialog
        // should hand focus back to this button when it closes.
        onClick={() => {
          if (!check.isPending) check.mutate();
        }}
      >
        {t('delete.button')}
      </button>
      <ConfirmDialog
        open={impact !== null}
        danger
        busy={remove.isPending}
        title={t('delete.title')}
        body={
          impact ? (
            <>
              <p>{t('delete.body', { name: impact.name })}</p>
              <ul>
                <li>{t('delete.activities', { count: impact.activities })}</li>
                <li>{t('delete.entries', { count: impact.catalogueEntries })}</li>
                {impact.processors > 0 && (
                  <li>{t('delete.processors', { count: impact.processors })}</li>
                )}
                {impact.requests > 0 && <li>{t('delete.requests', { count: impact.requests })}</li>}
                {impact.retentionRules > 0 && (
                  <li>{t('delete.retentionRules', { count: impact.retentionRules })}</li>
                )}
                {impact.attachments > 0 && (
                  <li>{t('delete.attachments', { count: impact.attachments })}</li>
                )}
              </ul>
              <p className="muted">{t('delete.irreversible')}</p>
            </>
          ) : null
        }
        confirmLabel={t('delete.confirm')}
        onConfirm={() => remove.mutate()}
        onCancel={() => setImpact(null)}
      />
    </section>
  );
}
