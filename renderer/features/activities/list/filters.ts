import { useEffect, useState } from 'react';
import type { ActivityListFilters } from '../queries';

export const defaultFilters: ActivityListFilters = {
  search: '',
  status: 'current',
  completeness: 'all',
  reviewDue: false,
  sort: 'name',
  direction: 'asc',
};

export const statusFilters = ['current', 'all', 'draft', 'active', 'archived'] as const;
export const completenessFilters = ['all', 'complete', 'incomplete', 'unconfirmed'] as const;
export const sortKeys = ['name', 'number', 'status', 'updatedAt', 'nextReview'] as const;

// Per client for the session: opening an activity and coming back keeps the user's filters.
const remembered = new Map<number, ActivityListFilters>();

export function useRememberedFilters(clientId: number) {
  const [filters, setFilters] = useState<ActivityListFilters>(
    () => remembered.get(clientId) ?? defaultFilters,
  );
  useEffect(() => {
    remembered.set(clientId, filters);
  }, [clientId, filters]);
  return [filters, setFilters] as const;
}

export const isFiltered = (f: ActivityListFilters): boolean =>
  f.search.trim() !== '' ||
  f.status !== defaultFilters.status ||
  f.completeness !== 'all' ||
  f.reviewDue;

/** The value after it stopped changing for `delay` ms (search as you type, one request). */
export function useDebouncedValue<T>(value: T, delay = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}
