import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, FormField, useFormat } from '../../components';
import { DueRequests } from './DueRequests';
import { currentMonth } from './format';
import { usePlan } from './queries';

/** What falls due for deletion in a month or quarter, for this client or across all. */
export function PlanSection({ clientId }: { clientId: number }) {
  const { t } = useTranslation('retention');
  const format = useFormat();
  const [month, setMonth] = useState(currentMonth);
  const [span, setSpan] = useState<'month' | 'quarter'>('month');
  const [allClients, setAllClients] = useState(false);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const plan = usePlan(allClients ? { month, span } : { clientId, month, span });
  const entries = valid ? (plan.data?.entries ?? []) : [];

  return (
    <section className="section" aria-labelledby="plan-title">
      <h2 id="plan-title" className="subheading">
        {t('plan.title')}
      </h2>
      <p className="muted">{t('plan.intro')}</p>
      <div className="retention-toolbar">
        <FormField label={t('plan.month')}>
          <input
            type="month"
            className="input"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
          />
        </FormField>
        <FormField label={t('plan.span')}>
          <select
            className="input"
            value={span}
            onChange={(e) => setSpan(e.target.value as 'month' | 'quarter')}
          >
            <option value="month">{t('plan.spanMonth')}</option>
            <option value="quarter">{t('plan.spanQuarter')}</option>
          </select>
        </FormField>
        <label className="check">
          <input
            type="checkbox"
            checked={allClients}
            onChange={(e) => setAllClients(e.target.checked)}
          />{' '}
          {t('plan.allClients')}
        </label>
      </div>
      <ErrorBanner error={valid ? plan.error : null} />
      {valid && plan.data ? (
        <p className="muted">
          {t('plan.range', { from: format.date(plan.data.from), to: format.date(plan.data.to) })}
        </p>
      ) : null}
      {valid && plan.data && entries.length === 0 ? (
        <p className="muted">{t('plan.none')}</p>
      ) : null}
      {entries.length > 0 ? (
        <div className="card">
          <table className="table retention-table" aria-label={t('plan.title')}>
            <thead>
              <tr>
                {allClients ? <th scope="col">{t('plan.client')}</th> : null}
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('plan.system')}</th>
                <th scope="col">{t('plan.cohort')}</th>
                <th scope="col">{t('plan.runDue')}</th>
                <th scope="col">{t('fields.method')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.ruleId}-${e.system}`}>
                  {allClients ? <td>{e.clientName}</td> : null}
                  <th scope="row">
                    <a href={href(`/client/${e.clientId}/retention/${e.ruleId}`)}>{e.ruleName}</a>
                  </th>
                  <td>{e.system || '–'}</td>
                  <td>
                    {e.cohortFrom && e.cohortTo
                      ? t('plan.cohortRange', {
                          from: format.date(e.cohortFrom),
                          to: format.date(e.cohortTo),
                        })
                      : t('plan.noCohort')}
                    {e.legalHold ? (
                      <>
                        {' '}
                        <span className="badge badge-warning">{t('rules.onHold')}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {e.runDue ? format.date(e.runDue) : '–'}
                    {e.overdue ? (
                      <>
                        {' '}
                        <span className="badge badge-danger">{t('plan.overdue')}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{t(`methods.${e.method}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {entries
        .filter((e) => e.requests.length > 0)
        .map((e) => (
          <DueRequests key={e.ruleId} entry={e} showClient={allClients} />
        ))}
    </section>
  );
}
