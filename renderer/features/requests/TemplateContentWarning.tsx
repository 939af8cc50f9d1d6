import { useTranslation } from 'react-i18next';
import type { TemplateField } from '../../../core/api';
import { href } from '../../app/router';

interface Row {
  id: number;
  name: string;
  unconfirmed: TemplateField[];
}

/**
 * Next to the activities of an Art. 15 reply: the confirmed ones whose starter-template
 * content the reply would print is still unconfirmed, each with a link to check it. The
 * letter prints the content as it stands (never the template's hints): what it says about
 * the client must be the client's own.
 */
export function TemplateContentWarning({ clientId, rows }: { clientId: number; rows: Row[] }) {
  const { t } = useTranslation(['requests', 'activities']);
  const flagged = rows.filter((a) => a.unconfirmed.length > 0);
  if (flagged.length === 0) return null;
  return (
    <div className="inline-warning" role="note" aria-label={t('reply.unconfirmedTitle')}>
      <p>{t('reply.unconfirmed', { count: flagged.length })}</p>
      <ul>
        {flagged.map((a) => (
          <li key={a.id}>
            <a href={href(`/client/${clientId}/activities/${a.id}`)}>{a.name}</a>
            {': '}
            {a.unconfirmed.map((f) => t(`activities:templateField.${f}`)).join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
