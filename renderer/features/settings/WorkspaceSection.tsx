import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../core/api';
import { ApiError } from '../../api/client';
import { useWorkspace } from '../../app/queries';
import { ConfirmDialog, ErrorBanner, useToast } from '../../components';
import { useSaveWorkspaceCopy, useShowInFolder, useSwitchWorkspace } from './mutations';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { PathForm } from './PathForm';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';
import { UnlockDialog } from './UnlockDialog';

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

/** Errors whose issue names the path are shown next to the path field instead. */
const notAtField = (error: unknown) =>
  error instanceof ApiError &&
  error.issues.some((i) => i.path === 'path' || i.path === 'passphrase')
    ? null
    : error;

function WorkspaceDetails({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation('settings');
  const toast = useToast();
  const desktop = info.mode === 'desktop';

  // An SQLite file that is not a workspace: opened only after the user agrees to convert it.
  const [toConvert, setToConvert] = useState<string | null>(null);
  // An encrypted file: opened only once its passphrase is given.
  const [toUnlock, setToUnlock] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  // Another file means other clients: drop every cached answer and start over at '/'.
  const switchTo = useSwitchWorkspace({
    opened: (path, key) => {
      setToConvert(null);
      setToUnlock(null);
      setRecoveryKey(key);
      toast(t('workspace.opened', { path }));
    },
    notAWorkspace: setToConvert,
    passphraseRequired: setToUnlock,
  });
  const askingToConvert =
    switchTo.error instanceof ApiError && switchTo.error.code === 'NOT_A_WORKSPACE';
  const saveCopy = useSaveWorkspaceCopy((path) => toast(t('workspace.copied', { path })));
  const showInFolder = useShowInFolder();
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
      {/* A refused path shows at its field; the banner says everything else. */}
      <ErrorBanner
        error={[askingToConvert ? null : switchTo.error, saveCopy.error, showInFolder.error]
          .map(notAtField)
          .find(Boolean)}
      />
      <ConfirmDialog
        open={toConvert !== null}
        title={t('workspace.convertTitle')}
        body={
          <>
            <p className="mono break">{toConvert}</p>
            <p>{t('workspace.convertBody')}</p>
          </>
        }
        confirmLabel={t('workspace.convert')}
        busy={switchTo.isPending}
        onConfirm={() =>
          toConvert && switchTo.mutate({ path: toConvert, create: false, convert: true })
        }
        onCancel={() => {
          setToConvert(null);
          switchTo.reset();
        }}
      />

      <UnlockDialog
        path={toUnlock}
        busy={switchTo.isPending}
        error={toUnlock ? switchTo.error : null}
        onUnlock={(passphrase) =>
          toUnlock && switchTo.mutate({ path: toUnlock, create: false, passphrase })
        }
        onCancel={() => {
          setToUnlock(null);
          switchTo.reset();
        }}
      />
      <RecoveryKeyDialog recoveryKey={recoveryKey} onClose={() => setRecoveryKey(null)} />

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
          <CreateWorkspaceForm
            busy={switchTo.isPending}
            onSubmit={(path, passphrase) =>
              switchTo.mutateAsync({ path, create: true, passphrase })
            }
          />
          <PathForm
            label={t('workspace.openPath')}
            submitLabel={t('workspace.open')}
            placeholder={t('workspace.pathPlaceholder')}
            busy={switchTo.isPending}
            onSubmit={(path) => switchTo.mutateAsync({ path, create: false })}
          />
          <PathForm
            label={t('workspace.copyPath')}
            submitLabel={t('workspace.saveCopy')}
            placeholder={t('workspace.pathPlaceholder')}
            busy={saveCopy.isPending}
            onSubmit={(path) => saveCopy.mutateAsync(path)}
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
