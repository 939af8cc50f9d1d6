import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntity, AuditEntry } from '../../core/api';
import { call } from '../api/client';
import { queryKeys } from '../app/queries';
import { ErrorBanner } from './ErrorBanner';
import { useFormat } from './format';
import { describeEntry, importedHistory, type HistoryTexts } from './history-format';

export interface HistoryProps {
  entity: AuditEntity;
  entityId: number;
}

/** Who changed what and when, newest first; collapsed by default to keep forms calm. */
export function History({ entity, entityId }: HistoryProps) {
  const { t, i18n } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const query = useQuery({
    queryKey: queryKeys.audit(entity, entityId),
    queryFn: () => call('audit.list', { entity, entityId, limit: 200 }),
    enabled: open,
  });
  // A request's reply keeps the ids of the activities it names: show their names.
  const clientId = query.data?.[0]?.clientId ?? null;
  const activities = useQuery({
    queryKey: queryKeys.activities(clientId ?? 0, { status: 'all' }),
    queryFn: () => call('activities.list', { clientId: clientId!, status: 'all' }),
    enabled: open && entity === 'request' && clientId !== null,
  });
  const texts: HistoryTexts = {
    t: (key, options) => t(key, options ?? {}),
    exists: (key) => i18n.exists(key),
    language: i18n.language === 'en' ? 'en' : 'de',
    activityName: (id) => activities.data?.find((a) => a.id === id)?.name,
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
              <HistoryEntry key={entry.id} entry={entry} texts={texts} />
            ))}
          </ol>
        ) : null}
      </div>
    </details>
  );
}

interface HistoryEntryProps {
  entry: AuditEntry;
  texts: HistoryTexts;
  /** Set for an entry a hand-over file brought: "importiert, geprüft". */
  imported?: 'verified' | 'unverified';
}

function HistoryEntry({ entry, texts, imported }: HistoryEntryProps) {
  const { t } = useTranslation('common');
  const format = useFormat();
  const { summary, rows } = describeEntry(entry, texts);
  const handover = importedHistory(entry);
  const mark = handover?.verified ? 'verified' : 'unverified';
  return (
    <li className="history-entry">
      <p className="history-meta">
        <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
        {' · '}
        <span>{entry.actor || t('history.unknownActor')}</span>
        {' · '}
        <strong>{summary}</strong>
        {imported ? (
          <>
            {' '}
            <span className={imported === 'verified' ? 'badge' : 'badge badge-warning'}>
              {t(`history.handover.${imported}`)}
            </span>
          </>
        ) : null}
        {imported && entry.label ? <span className="muted"> · {entry.label}</span> : null}
      </p>
      {rows.length > 0 ? (
        <table className="history-changes">
          <thead>
            <tr>
              <th scope="col">{t('history.field')}</th>
              <th scope="col">{t('history.before')}</th>
              <th scope="col">{t('history.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="history-before">
                  <Lines lines={row.before} empty={t('history.emptyValue')} />
                </td>
                <td className="history-after">
                  <Lines lines={row.after} empty={t('history.emptyValue')} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {handover && handover.entries.length > 0 ? (
        <details className="history-imported">
          <summary>
            {t('history.handover.brought', { count: handover.entries.length })}{' '}
            {t(`history.handover.${mark}Note`)}
          </summary>
          <ol className="history-list">
            {handover.entries.map((item) => (
              <HistoryEntry key={item.id} entry={item} texts={texts} imported={mark} />
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}

function Lines({ lines, empty }: { lines: string[]; empty: string }) {
  if (lines.length === 0) return <span className="muted">{empty}</span>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="history-lines">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
