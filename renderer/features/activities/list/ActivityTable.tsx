import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../../core/api';
import { href } from '../../../app/router';
import { todayIso, useFormat } from '../../../components';
import { CompletenessBadge, StatusBadge } from '../badges';
import type { ActivityListFilters } from '../queries';
import { ActivityRowActions } from './ActivityRowActions';

export interface ActivityTableProps {
  clientId: number;
  activities: ActivitySummary[];
  sort: ActivityListFilters['sort'];
  direction: ActivityListFilters['direction'];
}

const ariaSort = (active: boolean, direction: 'asc' | 'desc') =>
  active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;

/** The register as a table: one row per processing activity with its state at a glance. */
export function ActivityTable({ clientId, activities, sort, direction }: ActivityTableProps) {
  const { t } = useTranslation('activities');
  const format = useFormat();
  const today = todayIso();
  // A column of dashes helps nobody; many small firms do not number their activities.
  const numbered = activities.some((a) => a.number);

  return (
    <div className="card activity-table-card">
      <table className="table activity-table">
        <caption className="visually-hidden">
          {t('list.caption', { count: activities.length })}
        </caption>
        <thead>
          <tr>
            {numbered ? (
              <th scope="col" aria-sort={ariaSort(sort === 'number', direction)}>
                {t('table.number')}
              </th>
            ) : null}
            <th scope="col" aria-sort={ariaSort(sort === 'name', direction)}>
              {t('table.name')}
            </th>
            <th scope="col" className="col-department">
              {t('table.department')}
            </th>
            <th scope="col" aria-sort={ariaSort(sort === 'status', direction)}>
              {t('table.status')}
            </th>
            <th scope="col">{t('table.completeness')}</th>
            <th scope="col" aria-sort={ariaSort(sort === 'nextReview', direction)}>
              {t('table.nextReview')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => {
            const due = activity.nextReview !== null && activity.nextReview <= today;
            return (
              <tr key={activity.id} className={activity.status === 'archived' ? 'is-archived' : ''}>
                {numbered ? <td className="mono activity-number">{activity.number}</td> : null}
                <th scope="row" className="activity-name">
                  <a href={href(`/client/${clientId}/activities/${activity.id}`)}>
                    {activity.name}
                  </a>
                  {/* Narrow windows show the department here instead of in its column (CSS). */}
                  {activity.department ? (
                    <span className="activity-meta activity-department-inline">
                      {activity.department}
                    </span>
                  ) : null}
                  {/* Under the name rather than in its own column: the table must fit 1024 px. */}
                  <span className="activity-meta">
                    {t('table.changed', { date: format.date(activity.updatedAt) })}
                  </span>
                </th>
                <td className="col-department">{activity.department}</td>
                <td>
                  <StatusBadge status={activity.status} />
                </td>
                <td>
                  <CompletenessBadge completeness={activity.completeness} />
                </td>
                <td className={due ? 'review-due' : undefined}>
                  {activity.nextReview ? format.date(activity.nextReview) : '–'}
                  {due ? <span className="badge badge-danger">{t('table.reviewDue')}</span> : null}
                </td>
                <td className="activity-actions-cell">
                  <ActivityRowActions clientId={clientId} activity={activity} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
