import { useId } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField, useFieldError } from '../../components';

export interface NewPassphraseFieldsProps {
  register: {
    passphrase: UseFormRegisterReturn;
    repeat: UseFormRegisterReturn;
    understood: UseFormRegisterReturn;
  };
  errors: { passphrase?: FieldError; repeat?: FieldError; understood?: FieldError };
}

/**
 * A new passphrase typed twice, after the warning that nobody (not even the makers of
 * Privacy Desk) can open the file without it or its recovery key.
 */
export function NewPassphraseFields({ register, errors }: NewPassphraseFieldsProps) {
  const { t } = useTranslation('settings');
  const fieldError = useFieldError();
  const understoodError = fieldError(errors.understood);
  const errorId = useId();
  return (
    <>
      <div className="banner banner-warning" role="note">
        <p className="banner-title">{t('encryption.lossTitle')}</p>
        <p>{t('encryption.lossWarning')}</p>
      </div>
      <div className="grid-2">
        <FormField
          label={t('encryption.newPassphrase')}
          hint={t('encryption.passphraseHint')}
          error={fieldError(errors.passphrase)}
          required
        >
          <input
            type="password"
            className="input"
            autoComplete="new-password"
            {...register.passphrase}
          />
        </FormField>
        <FormField label={t('encryption.repeat')} error={fieldError(errors.repeat)} required>
          <input
            type="password"
            className="input"
            autoComplete="new-password"
            {...register.repeat}
          />
        </FormField>
      </div>
      <div className={understoodError ? 'field field-invalid' : 'field'}>
        <label className="check">
          <input
            type="checkbox"
            aria-invalid={understoodError ? true : undefined}
            aria-describedby={understoodError ? errorId : undefined}
            {...register.understood}
          />
          {t('encryption.understood')}
        </label>
        {understoodError ? (
          <p className="field-error" id={errorId}>
            {understoodError}
          </p>
        ) : null}
      </div>
    </>
  );
}
