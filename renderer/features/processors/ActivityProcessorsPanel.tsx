import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, LinkPicker } from '../../components';
import { useLinkProcessor, useUnlinkProcessor } from './mutations';
import { useActivityProcessors, useProcessorList } from './queries';
import { AvvStatusBadge, WarningList } from './warnings';

/**
 * The processors an activity uses (its Art. 28 recipients) with their AVV warnings, for the
 * activity editor. Links made here are the same links the processor page shows.
 */
export function ActivityProcessorsPanel({
  clientId,
  activityId,
}: {
  clientId: number;
  activityId: number;
}) {
  const { t } = useTranslation('processors');
  const linked = useActivityProcessors(activityId);
  const all = useProcessorList(clientId);
  const link = useLinkProcessor(activityId);
  const unlink = useUnlinkProcessor(activityId);
  const linkedIds = new Set(linked.data?.map((p) => p.id));
  const available = all.data?.items.filter((p) => !linkedIds.has(p.id)) ?? [];

  return (
    <section className="card section" aria-labelledby="activity-processors-title">
      <h2 id="activity-processors-title" className="card-title">
        {t('panel.title')}
      </h2>
      <p className="muted">{t('panel.intro')}</p>
      {linked.data && linked.data.length === 0 ? <p className="muted">{t('panel.none')}</p> : null}
      <ul className="attachment-list">
        {linked.data?.map((p) => (
          <li key={p.id}>
            <div className="attachment-item">
              <span>
                <a href={href(`/client/${clientId}/processors/${p.id}`)}>{p.name}</a>{' '}
                <AvvStatusBadge status={p.status} />
              </span>
              <button
                type="button"
                className="button button-small"
                onClick={() => unlink.mutate(p.id)}
              >
                {t('panel.unlink')}
              </button>
            </div>
            <WarningList warnings={p.warnings} />
          </li>
        ))}
      </ul>
      <LinkPicker
        className="processor-toolbar"
        label={t('panel.choose')}
        linkLabel={t('panel.link')}
        options={available}
        onLink={(id, done) => link.mutate(id, { onSuccess: done })}
      />
      <a href={href(`/client/${clientId}/processors/new`)}>{t('panel.new')}</a>
      <ErrorBanner error={link.error ?? unlink.error ?? linked.error} />
    </section>
  );
}
