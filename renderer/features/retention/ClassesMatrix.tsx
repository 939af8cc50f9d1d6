import { useTranslation } from 'react-i18next';
import { startEvents, type RetentionRule } from '../../../core/api';
import { href } from '../../app/router';
import { ErrorBanner } from '../../components';
import { useRetentionFormat } from './format';
import { useClasses } from './queries';

/** DIN 66398 matrix of deletion classes: start types x the standard periods in use. */
export function ClassesMatrix({ clientId, rules }: { clientId: number; rules: RetentionRule[] }) {
  const { t } = useTranslation('retention');
  const f = useRetentionFormat();
  const classes = useClasses(clientId);
  const names = new Map(rules.map((r) => [r.id, r.name]));
  const data = classes.data;
  return (
    <section className="section" aria-labelledby="classes-title">
      <h2 id="classes-title" className="subheading">
        {t('classes.title')}
      </h2>
      <p className="muted">{t('classes.intro')}</p>
      <ErrorBanner error={classes.error} />
      {data ? (
        <div className="card">
          <table className="table retention-matrix">
            <caption className="visually-hidden">{t('classes.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.startEvent')}</th>
                {data.periods.map((p) => (
                  <th scope="col" key={p.key}>
                    {f.regular(p)}
                    {p.yearEnd ? <div className="muted">{t('classes.yearEnd')}</div> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {startEvents.map((event) => (
                <tr key={event}>
                  <th scope="row">{t(`startEvents.${event}`)}</th>
                  {data.periods.map((p) => {
                    const cell = data.cells.find(
                      (c) => c.startEvent === event && c.periodKey === p.key,
                    );
                    return (
                      <td key={p.key}>
                        <ul>
                          {cell?.ruleIds.map((id) => (
                            <li key={id}>
                              <a href={href(`/client/${clientId}/retention/${id}`)}>
                                {names.get(id)}
                              </a>
                            </li>
                          ))}
                        </ul>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
