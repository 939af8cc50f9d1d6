import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { ErrorBanner } from '../../components';
import { FilesList } from './FilesList';
import { useDpia, useDskList } from './queries';
import { RecordForm } from './RecordForm';
import { ScreeningForm } from './ScreeningForm';

/** The activity's DPIA screening (Art. 35) and, below it, the DPIA once carried out. */
export function ActivityDpiaPanel({ activityId }: { activityId: number }) {
  const { t } = useTranslation('dpia');
  const dpia = useDpia(activityId);
  const dsk = useDskList(currentLanguage());
  const ready = dpia.data && dsk.data;

  return (
    <>
      <section className="card section" aria-labelledby="dpia-screening-title">
        <h2 id="dpia-screening-title" className="card-title">
          {t('title')} <span className="muted">({t('reference')})</span>
        </h2>
        <p className="muted">{t('intro')}</p>
        <ErrorBanner error={dpia.error ?? dsk.error} />
        {ready ? (
          <ScreeningForm
            // A new screening from elsewhere starts the form afresh.
            key={dpia.data.screening?.screenedAt ?? 'new'}
            activityId={activityId}
            screening={dpia.data.screening}
            dskItems={dsk.data.items}
            dskComplete={dsk.data.complete}
          />
        ) : null}
      </section>
      <section className="card section" aria-labelledby="dpia-record-title">
        <h2 id="dpia-record-title" className="card-title">
          {t('recordHeading')}
        </h2>
        <p className="muted">{t('recordIntro')}</p>
        {dpia.data && !dpia.data.record ? <p className="muted">{t('recordNone')}</p> : null}
        {dpia.data ? (
          <RecordForm
            key={dpia.data.record?.recordedAt ?? 'new'}
            activityId={activityId}
            record={dpia.data.record}
          />
        ) : null}
        {dpia.data?.record ? (
          <FilesList activityId={activityId} />
        ) : (
          <p className="muted">{t('filesAfterRecord')}</p>
        )}
      </section>
    </>
  );
}
