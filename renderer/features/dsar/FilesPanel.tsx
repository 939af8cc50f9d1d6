import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest } from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { ErrorBanner, useToast } from '../../components';
import { fileToBase64 } from './files';
import { useInvalidateRequests, useRequestFiles } from './queries';

type Role = 'original' | 'copy_of_data' | 'sent_letter';

/**
 * The original letter or e-mail, the copy of the data, and the reply as sent (stored by
 * the app when the reply is marked sent), kept in the workspace.
 */
export function FilesPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('dsar');
  const toast = useToast();
  const files = useRequestFiles(r.id);
  const invalidate = useInvalidateRequests();
  const input = useRef<HTMLInputElement>(null);
  const [role, setRole] = useState<Role>('original');
  const add = useMutation({
    mutationFn: async (file: File) =>
      call('attachments.add', {
        ownerType: 'request',
        ownerId: r.id,
        role,
        name: file.name,
        mimeType: file.type || 'application/octet-stream',
        base64: await fileToBase64(file),
      }),
    onSuccess: async () => {
      await invalidate();
      toast(t('files.added'));
    },
  });
  const open = useMutation({
    mutationFn: async (id: number) => {
      const f = await call('attachments.get', { id });
      return saveExportedFile({
        filename: f.name,
        mimeType: f.mimeType,
        base64: f.base64,
        createdAt: f.createdAt,
      });
    },
  });
  const pick = (next: Role) => {
    setRole(next);
    input.current?.click();
  };
  const sentLetters = files.data?.filter((f) => f.role === 'sent_letter') ?? [];
  const groups: Role[] = [
    'original',
    'copy_of_data',
    ...(sentLetters.length ? ['sent_letter' as const] : []),
  ];
  const titles: Record<Role, string> = {
    original: t('files.original'),
    copy_of_data: t('files.copy'),
    sent_letter: t('files.sentLetter'),
  };
  const closed = r.state === 'closed';

  return (
    <section className="card" aria-labelledby="dsar-files">
      <h2 id="dsar-files" className="card-title">
        {t('files.title')}
      </h2>
      <ErrorBanner error={add.error ?? open.error ?? files.error} />
      {groups.map((g) => {
        const list = files.data?.filter((f) => f.role === g) ?? [];
        return (
          <div key={g} className="dsar-file-group">
            <h3 className="subheading">{titles[g]}</h3>
            {list.length === 0 ? <p className="muted">{t('files.none')}</p> : null}
            <ul className="dsar-files">
              {list.map((f) => (
                <li key={f.id}>
                  <button type="button" className="button-link" onClick={() => open.mutate(f.id)}>
                    {f.name}
                  </button>{' '}
                  <span className="muted">({Math.ceil(f.size / 1024)} KB)</span>
                </li>
              ))}
            </ul>
            {g === 'sent_letter' || closed ? null : (
              <button type="button" className="button button-small" onClick={() => pick(g)}>
                {t('files.add')}
              </button>
            )}
          </div>
        );
      })}
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        aria-label={t('files.add')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) add.mutate(file);
          e.target.value = '';
        }}
      />
    </section>
  );
}
