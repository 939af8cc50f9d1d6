import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry, CatalogueKind } from '../../../core/api';
import { filterByQuery } from '../../app/search';
import { EmptyState } from '../../components';
import { CatalogueRow } from './CatalogueRow';

export interface CatalogueTableProps {
  kind: CatalogueKind;
  entries: CatalogueEntry[];
}

/** One catalogue kind: filter box and the entries with their usage. */
export function CatalogueTable({ kind, entries }: CatalogueTableProps) {
  const { t } = useTranslation('catalogues');
  const [query, setQuery] = useState('');
  const shown = query.trim()
    ? filterByQuery(entries, query)
    : [...entries].sort((a, b) => a.name.localeCompare(b.name, 'de'));

  if (entries.length === 0) {
    return <EmptyState title={t(`empty.${kind}`)} body={t('empty.body')} />;
  }
  return (
    <div className="stack">
      <p className="muted">{t(`explain.${kind}`)}</p>
      <div className="field catalogue-filter">
        <label className="field-label" htmlFor={`catalogue-filter-${kind}`}>
          {t('filter')}
        </label>
        <input
          id={`catalogue-filter-${kind}`}
          className="input"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {shown.length === 0 ? <p className="muted">{t('noMatch')}</p> : null}
      {shown.length > 0 ? (
        <div className="card catalogue-card">
          <table className="table catalogue-table">
            <caption className="visually-hidden">{t(`kind.${kind}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                {kind === 'data' ? <th scope="col">{t('fields.special')}</th> : null}
                {kind === 'recipient' ? (
                  <>
                    <th scope="col">{t('fields.recipientType')}</th>
                    <th scope="col">{t('fields.country')}</th>
                  </>
                ) : null}
                <th scope="col">{t('fields.usage')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions.label')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <CatalogueRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
