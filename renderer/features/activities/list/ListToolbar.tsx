import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components';
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
      <SelectField
        id="activity-filter-status"
        label={t('list.statusFilter')}
        value={filters.status}
        options={statusFilters.map((v) => ({ value: v, label: t(`list.statusOption.${v}`) }))}
        onChange={(status) => onChange({ status })}
      />
      <SelectField
        id="activity-filter-completeness"
        label={t('list.completenessFilter')}
        value={filters.completeness}
        options={completenessFilters.map((v) => ({
          value: v,
          label: t(`list.completenessOption.${v}`),
        }))}
        onChange={(completeness) => onChange({ completeness })}
      />
      <SelectField
        id="activity-sort"
        label={t('list.sort')}
        value={filters.sort}
        options={sortKeys.map((v) => ({ value: v, label: t(`list.sortOption.${v}`) }))}
        onChange={(sort) => onChange({ sort })}
      />
      <SelectField
        id="activity-direction"
        label={t('list.direction')}
        value={filters.direction}
        options={(['asc', 'desc'] as const).map((v) => ({
          value: v,
          label: t(`list.directionOption.${v}`),
        }))}
        onChange={(direction) => onChange({ direction })}
      />
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
