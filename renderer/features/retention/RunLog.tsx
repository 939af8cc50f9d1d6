import { useTranslation } from 'react-i18next';
import type { RetentionRule } from '../../../core/api';
import { ErrorBanner, useFormat } from '../../components';
import { RecordRunForm } from './RecordRunForm';
import { useRuns } from './queries';

/** The deletion log (Löschprotokoll): record a run, and every run newest first. */
export function RunLog({ clientId, rules }: { clientId: number; rules: RetentionRule[] }) {
  const { t } = useTranslation('retention');
  const format = useFormat();
  const runs = useRuns(clientId);
  // Runs under the rule for closed requests are logged when they are deleted in the plan.
  const first = rules.find((r) => r.appliesTo === null) ?? rules[0];
  return (
    <section className="section" aria-labelledby="log-title">
      <h2 id="log-title" className="subheading">
        {t('log.title')}
      </h2>
      <p className="muted">{t('log.intro')}</p>
      {first ? <RecordRunForm rules={rules} first={first} /> : null}
      <ErrorBanner error={runs.error} />
      {runs.data && runs.data.length === 0 ? <p className="muted">{t('log.none')}</p> : null}
      {runs.data && runs.data.length > 0 ? (
        <div className="card">
          <table className="table retention-table">
            <caption className="visually-hidden">{t('log.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('log.date')}</th>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('log.system')}</th>
                <th scope="col" className="num">
                  {t('log.count')}
                </th>
                <th scope="col">{t('log.description')}</th>
                <th scope="col">{t('fields.method')}</th>
                <th scope="col">{t('log.person')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.data.map((run) => (
                <tr key={run.id}>
                  <td>{format.date(run.date)}</td>
                  <th scope="row">
                    {run.ruleName}
                    {run.ruleId === null ? (
                      <span className="muted"> ({t('log.deletedRule')})</span>
                    ) : null}
                  </th>
                  <td>{run.system || '–'}</td>
                  <td className="num">{run.count ?? '–'}</td>
                  <td>{run.description}</td>
                  <td>{t(`methods.${run.method}`)}</td>
                  <td>{run.person}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
