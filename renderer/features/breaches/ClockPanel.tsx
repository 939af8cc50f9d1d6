import { useTranslation } from 'react-i18next';
import type { Breach } from '../../../core/api';
import { ClockBadge } from './ClockBadge';
import { useBerlinTime } from './format';

/** The Art. 33(1) clock: hours left of 72, the deadline in Berlin time, and what stops it. */
export function ClockPanel({ breach: b }: { breach: Breach }) {
  const { t } = useTranslation('breaches');
  const time = useBerlinTime();
  const d = b.deadlines;
  const notified = b.notices.some((n) => n.kind === 'first');
  return (
    <section className="card clock-panel" aria-labelledby="clock-title">
      <div className="card-header">
        <h2 id="clock-title" className="card-title">
          {t('clock.title')}
        </h2>
        <ClockBadge deadlines={d} notified={notified} />
      </div>
      <dl className="facts">
        <div>
          <dt>{t('clock.start')}</dt>
          <dd>{time(d.clockStart)}</dd>
        </div>
        <div>
          <dt>{t('clock.deadline')}</dt>
          <dd>
            <strong>{time(d.authorityBy)}</strong>
          </dd>
        </div>
        {d.processorDelayHours !== null ? (
          <div>
            <dt>{t('clock.processorDelay')}</dt>
            <dd>{t('clock.hours', { count: d.processorDelayHours })}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">{t('clock.explain')}</p>
      {d.clockRuns && d.late ? (
        <p className="breach-hint breach-hint-danger">{t('clock.lateHint')}</p>
      ) : null}
      {!d.clockRuns && !notified && b.assessment?.level === 'none' ? (
        <p className="muted">{t('clock.noRisk')}</p>
      ) : null}
    </section>
  );
}
