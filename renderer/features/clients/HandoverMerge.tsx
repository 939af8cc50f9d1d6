import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  translateValidation,
  type Language,
  type MergeChange,
  type MergeChoice,
  type MergePreview,
} from '../../../core/api';
import { ErrorBanner, Modal, useFormat } from '../../components';
import { useMergeHandover, type HandoverChoice } from './mutations';

// The preview of a merge of a hand-over file into the client it came from: what is new,
// changed, deleted or in conflict, grouped by kind, each with its fields before (here) and
// after (the file). Each conflict needs a choice before the merge is applied.

interface MergeDialogProps {
  preview: MergePreview;
  file: HandoverChoice;
  client: { id: number; name: string };
  onClose(): void;
  onMerged(): void;
}

const badge: Record<MergeChange['status'], string> = {
  new: 'badge badge-success',
  changed: 'badge',
  deleted: 'badge badge-danger',
  conflict: 'badge badge-warning',
};

export function MergeDialog({ preview, file, client, onClose, onMerged }: MergeDialogProps) {
  const { t, i18n } = useTranslation('clients');
  const lang = (i18n.language === 'en' ? 'en' : 'de') satisfies Language;
  const format = useFormat();
  const [choices, setChoices] = useState<Record<string, MergeChoice['take']>>({});
  const [asked, setAsked] = useState(false);
  const merging = useMergeHandover(onMerged);
  const conflicts = preview.changes.filter((change) => change.status === 'conflict');
  const open = conflicts.filter((change) => !choices[change.key]);
  const groups = new Map<string, MergeChange[]>();
  for (const change of preview.changes) {
    groups.set(change.table, [...(groups.get(change.table) ?? []), change]);
  }

  return (
    <Modal
      open
      title={t('handover.mergeTitle', { name: client.name })}
      className="merge-dialog"
      onClose={() => !merging.isPending && onClose()}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setAsked(true);
          if (open.length > 0 || merging.isPending) return;
          const chosen = Object.entries(choices).map(([key, take]) => ({ key, take }));
          merging.mutate({ ...file, clientId: client.id, choices: chosen });
        }}
      >
        <div className="dialog-body">
          <p>
            {t('handover.mergeBody', {
              name: client.name,
              date: format.dateTime(preview.createdAt),
            })}
          </p>
          <p className="muted">
            {preview.historyVerified ? t('handover.historyIntact') : t('handover.historyBroken')}
          </p>
          <p className="muted break">{t('handover.fingerprint', { sha256: preview.sha256 })}</p>
          {preview.changes.length === 0 ? (
            <p role="status">{t('handover.mergeNothing')}</p>
          ) : (
            <p>
              {t('handover.mergeSummary', {
                count: preview.changes.length,
                conflicts: conflicts.length,
              })}
            </p>
          )}
          {[...groups].map(([table, changes]) => (
            <section key={table} className="merge-group" aria-label={t(`handover.tables.${table}`)}>
              <h3>{t(`handover.tables.${table}`, { defaultValue: table })}</h3>
              {changes.map((change) => (
                <ChangeView
                  key={change.key}
                  change={change}
                  choice={choices[change.key]}
                  error={
                    asked && change.status === 'conflict' && !choices[change.key]
                      ? translateValidation('mergeChoiceMissing', lang)
                      : undefined
                  }
                  onChoose={(take) => setChoices((now) => ({ ...now, [change.key]: take }))}
                />
              ))}
            </section>
          ))}
          <ErrorBanner error={merging.error} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={merging.isPending}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" aria-busy={merging.isPending}>
            {t('handover.merge')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

interface ChangeViewProps {
  change: MergeChange;
  choice: MergeChoice['take'] | undefined;
  error: string | undefined;
  onChoose(take: MergeChoice['take']): void;
}

function ChangeView({ change, choice, error, onChoose }: ChangeViewProps) {
  const { t } = useTranslation('clients');
  const empty = t('handover.emptyValue');
  return (
    <article className="merge-change">
      <h4>
        <span className={badge[change.status]}>{t(`handover.status.${change.status}`)}</span>{' '}
        {change.label}
      </h4>
      {change.fields.length > 0 ? (
        <table className="table merge-fields">
          <thead>
            <tr>
              <th scope="col">{t('handover.field')}</th>
              <th scope="col">{t('handover.before')}</th>
              <th scope="col">{t('handover.after')}</th>
            </tr>
          </thead>
          <tbody>
            {change.fields.map((field) => (
              <tr key={field.field}>
                <th scope="row">
                  {t(`handover.fields.${field.field}`, { defaultValue: field.field })}
                </th>
                <td>{field.before ?? empty}</td>
                <td>{field.after ?? empty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {change.status === 'conflict' ? (
        <fieldset className="fieldset" aria-describedby={error ? `${change.key}-error` : undefined}>
          <legend className="fieldset-legend">{t('handover.conflictQuestion')}</legend>
          {(['ours', 'theirs'] as const).map((take) => (
            <label key={take} className="check check-block">
              <input
                type="radio"
                name={change.key}
                checked={choice === take}
                onChange={() => onChoose(take)}
              />
              <span>{t(`handover.take.${take}`)}</span>
            </label>
          ))}
          {error ? (
            <p id={`${change.key}-error`} className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </article>
  );
}
