import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuditVerification } from '../../app/AuditStatus';
import { ErrorBanner } from '../../components';

/** Whether the change history is unaltered, checked again on request. */
export function AuditSection() {
  const { t } = useTranslation('settings');
  const queryClient = useQueryClient();
  const verification = useAuditVerification({ fresh: true });
  const result = verification.data;
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title" className="card-title">
        {t('audit.title')}
      </h2>
      <p className="muted">{t('audit.intro')}</p>
      <ErrorBanner error={verification.error} />
      {result?.intact ? (
        <p className="audit-intact">
          {result.entries === 0 ? t('audit.empty') : t('audit.intact', { count: result.entries })}
        </p>
      ) : null}
      {result && !result.intact ? (
        <div className="banner banner-error" role="alert">
          <p className="banner-title">{t('audit.broken', { entry: result.firstBroken })}</p>
          <p>{t('audit.brokenAdvice')}</p>
        </div>
      ) : null}
      <div>
        <button
          type="button"
          className="button"
          disabled={verification.isFetching}
          onClick={() => queryClient.invalidateQueries({ queryKey: ['audit', 'verify'] })}
        >
          {verification.isFetching ? t('audit.checking') : t('audit.check')}
        </button>
      </div>
    </section>
  );
}
