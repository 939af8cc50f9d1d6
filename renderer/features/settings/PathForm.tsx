import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { filePath } from '../../../core/api';
import { applyServerIssues, FormField, useFieldError } from '../../components';

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
  const { register, handleSubmit, formState, setError } = useForm<{ path: string }>({
    resolver: zodResolver(filePath),
    defaultValues: { path: '' },
  });
  return (
    <form
      className="path-form"
      noValidate
      onSubmit={handleSubmit((values) =>
        onSubmit(values.path).catch((error: unknown) => {
          applyServerIssues(error, setError, ['path']);
        }),
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
