import { useTranslation } from 'react-i18next';
import type { DataRequest } from '../../../core/api';
import { useFormat } from '../../components';
import { DueBadge, StateBadge } from './badges';

/** The due date under Art. 12(3) GDPR, days left, and both end dates of an extension. */
export function DeadlinePanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const d = r.deadlines;
  return (
    <section className="card" aria-labelledby="requests-deadline">
      <div className="card-header">
        <h2 id="requests-deadline" className="card-title">
          {t('detail.deadline')}
        </h2>
        <StateBadge state={r.state} />
      </div>
      <p className="requests-due-line">
        <span>{t('detail.due')} </span>
        <strong data-testid="due-date">{format.date(d.due)}</strong>{' '}
        <DueBadge daysLeft={d.daysLeft} urgency={d.urgency} />
      </p>
      <dl className="properties">
        <dt>{t('form.receivedOn')}</dt>
        <dd>
          {format.date(r.receivedOn)}
          {r.receivedTime ? `, ${r.receivedTime}` : ''} · {t(`channels.${r.channel}`)}
        </dd>
        <dt>{t('detail.oneMonth')}</dt>
        <dd>{format.date(d.oneMonth)}</dd>
        {d.extendedFromReceipt ? (
          <>
            <dt>{t('detail.fromReceipt')}</dt>
            <dd>{format.date(d.extendedFromReceipt)}</dd>
            <dt>{t('detail.fromOneMonth')}</dt>
            <dd>
              {format.date(d.extendedFromOneMonth)}{' '}
              <span className="muted">{t('detail.earlierCounts')}</span>
            </dd>
          </>
        ) : (
          <>
            <dt>{t('detail.noticeBy')}</dt>
            <dd>{format.date(d.extensionNoticeBy)}</dd>
          </>
        )}
        {r.sentOn ? (
          <>
            <dt>{t('fields.sentOn')}</dt>
            <dd data-testid="sent-on">
              {format.date(r.sentOn)}
              {r.sentTime ? `, ${r.sentTime}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
