import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { ConfirmDialog, ErrorBanner, FormField, useFormat, useToast } from '../../components';
import { useAddDpiaFile, useDeleteDpiaFile } from './mutations';
import { useDpiaFiles } from './queries';

/** The documents of the DPIA (the report, the DPO's opinion), kept in the workspace. */
export function FilesList({ activityId }: { activityId: number }) {
  const { t } = useTranslation(['dpia', 'processors']);
  const toast = useToast();
  const format = useFormat();
  const list = useDpiaFiles(activityId, true);
  const add = useAddDpiaFile(activityId);
  const remove = useDeleteDpiaFile();
  const [deleting, setDeleting] = useState<AttachmentMeta | null>(null);
  const open = async (meta: AttachmentMeta) => {
    const file = await call('attachments.get', { id: meta.id });
    await saveExportedFile({
      filename: file.name,
      mimeType: file.mimeType,
      base64: file.base64,
      createdAt: file.createdAt,
    });
  };

  return (
    <div className="stack">
      <h3 className="card-title">{t('files')}</h3>
      {list.data && list.data.length === 0 ? (
        <p className="muted">{t('processors:attachments.empty')}</p>
      ) : null}
      <ul className="attachment-list">
        {list.data?.map((a) => (
          <li key={a.id} className="attachment-item">
            <div>
              <strong>{a.name}</strong>
              <div className="muted">{format.dateTime(a.createdAt)}</div>
            </div>
            <div className="row-actions">
              <button type="button" className="button button-small" onClick={() => void open(a)}>
                {t('processors:attachments.open', { name: a.name })}
              </button>
              <button type="button" className="button button-small" onClick={() => setDeleting(a)}>
                {t('processors:attachments.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <FormField
        label={t('processors:attachments.upload')}
        hint={t('processors:attachments.limit')}
      >
        <input
          className="input"
          type="file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) {
              add.mutate(file, {
                onSuccess: (m) => toast(t('processors:attachments.added', { name: m.name })),
              });
            }
          }}
        />
      </FormField>
      <ErrorBanner error={add.error ?? remove.error ?? list.error} />
      <ConfirmDialog
        open={deleting !== null}
        danger
        title={t('processors:attachments.deleteTitle')}
        body={t('processors:attachments.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('processors:attachments.delete')}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })
        }
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
