import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  agreementInput,
  avvStatuses,
  type Agreement,
  type AgreementInput,
  type Processor,
} from '../../../../core/api';
import { reviewDateWarning } from '../../../../core/rules/avv-tracker';
import {
  ErrorBanner,
  FormField,
  todayIso,
  useFieldError,
  useServerIssues,
  useToast,
} from '../../../components';
import { useSetAgreement } from '../mutations';

/** The AVV tracker of one processor: status with the dates each status needs. */
export function AgreementPanel({ processor }: { processor: Processor }) {
  const { t } = useTranslation('processors');
  const toast = useToast();
  const fieldError = useFieldError();
  const a = processor.agreement;
  const form = useForm<AgreementInput, unknown, Agreement>({
    resolver: zodResolver(agreementInput),
    values: {
      ...a,
      requestedOn: a.requestedOn ?? '',
      draftSentOn: a.draftSentOn ?? '',
      signedOn: a.signedOn ?? '',
      reviewOn: a.reviewOn ?? '',
      endsOn: a.endsOn ?? '',
    },
  });
  const { register, handleSubmit, control, formState } = form;
  const errors = formState.errors;
  const status = useWatch({ control, name: 'status' });
  const requestedOn = useWatch({ control, name: 'requestedOn' });
  const review = reviewDateWarning(useWatch({ control, name: 'reviewOn' }), todayIso());
  // The request date stays visible once set, so "signed before requested" can be corrected.
  const showRequested = status === 'requested' || (Boolean(requestedOn) && status !== 'missing');
  const save = useSetAgreement(processor.id);
  const server = useServerIssues(save.error, {
    form,
    fields: Object.keys(agreementInput.shape),
    prefix: 'agreement.',
    label: (field) => t(`fields.${field}`),
  });
  const submit = handleSubmit((agreement) =>
    save.mutate(agreement, { onSuccess: () => toast(t('agreement.saved')) }),
  );
  const date = (
    name: 'requestedOn' | 'draftSentOn' | 'signedOn' | 'reviewOn' | 'endsOn',
    warning?: string,
  ) => (
    <div>
      <FormField label={t(`fields.${name}`)} error={fieldError(errors[name])}>
        <input className="input" type="date" {...register(name)} />
      </FormField>
      {warning ? (
        <p className="inline-warning field-warning" role="status">
          {warning}
        </p>
      ) : null}
    </div>
  );

  return (
    <section className="card" aria-labelledby="agreement-title">
      <h2 id="agreement-title" className="card-title">
        {t('agreement.title')}
      </h2>
      <p className="muted">{t('agreement.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="grid-2">
          <FormField label={t('fields.status')}>
            <select className="input" {...register('status')}>
              {avvStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </FormField>
          {status === 'not_required' ? (
            <FormField
              label={t('fields.notRequiredReason')}
              error={fieldError(errors.notRequiredReason)}
              required
            >
              <input className="input" {...register('notRequiredReason')} />
            </FormField>
          ) : null}
          {showRequested ? date('requestedOn') : null}
          {status === 'draft_sent' || status === 'negotiation' ? date('draftSentOn') : null}
          {status === 'signed' ? (
            <>
              {date('signedOn')}
              <FormField label={t('fields.version')}>
                <input className="input" {...register('version')} />
              </FormField>
            </>
          ) : null}
          {date('reviewOn', review ? t(`agreement.${review}`) : undefined)}
          {date('endsOn')}
        </div>
        <ErrorBanner {...server.banner} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('agreement.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
