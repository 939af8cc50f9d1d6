import { useTranslation } from 'react-i18next';
import type { AvvStatus, ProcessorWarning } from '../../../core/api';
import { useFormat } from '../../components';

const statusTone: Record<AvvStatus, string> = {
  not_required: '',
  missing: 'badge-danger',
  requested: 'badge-warning',
  draft_sent: 'badge-warning',
  negotiation: 'badge-warning',
  signed: 'badge-success',
  terminated: '',
  expired: 'badge-danger',
};

export function AvvStatusBadge({ status }: { status: AvvStatus }) {
  const { t } = useTranslation('processors');
  return <span className={`badge ${statusTone[status]}`.trim()}>{t(`status.${status}`)}</span>;
}

/** "Lohn, Bewerbung (Entwurf)": the activities concerned, draft ones marked as such. */
export function useActivityNames() {
  const { t } = useTranslation('processors');
  return (active: readonly string[], drafts: readonly string[] = []) =>
    [...active, ...drafts.map((name) => t('warning.draftMark', { name }))].join(', ');
}

/** One sentence per warning; the missing-AVV warning names the activities concerned. */
export function useWarningText() {
  const { t } = useTranslation('processors');
  const format = useFormat();
  const names = useActivityNames();
  return (w: ProcessorWarning) =>
    t(`warning.${w.kind}`, {
      date: format.date(w.date),
      activities: names(w.activities, w.draftActivities),
    });
}

export function WarningList({ warnings }: { warnings: readonly ProcessorWarning[] }) {
  const text = useWarningText();
  if (warnings.length === 0) return null;
  return (
    <ul className="avv-warnings" role="list">
      {warnings.map((w) => (
        <li key={w.kind} className={`inline-warning avv-warning avv-warning-${w.kind}`}>
          {text(w)}
        </li>
      ))}
    </ul>
  );
}
