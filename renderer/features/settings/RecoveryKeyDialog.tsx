import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components';

/**
 * The recovery key, shown once: the app keeps no copy of it, so the user writes it down
 * or copies it to a safe place now.
 */
export function RecoveryKeyDialog({
  recoveryKey,
  onClose,
}: {
  recoveryKey: string | null;
  onClose(): void;
}) {
  const { t } = useTranslation('settings');
  const [copied, setCopied] = useState(false);
  const close = () => {
    setCopied(false);
    onClose();
  };
  return (
    <Modal open={recoveryKey !== null} title={t('encryption.recoveryTitle')} onClose={close}>
      <div className="dialog-body stack">
        <p>{t('encryption.recoveryIntro')}</p>
        <p className="recovery-key" data-testid="recovery-key">
          {recoveryKey?.split('-').join(' ')}
        </p>
        <p className="muted">{t('encryption.recoveryOnce')}</p>
        <p role="status">{copied ? t('encryption.recoveryCopied') : ''}</p>
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            recoveryKey &&
            navigator.clipboard.writeText(recoveryKey).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('encryption.copyRecovery')}
        </button>
        <button type="button" className="button button-primary" onClick={close}>
          {t('encryption.recoveryDone')}
        </button>
      </div>
    </Modal>
  );
}
