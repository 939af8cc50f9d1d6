import { useTranslation } from 'react-i18next';
import type { WordingFinding } from '../../../core/api';

/** What the wording check found, each in plain words with what to do about it. */
export function WordingFindings({
  findings,
  live,
}: {
  findings: readonly WordingFinding[];
  live?: boolean;
}) {
  const { t } = useTranslation('consent');
  return (
    <section
      className="card"
      aria-labelledby="wording-check"
      aria-live={live ? 'polite' : undefined}
    >
      <h2 id="wording-check" className="card-title">
        {t('wording.title')}
      </h2>
      {findings.length === 0 ? (
        <p className="muted">{t('wording.none')}</p>
      ) : (
        <ul className="wording-findings">
          {findings.map((f) => (
            <li key={f}>
              <strong>{t(`wording.${f}.title`)}</strong>
              <p>{t(`wording.${f}.body`)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
