import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { signerInput, type DataRequest } from '../../../core/api';
import { href } from '../../app/router';
import { ErrorBanner, FormField, useFieldError, useServerIssues, useToast } from '../../components';
import { useRequestStep } from './mutations';

type Input = z.input<typeof signerInput>;
type Values = z.output<typeof signerInput>;

/**
 * Who signs the letters: the user's name and role from Settings, or another person set on
 * this request (e.g. the client's managing director). Fixed once the reply is sent.
 */
export function SignerForm({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const toast = useToast();
  const fieldError = useFieldError();
  const [editing, setEditing] = useState(false);
  const step = useRequestStep('requests.setSigner');
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(signerInput),
    defaultValues: {
      id: r.id,
      name: r.signer.fromSettings ? '' : r.signer.name,
      role: r.signer.fromSettings ? '' : r.signer.role,
    },
  });
  const { register, handleSubmit, reset, formState } = form;
  const server = useServerIssues(step.error, {
    form,
    fields: ['name', 'role'],
    label: (field) => t(`signer.${field}`),
  });
  const locked = r.sentReply !== null || r.state === 'closed';
  const who = [r.signer.name, r.signer.role].filter(Boolean).join(', ');
  const errors = formState.errors;

  return (
    <div className="requests-signer">
      <h3 className="subheading">{t('signer.title')}</h3>
      <p>
        <strong data-testid="signer">{who}</strong>{' '}
        {r.signer.fromSettings ? (
          <span className="muted">
            ({t('signer.fromSettings')}, <a href={href('/settings')}>{t('signer.settingsLink')}</a>)
          </span>
        ) : null}
      </p>
      {!locked && !editing ? (
        <button type="button" className="button button-small" onClick={() => setEditing(true)}>
          {t('signer.change')}
        </button>
      ) : null}
      {editing ? (
        <form
          className="stack"
          noValidate
          onSubmit={handleSubmit((values) =>
            step.mutate(values, {
              onSuccess: (saved) => {
                reset({ id: saved.id, name: saved.signer.fromSettings ? '' : saved.signer.name });
                setEditing(false);
                toast(t('signer.saved'));
              },
            }),
          )}
        >
          <div className="grid-2">
            <FormField
              label={t('signer.name')}
              hint={t('signer.nameHint')}
              error={fieldError(errors.name)}
            >
              <input className="input" {...register('name')} />
            </FormField>
            <FormField label={t('signer.role')} error={fieldError(errors.role)}>
              <input className="input" {...register('role')} />
            </FormField>
          </div>
          <ErrorBanner {...server.banner} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={step.isPending}>
              {t('signer.save')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
