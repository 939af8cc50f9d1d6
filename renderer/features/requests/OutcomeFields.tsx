import { useTranslation } from 'react-i18next';
import {
  erasureOutcome,
  objectionType,
  restrictionGround,
  type ErasureItem,
  type ObjectionType,
  type RequestKind,
  type RequestOutcome,
  type RestrictionGround,
} from '../../../core/api';
import { ApiError } from '../../api/client';
import { FormField } from '../../components';

interface OutcomeFieldsProps {
  kind: RequestKind;
  value: RequestOutcome;
  onChange(next: RequestOutcome): void;
  disabled: boolean;
  /** Erasure: the items proposed from the deletion rules of the chosen activities. */
  proposed: ErasureItem[];
  error: unknown;
}

/** The server's message for one field of the outcome, shown next to it. */
function issueAt(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.find((i) => i.path === path)?.message;
}

/** The fields of a rectification, erasure, restriction or objection reply. */
export function OutcomeFields({
  kind,
  value,
  onChange,
  disabled,
  proposed,
  error,
}: OutcomeFieldsProps) {
  const { t } = useTranslation('requests');
  const set = (patch: Partial<RequestOutcome>) => onChange({ ...value, ...patch });
  if (kind === 'rectification') {
    return (
      <FormField label={t('outcome.corrections')} hint={t('outcome.correctionsHint')}>
        <textarea
          className="input"
          rows={3}
          value={value.corrections}
          disabled={disabled}
          onChange={(e) => set({ corrections: e.target.value })}
        />
      </FormField>
    );
  }
  if (kind === 'erasure') {
    return (
      <ErasureItems
        items={value.erasureItems}
        onChange={(erasureItems) => set({ erasureItems })}
        disabled={disabled}
        proposed={proposed}
        error={error}
      />
    );
  }
  if (kind === 'restriction') {
    return (
      <>
        <FormField label={t('outcome.restrictionGround')}>
          <select
            className="input"
            value={value.restrictionGround ?? ''}
            disabled={disabled}
            onChange={(e) =>
              set({ restrictionGround: (e.target.value || null) as RestrictionGround | null })
            }
          >
            <option value="" />
            {restrictionGround.options.map((g) => (
              <option key={g} value={g}>
                {t(`outcome.restrictionGrounds.${g}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('outcome.restrictedData')} hint={t('outcome.restrictedDataHint')}>
          <textarea
            className="input"
            rows={2}
            value={value.restrictedData}
            disabled={disabled}
            onChange={(e) => set({ restrictedData: e.target.value })}
          />
        </FormField>
      </>
    );
  }
  if (kind === 'objection') {
    return (
      <>
        <FormField label={t('outcome.objectionType')} hint={t('outcome.objectionTypeHint')}>
          <select
            className="input"
            value={value.objectionType ?? ''}
            disabled={disabled}
            onChange={(e) =>
              set({ objectionType: (e.target.value || null) as ObjectionType | null })
            }
          >
            <option value="" />
            {objectionType.options.map((o) => (
              <option key={o} value={o}>
                {t(`outcome.objectionTypes.${o}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('outcome.stoppedProcessing')}>
          <textarea
            className="input"
            rows={2}
            value={value.stoppedProcessing}
            disabled={disabled}
            onChange={(e) => set({ stoppedProcessing: e.target.value })}
          />
        </FormField>
      </>
    );
  }
  return null;
}

interface ErasureItemsProps {
  items: ErasureItem[];
  onChange(next: ErasureItem[]): void;
  disabled: boolean;
  proposed: ErasureItem[];
  error: unknown;
}

/** Art. 17: per kind of data, deleted, kept under a retention duty, or restricted. */
function ErasureItems({ items, onChange, disabled, proposed, error }: ErasureItemsProps) {
  const { t } = useTranslation('requests');
  const update = (index: number, patch: Partial<ErasureItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="fieldset" disabled={disabled}>
      <legend className="fieldset-legend">{t('outcome.erasureTitle')}</legend>
      <p className="field-hint">{t('outcome.erasureHint')}</p>
      {items.length === 0 ? <p className="muted">{t('outcome.erasureNone')}</p> : null}
      <ul className="requests-erasure">
        {items.map((item, i) => (
          <li key={`${item.ruleId ?? 'own'}-${i}`} className="requests-erasure-item">
            <FormField
              label={t('outcome.itemName')}
              error={issueAt(error, `outcome.erasureItems.${i}.name`)}
            >
              <input
                className="input"
                value={item.name}
                onChange={(e) => update(i, { name: e.target.value })}
              />
            </FormField>
            <FormField label={t('outcome.itemOutcome')}>
              <select
                className="input"
                value={item.outcome}
                onChange={(e) => update(i, { outcome: e.target.value as ErasureItem['outcome'] })}
              >
                {erasureOutcome.options.map((o) => (
                  <option key={o} value={o}>
                    {t(`outcome.outcomes.${o}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <button
              type="button"
              className="button button-small"
              aria-label={t('outcome.removeItem', { name: item.name })}
              onClick={() => onChange(items.filter((_, x) => x !== i))}
            >
              {t('outcome.remove')}
            </button>
            <FormField
              className="requests-erasure-detail"
              label={t('outcome.itemDetail')}
              hint={item.outcome === 'deleted' ? undefined : t('outcome.itemDetailHint')}
              error={issueAt(error, `outcome.erasureItems.${i}.detail`)}
            >
              <input
                className="input"
                value={item.detail}
                onChange={(e) => update(i, { detail: e.target.value })}
              />
            </FormField>
          </li>
        ))}
      </ul>
      <div className="empty-actions">
        <button
          type="button"
          className="button button-small"
          disabled={proposed.length === 0}
          onClick={() => onChange(proposed)}
        >
          {t('outcome.fromRules')}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            onChange([...items, { ruleId: null, name: '', outcome: 'deleted', detail: '' }])
          }
        >
          {t('outcome.addItem')}
        </button>
      </div>
    </fieldset>
  );
}
