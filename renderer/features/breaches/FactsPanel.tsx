import { useTranslation } from 'react-i18next';
import type { Breach } from '../../../core/api';
import { href } from '../../app/router';
import { useFormat } from '../../components';
import { useBerlinTime } from './format';

/** What happened and whom it concerns, with links into the register and the request inbox. */
export function FactsPanel({ breach: b }: { breach: Breach }) {
  const { t } = useTranslation('breaches');
  const time = useBerlinTime();
  const format = useFormat();
  const client = b.clientId;
  const count = (n: number | null) => (n === null ? t('detail.unknown') : format.number(n));
  const occurred = b.occurredFrom
    ? b.occurredTo
      ? t('detail.range', { from: time(b.occurredFrom), to: time(b.occurredTo) })
      : time(b.occurredFrom)
    : t('detail.unknown');
  const row = (label: string, value: React.ReactNode) =>
    value === '' || value === null ? null : (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    );
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title" className="card-title">
        {t('detail.facts')}
      </h2>
      <dl className="facts">
        {row(t('fields.kinds'), b.kinds.map((k) => t(`kinds.${k}`)).join(', '))}
        {row(t('fields.occurredFrom'), occurred)}
        {row(t('fields.awareAt'), time(b.awareAt))}
        {row(t('fields.discoveredBy'), b.discoveredBy)}
        {row(t('fields.subjectsCount'), count(b.subjectsCount))}
        {row(t('fields.recordsCount'), count(b.recordsCount))}
        {row(t('fields.subjects'), b.subjects.map((s) => s.name).join(', '))}
        {row(
          t('fields.data'),
          b.data
            .map((d) =>
              d.special === 'none' ? d.name : `${d.name} (${t(`special.${d.special}`)})`,
            )
            .join(', '),
        )}
        {row(
          t('fields.activities'),
          b.activities.length ? (
            <ul className="link-list">
              {b.activities.map((a) => (
                <li key={a.id}>
                  <a href={href(`/client/${client}/activities/${a.id}`)}>{a.name}</a>
                </li>
              ))}
            </ul>
          ) : null,
        )}
        {row(
          t('fields.processors'),
          b.processors.length ? (
            <ul className="link-list">
              {b.processors.map((p) => (
                <li key={p.id}>
                  <a href={href(`/client/${client}/processors/${p.id}`)}>{p.name}</a>
                  {b.atProcessor?.id === p.id ? ` (${t('detail.atProcessor')})` : ''}
                </li>
              ))}
            </ul>
          ) : null,
        )}
        {row(t('fields.processorNoticeAt'), time(b.processorNoticeAt))}
      </dl>
      <p className="muted">{t('detail.requestsHint')}</p>
      <div className="row-actions">
        <a className="button button-small" href={href(`/client/${client}/requests`)}>
          {t('detail.requests')}
        </a>
        <a className="button button-small" href={href(`/client/${client}/requests/new`)}>
          {t('detail.newRequest')}
        </a>
      </div>
    </section>
  );
}
