import { useFieldArray, useFormContext, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  safeguard as safeguards,
  type ActivityInput,
  type ActivityProcessor,
} from '../../../../../core/api';
import { registerLabels } from '../../../../../core/i18n/register-labels';
import { processorTransfers, transferIssues } from '../../../../../core/rules/transfers';
import { FormField, useFieldError } from '../../../../components';
import { Section } from '../fields';
import { TemplateNote } from '../template';
import { ProcessorTransfers } from './ProcessorTransfers';

const emptyTransfer = { country: '', recipient: '', safeguard: 'none', safeguardNote: '' } as const;

/**
 * (e) transfers to third countries, each with its Chapter V safeguard. An Art. 49 derogation
 * also needs the documentation of its safeguards (Art. 30(1)(e), second half).
 */
export function TransfersSection({
  clientId,
  processors = [],
}: {
  clientId: number;
  /** The linked processors: their third-country transfers are listed here too. */
  processors?: readonly ActivityProcessor[];
}) {
  const { t, i18n } = useTranslation('activities');
  const fieldError = useFieldError();
  const { control, register, formState } = useFormContext<ActivityInput>();
  const transfers = useFieldArray({ control, name: 'transfers' });
  const values = useWatch({ control, name: 'transfers' }) ?? [];
  const recipients = useWatch({ control, name: 'recipients' }) ?? [];
  const labels = registerLabels[i18n.language === 'en' ? 'en' : 'de'].safeguards;
  const errors = formState.errors.transfers;

  // Third-country recipients no transfer documents yet (the rule of the completeness
  // check): offer to start one for each.
  const open = new Set(
    transferIssues({
      recipients: recipients
        .filter((r) => r.name?.trim())
        .map((r) => ({ name: r.name, type: r.type ?? 'external', country: r.country ?? '' })),
      transfers: values.map((v) => ({
        country: v.country ?? '',
        recipient: v.recipient ?? '',
        safeguard: v.safeguard ?? 'none',
        safeguardNote: v.safeguardNote ?? '',
      })),
      processors,
    })
      .filter((i) => i.source === 'recipient')
      .map((i) => i.recipient),
  );
  const uncovered = recipients.filter((r) => r.name?.trim() && open.has(r.name));

  return (
    <Section
      id="section-transfers"
      title={t('sections.transfers')}
      reference={t('refs.e')}
      intro={t('intro.transfers')}
    >
      <TemplateNote field="transfers" />
      <ProcessorTransfers clientId={clientId} processors={processors} />
      {transfers.fields.length === 0 ? (
        <p className="muted">
          {processorTransfers(processors).length > 0 ? t('transfers.noneOwn') : t('transfers.none')}
        </p>
      ) : null}
      <ol className="transfer-list">
        {transfers.fields.map((field, index) => {
          const current = values[index];
          const art49 = current?.safeguard === 'art49';
          const noteMissing = art49 && !current?.safeguardNote?.trim();
          const rowErrors = errors?.[index];
          const number = index + 1;
          return (
            <li key={field.id} className="transfer">
              <div className="transfer-header">
                <h3 className="subheading">{t('transfers.item', { number })}</h3>
                <button
                  type="button"
                  className="button button-small button-danger-outline"
                  onClick={() => transfers.remove(index)}
                >
                  {t('transfers.remove', { number })}
                </button>
              </div>
              <div className="grid-2">
                <FormField
                  label={t('transfers.country')}
                  required
                  error={fieldError(rowErrors?.country as FieldError | undefined)}
                >
                  <input
                    id={`activity-transfers-${index}-country`}
                    className="input"
                    {...register(`transfers.${index}.country`)}
                  />
                </FormField>
                <FormField label={t('transfers.recipient')}>
                  <input className="input" {...register(`transfers.${index}.recipient`)} />
                </FormField>
                <FormField
                  label={t('transfers.safeguard')}
                  className="span-2"
                  hint={current?.safeguard === 'none' ? t('transfers.safeguardMissing') : undefined}
                >
                  <select className="input" {...register(`transfers.${index}.safeguard`)}>
                    {safeguards.options.map((value) => (
                      <option key={value} value={value}>
                        {labels[value]}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField
                  label={t('transfers.note')}
                  className="span-2"
                  required={art49}
                  hint={art49 ? t('transfers.noteRequired') : t('transfers.noteHint')}
                  error={
                    fieldError(rowErrors?.safeguardNote as FieldError | undefined) ??
                    (noteMissing ? t('transfers.noteMissing') : undefined)
                  }
                >
                  <textarea
                    id={`activity-transfers-${index}-note`}
                    className="input"
                    rows={2}
                    {...register(`transfers.${index}.safeguardNote`)}
                  />
                </FormField>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="transfer-actions">
        {uncovered.map((r) => (
          <button
            key={r.name}
            type="button"
            className="button"
            onClick={() =>
              transfers.append({ ...emptyTransfer, country: r.country ?? '', recipient: r.name })
            }
          >
            {t('transfers.addFor', { name: r.name })}
          </button>
        ))}
        <button
          type="button"
          id="activity-transfers-add"
          className="button"
          onClick={() => transfers.append({ ...emptyTransfer })}
        >
          {t('transfers.add')}
        </button>
      </div>
    </Section>
  );
}
