import { useTranslation } from 'react-i18next';
import type { DataRequest } from '../../../core/api';
import { href } from '../../app/router';
import { ErrorBanner, useFormat, useToast } from '../../components';
import { useRecordFromRequest } from './mutations';
import { useRequestConsent } from './queries';

/**
 * On a request's page: the consent records of the persons its requester matches (by
 * e-mail, phone or reference). An access reply lists them; a withdrawal or objection is
 * recorded on them here, or at the latest when the reply is sent.
 */
export function RequestConsentPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('consent');
  const toast = useToast();
  const format = useFormat();
  const consent = useRequestConsent(r.id);
  const record = useRecordFromRequest(r.id);
  const data = consent.data;
  if (!data) return <ErrorBanner error={consent.error} />;
  const pending = data.persons.filter((p) => !p.events.some((e) => e.requestId === r.id));
  const open = r.state !== 'closed' && r.state !== 'answered' && r.state !== 'refused';
  return (
    <section className="card" aria-labelledby="request-consent">
      <h2 id="request-consent" className="card-title">
        {t('request.title')}
      </h2>
      {data.persons.length === 0 ? <p className="muted">{t('request.none')}</p> : null}
      {data.persons.length > 0 && r.kind === 'access' ? (
        <p className="muted">{t('request.inReply')}</p>
      ) : null}
      {data.persons.map((p) => (
        <div key={p.id} className="request-consent-person">
          <p>
            <a href={href(`/client/${p.clientId}/consent/persons/${p.id}`)}>{p.name}</a>{' '}
            <span className="muted">
              {[p.email, p.phone, p.reference].filter(Boolean).join(' · ')}
            </span>
          </p>
          <ul className="request-consent-events">
            {p.events.map((e) => (
              <li key={e.id}>
                {format.dateTime(e.at)}: {t(`eventKinds.${e.kind}`)}
                {e.channels.length > 0
                  ? ` (${e.channels.map((c) => t(`channels.${c}`)).join(', ')})`
                  : ''}
                {e.text
                  ? ` – ${t('events.text', { name: e.text.name, version: e.text.version })}`
                  : ''}
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('request.allowedNow', {
              channels:
                p.channels
                  .filter((c) => c.allowed)
                  .map((c) => t(`channels.${c.channel}`))
                  .join(', ') || t('request.noChannel'),
            })}
          </p>
        </div>
      ))}
      {data.withdraws && data.persons.length > 0 ? (
        pending.length > 0 && open ? (
          <>
            <p>{t('request.withdrawHint')}</p>
            <button
              type="button"
              className="button button-primary"
              disabled={record.isPending}
              onClick={() =>
                record.mutate(undefined, { onSuccess: () => toast(t('request.recorded')) })
              }
            >
              {t('request.record', { count: pending.length })}
            </button>
          </>
        ) : pending.length === 0 ? (
          <p>{t('request.alreadyRecorded')}</p>
        ) : null
      ) : null}
      {data.withdraws && data.persons.length === 0 ? (
        <p>{t('request.noPersonForWithdrawal')}</p>
      ) : null}
      <ErrorBanner error={record.error} />
    </section>
  );
}
