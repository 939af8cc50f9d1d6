import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { ConfirmDialog, ErrorBanner, FormField, useFormat, useToast } from '../../components';
import { useBreachFileWrite } from './mutations';
import { useBreachFiles } from './queries';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
};

/** Files of a breach (the processor's notice, screenshots, the authority's receipt). */
export function FilesPanel({ breachId, open }: { breachId: number; open: boolean }) {
  const { t } = useTranslation('breaches');
  const toast = useToast();
  const format = useFormat();
  const files = useBreachFiles(breachId);
  const [deleting, setDeleting] = useState<AttachmentMeta | null>(null);
  const add = useBreachFileWrite(async (file: File) =>
    call('attachments.add', {
      ownerType: 'breach',
      ownerId: breachId,
      role: 'evidence',
      name: file.name,
      mimeType: file.type || 'application/octet-stream',
      base64: await toBase64(file),
    }),
  );
  const remove = useBreachFileWrite((id: number) => call('attachments.delete', { id }));
  const download = async (meta: AttachmentMeta) => {
    const file = await call('attachments.get', { id: meta.id });
    await saveExportedFile({
      filename: file.name,
      mimeType: file.mimeType,
      base64: file.base64,
      createdAt: file.createdAt,
    });
  };
  return (
    <section className="card" aria-labelledby="files-title">
      <h2 id="files-title" className="card-title">
        {t('files.title')}
      </h2>
      {files.data && files.data.length === 0 ? <p className="muted">{t('files.empty')}</p> : null}
      <ul className="attachment-list">
        {files.data?.map((f) => (
          <li key={f.id} className="attachment-item">
            <div>
              <strong>{f.name}</strong>
              <div className="muted">{format.dateTime(f.createdAt)}</div>
            </div>
            <div className="row-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => void download(f)}
              >
                {t('files.open', { name: f.name })}
              </button>
              {open ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setDeleting(f)}
                >
                  {t('files.delete', { name: f.name })}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {open ? (
        <FormField label={t('files.add')} hint={t('files.limit')}>
          <input
            className="input"
            type="file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file)
                add.mutate(file, { onSuccess: () => toast(t('files.added', { name: file.name })) });
            }}
          />
        </FormField>
      ) : null}
      <ErrorBanner error={add.error ?? remove.error ?? files.error} />
      <ConfirmDialog
        open={deleting !== null}
        danger
        title={t('files.deleteTitle')}
        body={t('files.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('files.deleteConfirm')}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })
        }
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
