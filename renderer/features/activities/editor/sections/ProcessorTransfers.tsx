import { useTranslation } from 'react-i18next';
import type { ActivityProcessor } from '../../../../../core/api';
import { registerLabels } from '../../../../../core/i18n/register-labels';
import { processorTransfers, transferProblem } from '../../../../../core/rules/transfers';
import { href } from '../../../../app/router';
import { useFormat } from '../../../../components';

/**
 * The transfers that come with the linked processors (their own and the onward ones of
 * their sub-processors), read-only: they are edited on the processor's page.
 */
export function ProcessorTransfers({
  clientId,
  processors,
}: {
  clientId: number;
  processors: readonly ActivityProcessor[];
}) {
  const { t, i18n } = useTranslation('activities');
  const format = useFormat();
  const safeguards = registerLabels[i18n.language === 'en' ? 'en' : 'de'].safeguards;
  const rows = processors.flatMap((p) => processorTransfers([p]).map((row) => ({ p, row })));
  if (rows.length === 0) return null;
  return (
    <div className="processor-transfers">
      <h3 className="subheading">{t('transfers.viaProcessors')}</h3>
      <ul className="transfer-derived">
        {rows.map(({ p, row }) => {
          const problem = transferProblem(row);
          const tia = [format.date(row.tiaDoneOn), row.tiaReference].filter(Boolean).join(', ');
          return (
            <li key={`${p.id}-${row.recipient}`} className="card transfer-derived-item">
              <strong>{row.country || t('transfers.noCountry')}</strong>{' '}
              <span>
                {row.via
                  ? t('transfers.subProcessorOf', { name: row.recipient, via: row.via })
                  : t('transfers.processor', { name: row.recipient })}
              </span>
              <div>
                {t('transfers.safeguard')}: {safeguards[row.safeguard]}
                {row.safeguardNote ? ` – ${row.safeguardNote}` : ''}
              </div>
              {tia ? <div>{t('transfers.tia', { tia })}</div> : null}
              {problem ? <p className="field-error">{t(`transfers.problem.${problem}`)}</p> : null}
              <a href={href(`/client/${clientId}/processors/${p.id}`)}>
                {t('transfers.editProcessor', { name: p.name })}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
