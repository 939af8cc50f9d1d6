import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { filePath, newPassphraseForm } from '../../../core/api';
import { FormField, useFieldError, useServerIssues } from '../../components';
import { NewPassphraseFields } from './NewPassphraseFields';

// The passphrase fields count only when the user chose to encrypt the new file.
const createForm = filePath
  .extend({
    encrypt: z.boolean(),
    passphrase: z.string(),
    repeat: z.string(),
    understood: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (!values.encrypt) return;
    const checked = newPassphraseForm.safeParse(values);
    for (const issue of checked.success ? [] : checked.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });
type CreateValues = z.infer<typeof createForm>;

const blank: CreateValues = {
  path: '',
  encrypt: false,
  passphrase: '',
  repeat: '',
  understood: false,
};

/** A new workspace at a typed path (browser mode), encrypted with a passphrase if wished. */
export function CreateWorkspaceForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  /** Rejects with the API's error; its issue on `path` is shown at the field. */
  onSubmit(path: string, passphrase: string | undefined): Promise<unknown>;
}) {
  const { t } = useTranslation('settings');
  const fieldError = useFieldError();
  const form = useForm<CreateValues>({ resolver: zodResolver(createForm), defaultValues: blank });
  const { register, handleSubmit, formState, control, reset } = form;
  const [error, setError] = useState<unknown>(null);
  useServerIssues(error, { form, fields: ['path', 'passphrase'] });
  const encrypt = useWatch({ control, name: 'encrypt' });
  return (
    <form
      className="form"
      noValidate
      onSubmit={handleSubmit((values) =>
        onSubmit(values.path, values.encrypt ? values.passphrase : undefined).then(
          () => {
            setError(null);
            reset(blank);
          },
          (failure: unknown) => setError(failure),
        ),
      )}
    >
      <div className="path-form">
        <FormField label={t('workspace.newPath')} error={fieldError(formState.errors.path)}>
          <input
            className="input mono"
            placeholder={t('workspace.pathPlaceholder')}
            spellCheck={false}
            {...register('path')}
          />
        </FormField>
        <button type="submit" className="button" disabled={busy}>
          {t('workspace.create')}
        </button>
      </div>
      <label className="check">
        <input type="checkbox" {...register('encrypt')} />
        {t('encryption.encryptNew')}
      </label>
      {encrypt ? (
        <NewPassphraseFields
          register={{
            passphrase: register('passphrase'),
            repeat: register('repeat'),
            understood: register('understood'),
          }}
          errors={formState.errors}
        />
      ) : null}
    </form>
  );
}
