import { useTranslation } from 'react-i18next';
import type { ConsentPerson } from '../../../core/api';
import { href } from '../../app/router';
import { useFormat } from '../../components';

/** Every consent event of a person, oldest first: the proof as it was recorded. */
export function EventList({ person: p }: { person: ConsentPerson }) {
  const { t } = useTranslation('consent');
  const format = useFormat();
  if (p.events.length === 0) return <p className="muted">{t('events.none')}</p>;
  return (
    <ol className="consent-events">
      {p.events.map((e) => (
        <li key={e.id}>
          <strong>{t(`eventKinds.${e.kind}`)}</strong> · {format.dateTime(e.at)}
          {e.channels.length > 0
            ? ` · ${e.channels.map((c) => t(`channels.${c}`)).join(', ')}`
            : ''}
          <div className="muted">
            {[
              e.source ? t(`sources.${e.source}`) : '',
              e.sourceDetail,
              e.method ? t(`methods.${e.method}`) : '',
              e.text ? t('events.text', { name: e.text.name, version: e.text.version }) : '',
              e.ip ? t('events.ip', { ip: e.ip }) : '',
              e.ageCheck !== 'none' ? t(`ageChecks.${e.ageCheck}`) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
          {e.userAgent ? <div className="muted consent-agent">{e.userAgent}</div> : null}
          {e.requestId !== null ? (
            <div>
              <a href={href(`/client/${p.clientId}/requests/${e.requestId}`)}>
                {t('events.fromRequest')}
              </a>
            </div>
          ) : null}
          {e.note ? <div>{e.note}</div> : null}
        </li>
      ))}
    </ol>
  );
}
