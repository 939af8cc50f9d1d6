import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '../../../../core/api';
import { call } from '../../../api/client';
import { saveExportedFile } from '../../../api/download';
import { ConfirmDialog, ErrorBanner, FormField, useFormat, useToast } from '../../../components';
import { fileSize } from '../format';
import { useAddProcessorFile, useDeleteProcessorFile, type ProcessorFileRole } from '../mutations';
import { useProcessorAttachments } from '../queries';

const roles: readonly ProcessorFileRole[] = ['signed_avv', 'toms', 'other'];

/** The signed AVV and the processor's TOM document, stored inside the workspace file. */
export function AttachmentsPanel({ processorId }: { processorId: number }) {
  const { t, i18n } = useTranslation('processors');
  const toast = useToast();
  const format = useFormat();
  const list = useProcessorAttachments(processorId);
  const [role, setRole] = useState<ProcessorFileRole>('signed_avv');
  const [deleting, setDeleting] = useState<AttachmentMeta | null>(null);
  const add = useAddProcessorFile(processorId);
  const remove = useDeleteProcessorFile();
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
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title" className="card-title">
        {t('attachments.title')}
      </h2>
      <p className="muted">{t('attachments.intro')}</p>
      {list.data && list.data.length === 0 ? (
        <p className="muted">{t('attachments.empty')}</p>
      ) : null}
      <ul className="attachment-list">
        {list.data?.map((a) => (
          <li key={a.id} className="attachment-item">
            <div>
              <strong>{a.name}</strong>{' '}
              <span className="tag">
                {t(`attachments.role.${a.role}`, { defaultValue: a.role })}
              </span>
              <div className="muted">
                {fileSize(a.size, i18n.language)} · {format.dateTime(a.createdAt)}
              </div>
              <div className="muted mono attachment-sha" title="SHA-256">
                SHA-256 {a.sha256}
              </div>
            </div>
            <div className="row-actions">
              <button type="button" className="button button-small" onClick={() => void open(a)}>
                {t('attachments.open', { name: a.name })}
              </button>
              <button type="button" className="button button-small" onClick={() => setDeleting(a)}>
                {t('attachments.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="processor-toolbar">
        <FormField label={t('attachments.roleLabel')}>
          <select
            className="input"
            value={role}
            onChange={(e) => setRole(e.target.value as typeof role)}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`attachments.role.${r}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('attachments.upload')} hint={t('attachments.limit')}>
          <input
            className="input"
            type="file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file)
                add.mutate(
                  { file, role },
                  {
                    onSuccess: (m) => toast(t('attachments.added', { name: m.name })),
                  },
                );
            }}
          />
        </FormField>
      </div>
      <ErrorBanner error={add.error ?? remove.error ?? list.error} />
      <ConfirmDialog
        open={deleting !== null}
        danger
        title={t('attachments.deleteTitle')}
        body={t('attachments.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('attachments.delete')}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })
        }
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
