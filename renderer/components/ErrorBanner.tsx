import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export interface ErrorBannerProps {
  error: unknown;
  /** Optional heading above the message, e.g. "Could not save". */
  title?: string;
  /**
   * The issues to list (from useServerIssues: those no field of the form shows, named by
   * the field's label). Without it, the issues' own texts are listed.
   */
  issues?: { label?: string; message: string }[];
}

/**
 * Shows what the API refused. The message is translated by the server already. Issues are
 * named by a field's label, never by their path: a form puts them next to its fields.
 */
export function ErrorBanner({ error, title, issues: given }: ErrorBannerProps) {
  const { t } = useTranslation('common');
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.message ?? t('errors.unexpected');
  // Issues without their own text only repeat the message.
  const issues: { label?: string; message: string }[] =
    given ?? apiError?.issues.filter((i) => i.message).map((i) => ({ message: i.message })) ?? [];
  return (
    <div className="banner banner-error" role="alert">
      {title ? <p className="banner-title">{title}</p> : null}
      <p>{message}</p>
      {issues.length > 0 ? (
        <ul className="banner-issues">
          {issues.map((issue, index) => (
            <li key={index}>
              {issue.label ? `${issue.label}: ` : null}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
