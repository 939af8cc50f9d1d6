import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../../core/api';
import { ApiError } from '../../api/client';
import { ConfirmDialog, ErrorBanner, useToast } from '../../components';
import { useDeleteCatalogueEntry } from './mutations';

/**
 * Only unused entries can go (the API refuses with IN_USE otherwise). An entry in use shows
 * why it cannot be deleted instead of a button that fails.
 */
export function DeleteEntry({ entry }: { entry: CatalogueEntry }) {
  const { t } = useTranslation('catalogues');
  const toast = useToast();
  const remove = useDeleteCatalogueEntry();
  const [open, setOpen] = useState(false);
  const inUse = remove.error instanceof ApiError && remove.error.code === 'IN_USE';

  if (entry.usage > 0) {
    return (
      <span className="muted catalogue-in-use" title={t('delete.inUseBody', { name: entry.name })}>
        {t('inUseShort')}
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button-small button-danger-outline"
        aria-label={`${t('actions.delete')}: ${entry.name}`}
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
      >
        {t('actions.delete')}
      </button>
      <ConfirmDialog
        open={open}
        danger
        busy={remove.isPending}
        title={t('delete.title', { name: entry.name })}
        body={
          <>
            <p>{t('delete.body', { name: entry.name })}</p>
            {inUse ? (
              <div className="banner banner-error" role="alert">
                <p className="banner-title">{t('delete.inUseTitle')}</p>
                <p>{t('delete.inUseBody', { name: entry.name })}</p>
              </div>
            ) : (
              <ErrorBanner error={remove.error} />
            )}
          </>
        }
        confirmLabel={t('delete.confirm')}
        onConfirm={() =>
          remove.mutate(entry.id, {
            onSuccess: () => {
              setOpen(false);
              toast(t('delete.done', { name: entry.name }));
            },
          })
        }
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
