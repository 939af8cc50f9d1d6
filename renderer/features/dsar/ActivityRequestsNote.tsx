import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { href } from '../../app/router';
import { useFormat } from '../../components';
import { dsarKeys } from './queries';

/**
 * In the activity's delete dialog: the requests whose reply refers to it. A sent reply
 * keeps the activity as it was; an open one loses it from its reply.
 */
export function ActivityRequestsNote({ orgId, activityId }: { orgId: number; activityId: number }) {
  const { t } = useTranslation('dsar');
  const format = useFormat();
  const requests = useQuery({
    queryKey: dsarKeys.forActivity(activityId),
    queryFn: () => call('dsar.forActivity', { id: activityId }),
  });
  const list = requests.data ?? [];
  if (list.length === 0) return null;
  const open = list.some((r) => !['answered', 'refused', 'closed'].includes(r.state));
  return (
    <div className="inline-warning" data-testid="activity-requests">
      <p>{t('forActivity.intro', { count: list.length })}</p>
      <ul>
        {list.map((r) => (
          <li key={r.id}>
            <a href={href(`/org/${orgId}/requests/${r.id}`)}>{r.requesterName}</a> ·{' '}
            {t(`kinds.${r.kind}`)} · {format.date(r.receivedOn)} · {t(`states.${r.state}`)}
          </li>
        ))}
      </ul>
      <p>{open ? t('forActivity.open') : t('forActivity.sent', { count: list.length })}</p>
    </div>
  );
}
