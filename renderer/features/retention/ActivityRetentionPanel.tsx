import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, LinkPicker } from '../../components';
import { useRetentionFormat } from './format';
import { useSetActivityRules } from './mutations';
import { useActivityRules, useRules } from './queries';

/**
 * The deletion rules an activity links to (Art. 30(1)(f)), for the activity editor. The
 * activity's retention text stays for notes; a linked rule documents the erasure period.
 */
export function ActivityRetentionPanel({
  clientId,
  activityId,
}: {
  clientId: number;
  activityId: number;
}) {
  const { t } = useTranslation('retention');
  const f = useRetentionFormat();
  const linked = useActivityRules(activityId);
  const all = useRules(clientId);
  const setRules = useSetActivityRules(activityId);
  const ids = linked.data?.map((r) => r.id) ?? [];
  const available = all.data?.filter((r) => !ids.includes(r.id)) ?? [];

  return (
    <section className="card section" aria-labelledby="activity-retention-title">
      <h2 id="activity-retention-title" className="card-title">
        {t('panel.title')}
      </h2>
      <p className="muted">{t('panel.intro')}</p>
      <ErrorBanner error={linked.error ?? setRules.error} />
      {linked.data && linked.data.length === 0 ? <p className="muted">{t('panel.none')}</p> : null}
      <ul className="attachment-list">
        {linked.data?.map((r) => (
          <li key={r.id}>
            <div className="attachment-item">
              <span>
                <a href={href(`/client/${clientId}/retention/${r.id}`)}>{r.name}</a>
                {' – '}
                {f.retention(r)}
                {r.norm ? ` (${r.norm})` : ''}
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={t('panel.unlinkNamed', { name: r.name })}
                onClick={() => setRules.mutate(ids.filter((id) => id !== r.id))}
              >
                {t('panel.unlink')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <LinkPicker
        className="retention-toolbar"
        label={t('panel.choose')}
        linkLabel={t('panel.link')}
        options={available}
        onLink={(id, done) => setRules.mutate([...ids, id], { onSuccess: done })}
      />
      {all.data && all.data.length === 0 ? (
        <p className="muted">
          <a href={href(`/client/${clientId}/retention/new`)}>{t('panel.createFirst')}</a>
        </p>
      ) : null}
    </section>
  );
}
