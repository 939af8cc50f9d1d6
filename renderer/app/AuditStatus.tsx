import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { href } from './router';

/**
 * The check of the audit log's hash chain: asked when the workspace opens (the status area)
 * and again whenever a screen that shows the result in detail mounts (`fresh`).
 */
export function useAuditVerification(options: { fresh?: boolean } = {}) {
  return useQuery({
    queryKey: ['audit', 'verify'] as const,
    queryFn: () => call('audit.verify', {}),
    staleTime: 5 * 60_000,
    refetchOnMount: options.fresh ? 'always' : true,
  });
}

/**
 * The status area under the top bar: silent while the change history is intact, a clear
 * warning on every screen once an entry was changed, removed or inserted outside the app.
 */
export function AuditStatus() {
  const { t } = useTranslation('common');
  const verification = useAuditVerification();
  const result = verification.data;
  if (!result || result.intact) return null;
  return (
    <div className="status-area">
      <div className="banner banner-error" role="alert">
        <p className="banner-title">{t('audit.brokenTitle')}</p>
        <p>{t('audit.brokenText', { entry: result.firstBroken })}</p>
        <p>
          <a href={href('/settings')}>{t('audit.details')}</a>
        </p>
      </div>
    </div>
  );
}
