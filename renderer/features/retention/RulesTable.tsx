import { useTranslation } from 'react-i18next';
import type { RetentionRule } from '../../../core/api';
import { href } from '../../app/router';
import { useFormat } from '../../components';
import { useRetentionFormat } from './format';

/** Every rule with its Regellöschfrist, start event, method, systems and run status. */
export function RulesTable({ clientId, rules }: { clientId: number; rules: RetentionRule[] }) {
  const { t } = useTranslation('retention');
  const format = useFormat();
  const f = useRetentionFormat();
  return (
    <section className="section" aria-labelledby="rules-title">
      <h2 id="rules-title" className="subheading">
        {t('rules.title')}
      </h2>
      <div className="card card-table">
        <table className="table retention-table">
          <caption className="visually-hidden">
            {t('rules.caption', { count: rules.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.retention')}</th>
              <th scope="col">{t('fields.method')}</th>
              <th scope="col">{t('rules.links')}</th>
              <th scope="col">{t('rules.nextRun')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => {
              const due = rule.runs
                .map((r) => r.nextDue)
                .filter((d): d is string => d !== null)
                .sort()[0];
              return (
                <tr key={rule.id}>
                  <th scope="row">
                    <a href={href(`/client/${clientId}/retention/${rule.id}`)}>{rule.name}</a>
                    {rule.appliesTo === 'closed_requests' ? (
                      // Under the name, not a badge beside it: a one-line badge widens the
                      // column past a 1024 px window.
                      <div className="muted">{t('rules.closedRequests')}</div>
                    ) : null}
                    {rule.norm ? <div className="muted">{rule.norm}</div> : null}
                  </th>
                  <td>
                    {f.retention(rule)}
                    <div className="muted">
                      {t('fields.startEvent')}: {t(`startEvents.${rule.startEvent}`)}
                    </div>
                    {/* Under the period, not a column of its own: the table fits 1024 px. */}
                    <div className="muted">
                      {t('fields.regularPeriod')}: {f.regular(rule.regularPeriod)}
                    </div>
                  </td>
                  <td>{t(`methods.${rule.method}`)}</td>
                  <td>
                    {t('rules.linkCount', {
                      activities: rule.activities.length,
                      categories: rule.dataCategories.length,
                    })}
                  </td>
                  <td>
                    {rule.legalHold ? (
                      <span className="badge badge-warning">{t('rules.onHold')}</span>
                    ) : rule.overdue ? (
                      <span className="badge badge-danger">
                        {t('rules.overdueSince', { date: format.date(due) })}
                      </span>
                    ) : due ? (
                      format.date(due)
                    ) : rule.appliesTo === 'closed_requests' ? (
                      <span className="muted">{t('rules.noRequestDue')}</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
