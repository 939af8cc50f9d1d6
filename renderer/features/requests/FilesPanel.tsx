import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest } from '../../../core/api';
import { ErrorBanner, useToast } from '../../components';
import { useAddRequestFile, useOpenRequestFile, type RequestFileRole as Role } from './mutations';
import { useRequestFiles } from './queries';

/**
 * The original letter or e-mail, the copy of the data, and the reply as sent (stored by
 * the app when the reply is marked sent), kept in the workspace.
 */
export function FilesPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const toast = useToast();
  const files = useRequestFiles(r.id);
  const input = useRef<HTMLInputElement>(null);
  const [role, setRole] = useState<Role>('original');
  const add = useAddRequestFile(r.id, () => toast(t('files.added')));
  const open = useOpenRequestFile();
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
    <section className="card" aria-labelledby="requests-files">
      <h2 id="requests-files" className="card-title">
        {t('files.title')}
      </h2>
      <ErrorBanner error={add.error ?? open.error ?? files.error} />
      {groups.map((g) => {
        const list = files.data?.filter((f) => f.role === g) ?? [];
        return (
          <div key={g} className="requests-file-group">
            <h3 className="subheading">{titles[g]}</h3>
            {list.length === 0 ? <p className="muted">{t('files.none')}</p> : null}
            <ul className="requests-files">
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
          if (file) add.mutate({ file, role });
          e.target.value = '';
        }}
      />
    </section>
  );
}
