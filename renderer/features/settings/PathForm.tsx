import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { filePath } from '../../../core/api';
import { FormField, useFieldError, useServerIssues } from '../../components';

interface PathFormProps {
  label: string;
  submitLabel: string;
  placeholder: string;
  busy: boolean;
  /** Rejects with the API's error; its issue on `path` is shown at the field. */
  onSubmit(path: string): Promise<unknown>;
}

/** One path input with its action (browser mode has no file dialogs). */
export function PathForm({ label, submitLabel, placeholder, busy, onSubmit }: PathFormProps) {
  const fieldError = useFieldError();
  const form = useForm<{ path: string }>({
    resolver: zodResolver(filePath),
    defaultValues: { path: '' },
  });
  const { register, handleSubmit, formState } = form;
  // The caller shows the error itself; an issue on the path also goes next to the field.
  const [error, setError] = useState<unknown>(null);
  useServerIssues(error, { form, fields: ['path'], label: () => label });
  return (
    <form
      className="path-form"
      noValidate
      onSubmit={handleSubmit((values) =>
        onSubmit(values.path).then(
          () => setError(null),
          (failure: unknown) => setError(failure),
        ),
      )}
    >
      <FormField label={label} error={fieldError(formState.errors.path)}>
        <input
          className="input mono"
          placeholder={placeholder}
          spellCheck={false}
          {...register('path')}
        />
      </FormField>
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
