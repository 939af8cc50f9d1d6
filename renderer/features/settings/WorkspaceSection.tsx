import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../core/api';
import { call } from '../../api/client';
import { useWorkspace } from '../../app/queries';
import { navigate } from '../../app/router';
import { ErrorBanner, useToast } from '../../components';
import { PathForm } from './PathForm';

/** Which file is open, recent files, and (in browser mode) new / open / save a copy by path. */
export function WorkspaceSection() {
  const { t } = useTranslation('settings');
  const workspace = useWorkspace();
  const info = workspace.data;
  return (
    <section className="card" aria-labelledby="workspace-title">
      <h2 id="workspace-title" className="card-title">
        {t('workspace.title')}
      </h2>
      <p className="muted">{t('workspace.intro')}</p>
      <ErrorBanner error={workspace.error} />
      {info ? <WorkspaceDetails info={info} /> : null}
    </section>
  );
}

function WorkspaceDetails({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation('settings');
  const queryClient = useQueryClient();
  const toast = useToast();
  const desktop = info.mode === 'desktop';

  // Another file means other clients: drop every cached answer and start over at '/'.
  const switchTo = useMutation({
    mutationFn: ({ path, create }: { path: string; create: boolean }) =>
      call(create ? 'workspace.create' : 'workspace.open', { path }),
    onSuccess: (opened) => {
      queryClient.clear();
      navigate('/');
      toast(t('workspace.opened', { path: opened.path }));
    },
  });
  const saveCopy = useMutation({
    mutationFn: (path: string) => call('workspace.saveCopy', { path }),
    onSuccess: (result) => toast(t('workspace.copied', { path: result.path })),
  });
  const showInFolder = useMutation({ mutationFn: () => call('workspace.showInFolder', {}) });
  const recent = info.recent.filter((path) => path !== info.path);

  return (
    <>
      <dl className="properties">
        <dt>{t('workspace.current')}</dt>
        <dd className="mono break">{info.path}</dd>
        <dt>{t('workspace.version')}</dt>
        <dd>
          {info.version} · {t('workspace.schema', { version: info.schemaVersion })}
        </dd>
      </dl>
      <ErrorBanner error={switchTo.error ?? saveCopy.error ?? showInFolder.error} />

      {desktop ? (
        <div className="stack">
          <p>{t('workspace.desktopHint')}</p>
          <div>
            <button type="button" className="button" onClick={() => showInFolder.mutate()}>
              {t('workspace.showInFolder')}
            </button>
          </div>
        </div>
      ) : (
        <div className="stack">
          <p className="muted">{t('workspace.browserHint')}</p>
          <PathForm
            label={t('workspace.newPath')}
            submitLabel={t('workspace.create')}
            placeholder={t('workspace.pathPlaceholder')}
            busy={switchTo.isPending}
            onSubmit={(path) => switchTo.mutate({ path, create: true })}
          />
          <PathForm
            label={t('workspace.openPath')}
            submitLabel={t('workspace.open')}
            placeholder={t('workspace.pathPlaceholder')}
            busy={switchTo.isPending}
            onSubmit={(path) => switchTo.mutate({ path, create: false })}
          />
          <PathForm
            label={t('workspace.copyPath')}
            submitLabel={t('workspace.saveCopy')}
            placeholder={t('workspace.pathPlaceholder')}
            busy={saveCopy.isPending}
            onSubmit={(path) => saveCopy.mutate(path)}
          />
        </div>
      )}

      <h3 className="subheading">{t('workspace.recent')}</h3>
      {recent.length === 0 ? (
        <p className="muted">{t('workspace.noRecent')}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((path) => (
            <li key={path}>
              <span className="mono break">{path}</span>
              <button
                type="button"
                className="button button-small"
                aria-label={t('workspace.openRecent', { path })}
                disabled={switchTo.isPending}
                onClick={() => switchTo.mutate({ path, create: false })}
              >
                {t('workspace.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
