import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { href } from '../../app/router';
import { useFormat } from '../../components';
import { requestKeys } from './queries';

/**
 * In the activity's delete dialog: the requests whose reply refers to it. A sent reply
 * keeps the activity as it was; an open one loses it from its reply.
 */
export function ActivityRequestsNote({
  clientId,
  activityId,
}: {
  clientId: number;
  activityId: number;
}) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const requests = useQuery({
    queryKey: requestKeys.forActivity(activityId),
    queryFn: () => call('requests.forActivity', { id: activityId }),
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
            <a href={href(`/client/${clientId}/requests/${r.id}`)}>{r.requesterName}</a> ·{' '}
            {t(`kinds.${r.kind}`)} · {format.date(r.receivedOn)} · {t(`states.${r.state}`)}
          </li>
        ))}
      </ul>
      <p>{open ? t('forActivity.open') : t('forActivity.sent', { count: list.length })}</p>
    </div>
  );
}
