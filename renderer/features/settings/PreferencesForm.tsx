import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  preferences as preferencesSchema,
  type Preferences,
  type PreferencesInput,
} from '../../../core/api';
import { useSavePreferences } from '../../app/mutations';
import { usePreferences } from '../../app/queries';
import { ErrorBanner, FormField, useFieldError, useServerIssues, useToast } from '../../components';
import { languages } from '../../i18n';

/**
 * The name written into the audit log ("who changed it"), the role under it when the user
 * signs a letter, and the UI language.
 */
export function PreferencesForm() {
  const { t } = useTranslation('settings');
  const preferences = usePreferences();
  return (
    <section className="card" aria-labelledby="preferences-title">
      <h2 id="preferences-title" className="card-title">
        {t('preferences.title')}
      </h2>
      <ErrorBanner error={preferences.error} />
      {preferences.data ? <Form initial={preferences.data} /> : null}
    </section>
  );
}

function Form({ initial }: { initial: Preferences }) {
  const { t } = useTranslation('settings');
  const fieldError = useFieldError();
  const toast = useToast();
  const form = useForm<PreferencesInput, unknown, Preferences>({
    resolver: zodResolver(preferencesSchema),
    defaultValues: initial,
  });
  const { register, handleSubmit, reset, formState } = form;
  const mutation = useSavePreferences((saved) => {
    reset(saved);
    toast(t('preferences.saved'));
  });
  const errors = formState.errors;
  const server = useServerIssues(mutation.error, {
    form,
    fields: ['userName', 'userRole', 'language'],
    label: (field) => t(`preferences.${field}`),
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit((values) => mutation.mutate(values))}>
      <ErrorBanner {...server.banner} />
      <div className="grid-2">
        <FormField
          label={t('preferences.userName')}
          hint={t('preferences.userNameHint')}
          error={fieldError(errors.userName)}
          required
        >
          <input className="input" autoComplete="name" {...register('userName')} />
        </FormField>
        <FormField
          label={t('preferences.userRole')}
          hint={t('preferences.userRoleHint')}
          error={fieldError(errors.userRole)}
        >
          <input className="input" autoComplete="organization-title" {...register('userRole')} />
        </FormField>
        <FormField label={t('preferences.language')} error={fieldError(errors.language)}>
          <select className="input" {...register('language')}>
            {languages.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {t(`common:shell.languageName.${lang}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {t('preferences.submit')}
        </button>
      </div>
    </form>
  );
}
