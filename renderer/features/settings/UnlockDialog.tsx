import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { givenPassphrase } from '../../../core/api';
import { FormField, Modal, useFieldError, useServerIssues } from '../../components';

const unlockForm = z.object({ passphrase: givenPassphrase });

/**
 * Asks for the passphrase (or the recovery key) of an encrypted file being opened. A wrong
 * one is said next to the field; the file stays unopened and unchanged.
 */
export function UnlockDialog({
  path,
  busy,
  error,
  onUnlock,
  onCancel,
}: {
  path: string | null;
  busy: boolean;
  error: unknown;
  onUnlock(passphrase: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('settings');
  const fieldError = useFieldError();
  const form = useForm<{ passphrase: string }>({
    resolver: zodResolver(unlockForm),
    defaultValues: { passphrase: '' },
  });
  useServerIssues(error, { form, fields: ['passphrase'] });
  const { register, handleSubmit, formState, reset } = form;
  const cancel = () => {
    reset();
    onCancel();
  };
  return (
    <Modal
      open={path !== null}
      title={t('encryption.unlockTitle')}
      onClose={() => !busy && cancel()}
    >
      <form
        noValidate
        onSubmit={handleSubmit((values) => {
          onUnlock(values.passphrase);
        })}
      >
        <div className="dialog-body stack">
          <p className="mono break">{path}</p>
          <p>{t('encryption.unlockIntro')}</p>
          <FormField
            label={t('encryption.unlockField')}
            error={fieldError(formState.errors.passphrase)}
            required
          >
            <input
              type="password"
              className="input"
              autoComplete="current-password"
              {...register('passphrase')}
            />
          </FormField>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={cancel} disabled={busy}>
            {t('encryption.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('encryption.unlock')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
