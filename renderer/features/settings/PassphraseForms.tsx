import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { givenPassphrase, newPassphraseForm, type NewPassphraseForm } from '../../../core/api';
import {
  ConfirmDialog,
  ErrorBanner,
  FormField,
  useFieldError,
  useServerIssues,
} from '../../components';
import { useSetPassphrase } from './mutations';
import { NewPassphraseFields } from './NewPassphraseFields';

const blank = { passphrase: '', repeat: '', understood: false };
const changeForm = newPassphraseForm.and(z.object({ current: givenPassphrase }));
type ChangeValues = z.infer<typeof changeForm>;

/**
 * Encrypts a plain workspace. A confirmation says what happens to the file: a plain copy
 * is made first (so nothing is lost if encrypting fails) and overwritten and deleted after.
 */
export function EncryptForm({ shown }: { shown(recoveryKey: string | null): void }) {
  const { t } = useTranslation('settings');
  const form = useForm<NewPassphraseForm>({
    resolver: zodResolver(newPassphraseForm),
    defaultValues: blank,
  });
  const [pending, setPending] = useState<string | null>(null);
  const mutation = useSetPassphrase((result) => {
    setPending(null);
    form.reset(blank);
    shown(result.recoveryKey);
  });
  const server = useServerIssues(mutation.error, { form, fields: ['passphrase'] });
  const { register, handleSubmit, formState } = form;
  return (
    <form
      className="form"
      noValidate
      aria-label={t('encryption.encryptTitle')}
      onSubmit={handleSubmit((values) => setPending(values.passphrase))}
    >
      <ErrorBanner {...server.banner} />
      <NewPassphraseFields
        register={{
          passphrase: register('passphrase'),
          repeat: register('repeat'),
          understood: register('understood'),
        }}
        errors={formState.errors}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('encryption.encrypt')}
        </button>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={t('encryption.encryptConfirmTitle')}
        body={<p>{t('encryption.encryptConfirmBody')}</p>}
        confirmLabel={t('encryption.encrypt')}
        busy={mutation.isPending}
        onConfirm={() => pending !== null && mutation.mutate({ passphrase: pending })}
        onCancel={() => setPending(null)}
      />
    </form>
  );
}

/** A new passphrase for an encrypted workspace; the current one proves it is the owner. */
export function ChangeForm({ shown }: { shown(recoveryKey: string | null): void }) {
  const { t } = useTranslation('settings');
  const fieldError = useFieldError();
  const defaults = { ...blank, current: '' };
  const form = useForm<ChangeValues>({
    resolver: zodResolver(changeForm),
    defaultValues: defaults,
  });
  const mutation = useSetPassphrase((result) => {
    form.reset(defaults);
    shown(result.recoveryKey);
  });
  const server = useServerIssues(mutation.error, { form, fields: ['current', 'passphrase'] });
  const { register, handleSubmit, formState } = form;
  return (
    <form
      className="form"
      noValidate
      aria-label={t('encryption.changeTitle')}
      onSubmit={handleSubmit(({ current, passphrase }) => mutation.mutate({ current, passphrase }))}
    >
      <h3 className="subheading">{t('encryption.changeTitle')}</h3>
      <ErrorBanner {...server.banner} />
      <FormField
        label={t('encryption.current')}
        hint={t('encryption.currentHint')}
        error={fieldError(formState.errors.current)}
        required
      >
        <input
          type="password"
          className="input"
          autoComplete="current-password"
          {...register('current')}
        />
      </FormField>
      <NewPassphraseFields
        register={{
          passphrase: register('passphrase'),
          repeat: register('repeat'),
          understood: register('understood'),
        }}
        errors={formState.errors}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {t('encryption.change')}
        </button>
      </div>
    </form>
  );
}

const removeForm = z.object({ current: givenPassphrase });

/** Decrypts the workspace after a confirmation: the file is readable by anyone then. */
export function RemoveForm({ removed }: { removed(): void }) {
  const { t } = useTranslation('settings');
  const fieldError = useFieldError();
  const form = useForm<{ current: string }>({
    resolver: zodResolver(removeForm),
    defaultValues: { current: '' },
  });
  const [pending, setPending] = useState<string | null>(null);
  const mutation = useSetPassphrase(() => {
    setPending(null);
    removed();
  });
  const server = useServerIssues(mutation.error, { form, fields: ['current'] });
  if (mutation.error && pending !== null) setPending(null);
  const { register, handleSubmit, formState } = form;
  return (
    <form
      className="form"
      noValidate
      aria-label={t('encryption.removeTitle')}
      onSubmit={handleSubmit((values) => setPending(values.current))}
    >
      <h3 className="subheading">{t('encryption.removeTitle')}</h3>
      <p className="muted">{t('encryption.removeIntro')}</p>
      <ErrorBanner {...server.banner} />
      <FormField
        label={t('encryption.current')}
        error={fieldError(formState.errors.current)}
        required
      >
        <input
          type="password"
          className="input"
          autoComplete="current-password"
          {...register('current')}
        />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-danger">
          {t('encryption.remove')}
        </button>
      </div>
      <ConfirmDialog
        open={pending !== null}
        danger
        title={t('encryption.removeConfirmTitle')}
        body={<p>{t('encryption.removeConfirmBody')}</p>}
        confirmLabel={t('encryption.remove')}
        busy={mutation.isPending}
        onConfirm={() =>
          pending !== null && mutation.mutate({ current: pending, passphrase: null })
        }
        onCancel={() => setPending(null)}
      />
    </form>
  );
}
