import { useTranslation } from 'react-i18next';
import type { Breach } from '../../../core/api';
import { href } from '../../app/router';
import { ErrorBanner, History, Page } from '../../components';
import { AssessmentPanel } from './AssessmentPanel';
import { ClockPanel } from './ClockPanel';
import { ClosePanel } from './ClosePanel';
import { DocumentsPanel } from './DocumentsPanel';
import { FactsPanel } from './FactsPanel';
import { FilesPanel } from './FilesPanel';
import { InformPanel } from './InformPanel';
import { NoticesPanel } from './NoticesPanel';
import { useBreach } from './queries';

/** One breach: its clock first, then the facts, the assessment, the notices, the persons. */
export function BreachPage({ clientId, id }: { clientId: number; id: number }) {
  const { t } = useTranslation('breaches');
  const breach = useBreach(id);
  const b = breach.data;
  if (!b) {
    return (
      <Page title={t('detail.loading')}>
        <ErrorBanner error={breach.error} />
      </Page>
    );
  }
  const open = b.state === 'open';
  return (
    <Page
      title={b.title}
      eyebrow={`${b.reference} · ${b.clientName}`}
      actions={
        open ? (
          <a className="button" href={href(`/client/${clientId}/breaches/${id}/edit`)}>
            {t('detail.edit')}
          </a>
        ) : null
      }
    >
      <div className="breach-layout">
        <ClockPanel breach={b} />
        <FactsPanel breach={b} />
        <AssessmentPanel key={`a-${b.assessment?.assessedAt ?? ''}`} breach={b} />
        <NoticesPanel key={`n-${b.notices.length}`} breach={b} />
        {showInform(b) ? <InformPanel breach={b} /> : null}
        <DocumentsPanel breach={b} />
        <FilesPanel breachId={b.id} open={open} />
        <ClosePanel breach={b} />
        <History entity="breach" entityId={b.id} />
      </div>
    </Page>
  );
}

/** Telling the persons is due with a high risk; it may be recorded for any risk. */
const showInform = (b: Breach) =>
  b.subjectsInformed !== null || (b.assessment !== null && b.assessment.level !== 'none');
