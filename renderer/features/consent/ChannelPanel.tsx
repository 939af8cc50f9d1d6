import { useTranslation } from 'react-i18next';
import type { ConsentPerson } from '../../../core/api';
import { href } from '../../app/router';
import { useFormat } from '../../components';

/** Per channel: may the client advertise to this person now, on which basis, and why. */
export function ChannelPanel({ person: p }: { person: ConsentPerson }) {
  const { t } = useTranslation('consent');
  const format = useFormat();
  const keep = p.keepUntil;
  return (
    <section className="card" aria-labelledby="channels-title">
      <h2 id="channels-title" className="card-title">
        {t('verdicts.title')}
      </h2>
      <ul className="consent-verdicts">
        {p.channels.map((v) => (
          <li key={v.channel} className={v.allowed ? 'verdict-allowed' : 'verdict-refused'}>
            <strong>
              {t(`channels.${v.channel}`)}:{' '}
              {v.allowed ? t('verdicts.allowed') : t('verdicts.notAllowed')}
            </strong>
            {v.basis ? <span> – {t(`bases.${v.basis}`)}</span> : null}
            {v.since ? (
              <span className="muted">
                {' '}
                ({t('verdicts.since', { date: format.dateTime(v.since) })})
              </span>
            ) : null}
            {v.reasons.length > 0 ? (
              <ul className="verdict-reasons">
                {v.reasons.map((r) => (
                  <li key={r}>{t(`reasons.${r}`)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <h3 className="subform-title">{t('keep.title')}</h3>
      <p>
        {keep.date
          ? t('keep.phone', { date: format.date(keep.date), from: format.date(keep.from) })
          : t('keep.none')}
      </p>
      <p className="muted">
        {keep.ruleId !== null ? (
          <a href={href(`/client/${p.clientId}/retention/${keep.ruleId}`)}>
            {t('keep.rule', { name: keep.ruleName })}
          </a>
        ) : (
          <>
            {t('keep.noRule')}{' '}
            <a href={href(`/client/${p.clientId}/retention/new`)}>{t('keep.addRule')}</a>
          </>
        )}
      </p>
    </section>
  );
}
