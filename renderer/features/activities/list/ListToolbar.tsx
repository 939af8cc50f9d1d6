import { useTranslation } from 'react-i18next';
import type { ActivityListFilters } from '../queries';
import { completenessFilters, sortKeys, statusFilters } from './filters';

export interface ListToolbarProps {
  /** The search text as typed (the list itself uses a debounced copy). */
  search: string;
  onSearch(search: string): void;
  filters: ActivityListFilters;
  onChange(patch: Partial<ActivityListFilters>): void;
}

/** Search, filters and sort of the register; every control has a visible label. */
export function ListToolbar({ search, onSearch, filters, onChange }: ListToolbarProps) {
  const { t } = useTranslation('activities');
  return (
    <div role="search" className="activity-toolbar card" aria-label={t('list.toolbarLabel')}>
      <div className="field activity-toolbar-search">
        <label className="field-label" htmlFor="activity-search">
          {t('list.search')}
        </label>
        <input
          id="activity-search"
          className="input"
          type="search"
          value={search}
          placeholder={t('list.searchPlaceholder')}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="activity-filter-status">
          {t('list.statusFilter')}
        </label>
        <select
          id="activity-filter-status"
          className="input"
          value={filters.status}
          onChange={(event) =>
            onChange({ status: event.target.value as ActivityListFilters['status'] })
          }
        >
          {statusFilters.map((status) => (
            <option key={status} value={status}>
              {t(`list.statusOption.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="activity-filter-completeness">
          {t('list.completenessFilter')}
        </label>
        <select
          id="activity-filter-completeness"
          className="input"
          value={filters.completeness}
          onChange={(event) =>
            onChange({
              completeness: event.target.value as ActivityListFilters['completeness'],
            })
          }
        >
          {completenessFilters.map((value) => (
            <option key={value} value={value}>
              {t(`list.completenessOption.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="activity-sort">
          {t('list.sort')}
        </label>
        <select
          id="activity-sort"
          className="input"
          value={filters.sort}
          onChange={(event) =>
            onChange({ sort: event.target.value as ActivityListFilters['sort'] })
          }
        >
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {t(`list.sortOption.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="activity-direction">
          {t('list.direction')}
        </label>
        <select
          id="activity-direction"
          className="input"
          value={filters.direction}
          onChange={(event) =>
            onChange({ direction: event.target.value as ActivityListFilters['direction'] })
          }
        >
          <option value="asc">{t('list.directionOption.asc')}</option>
          <option value="desc">{t('list.directionOption.desc')}</option>
        </select>
      </div>
      <label className="check activity-toolbar-check">
        <input
          type="checkbox"
          checked={filters.reviewDue}
          onChange={(event) => onChange({ reviewDue: event.target.checked })}
        />
        <span>{t('list.reviewDue')}</span>
      </label>
    </div>
  );
}
