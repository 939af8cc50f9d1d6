import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/queries';
import { ErrorBanner, useToast } from '../../components';
import { ChangeForm, EncryptForm, RemoveForm } from './PassphraseForms';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';

/** Whether the open workspace is encrypted, and setting, changing or removing its passphrase. */
export function EncryptionSection() {
  const { t } = useTranslation('settings');
  const toast = useToast();
  const workspace = useWorkspace();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const encrypted = workspace.data?.encrypted;
  const shown = (key: string | null) => {
    toast(t('encryption.saved'));
    setRecoveryKey(key);
  };
  return (
    <section className="card" aria-labelledby="encryption-title">
      <h2 id="encryption-title" className="card-title">
        {t('encryption.title')}
      </h2>
      <p className="muted">{t('encryption.intro')}</p>
      <ErrorBanner error={workspace.error} />
      {encrypted === undefined ? null : (
        <p className={encrypted ? 'audit-intact' : undefined} data-testid="encryption-status">
          {encrypted ? t('encryption.isEncrypted') : t('encryption.isPlain')}
        </p>
      )}
      {encrypted === false && workspace.data?.opensAtStart ? (
        <p className="muted">{t('encryption.startupPlain')}</p>
      ) : null}
      {encrypted === false && !workspace.data?.opensAtStart ? <EncryptForm shown={shown} /> : null}
      {encrypted ? (
        <>
          <ChangeForm shown={shown} />
          <RemoveForm removed={() => toast(t('encryption.removed'))} />
        </>
      ) : null}
      <RecoveryKeyDialog recoveryKey={recoveryKey} onClose={() => setRecoveryKey(null)} />
    </section>
  );
}
