import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export interface ErrorBannerProps {
  error: unknown;
  /** Optional heading above the message, e.g. "Could not save". */
  title?: string;
}

/**
 * Shows what the API refused. The message is translated by the server already; issues are
 * listed too, because a field issue may belong to a field that is not on screen.
 */
export function ErrorBanner({ error, title }: ErrorBannerProps) {
  const { t } = useTranslation('common');
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.message ?? t('errors.unexpected');
  // Issues without their own text only repeat the message; the form shows them at the field.
  const issues = apiError?.issues.filter((issue) => issue.message) ?? [];
  return (
    <div className="banner banner-error" role="alert">
      {title ? <p className="banner-title">{title}</p> : null}
      <p>{message}</p>
      {issues.length > 0 ? (
        <ul className="banner-issues">
          {issues.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              {issue.path ? <span className="mono">{issue.path}</span> : null}
              {issue.path ? ': ' : null}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
