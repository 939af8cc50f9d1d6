import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntity, AuditEntry } from '../../core/api';
import { call } from '../api/client';
import { queryKeys } from '../app/queries';
import { ErrorBanner } from './ErrorBanner';
import { useFormat } from './format';

export interface HistoryProps {
  entity: AuditEntity;
  entityId: number;
  /** Translates a changed field's name; by default looked up in the entity's namespace. */
  fieldLabel?: (field: string) => string;
}

// Where field labels live per entity (owned by the respective feature).
const fieldNamespaces: Record<AuditEntity, string[]> = {
  organisation: ['clients:fields'],
  activity: ['activities:fields'],
  catalogue: ['catalogues:fields'],
  processor: ['processors:fields'],
  attachment: ['processors:attachmentFields', 'processors:fields'],
  avv_template: ['processors:templateFields'],
  request: ['dsar:fields'],
  retention_rule: ['retention:fields'],
  deletion_run: ['retention:runFields', 'retention:fields'],
  retention_period: ['retention:periodFields', 'retention:fields'],
};

/** Who changed what and when, newest first; collapsed by default to keep forms calm. */
export function History({ entity, entityId, fieldLabel }: HistoryProps) {
  const { t, i18n } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const query = useQuery({
    queryKey: queryKeys.audit(entity, entityId),
    queryFn: () => call('audit.list', { entity, entityId, limit: 200 }),
    enabled: open,
  });

  const label = (field: string): string => {
    if (fieldLabel) return fieldLabel(field);
    for (const prefix of fieldNamespaces[entity]) {
      const key = `${prefix}.${field}`;
      if (i18n.exists(key)) return t(key);
    }
    return field;
  };

  return (
    <details
      className="history"
      open={open}
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary className="history-summary">{t('history.title')}</summary>
      <div className="history-body">
        {query.isPending && open ? <p className="muted">{t('status.loading')}</p> : null}
        <ErrorBanner error={query.error} />
        {query.data && query.data.length === 0 ? (
          <p className="muted">{t('history.empty')}</p>
        ) : null}
        {query.data && query.data.length > 0 ? (
          <ol className="history-list">
            {query.data.map((entry) => (
              <HistoryEntry key={entry.id} entry={entry} label={label} />
            ))}
          </ol>
        ) : null}
      </div>
    </details>
  );
}

function HistoryEntry({ entry, label }: { entry: AuditEntry; label: (f: string) => string }) {
  const { t } = useTranslation('common');
  const format = useFormat();
  const changes = Object.entries(entry.changes);
  return (
    <li className="history-entry">
      <p className="history-meta">
        <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
        {' · '}
        <span>{entry.actor || t('history.unknownActor')}</span>
        {' · '}
        <strong>{t(`history.action.${entry.action}`)}</strong>
      </p>
      {changes.length > 0 && entry.action === 'update' ? (
        <table className="history-changes">
          <thead>
            <tr>
              <th scope="col">{t('history.field')}</th>
              <th scope="col">{t('history.before')}</th>
              <th scope="col">{t('history.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map(([field, [before, after]]) => (
              <tr key={field}>
                <th scope="row">{label(field)}</th>
                <td className="history-before">{show(before, t('history.emptyValue'))}</td>
                <td className="history-after">{show(after, t('history.emptyValue'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

/** Audit values are any JSON; show names of referenced entries, not raw objects. */
function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) {
    const parts = value.map((v) => show(v, empty));
    return parts.length ? parts.join(', ') : empty;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.name === 'string') return record.name;
    return JSON.stringify(value);
  }
  return String(value);
}
