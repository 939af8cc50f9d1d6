import { useTranslation } from 'react-i18next';
import type { RegisterImportPreview } from '../../../../core/api';
import { ErrorBanner } from '../../../components';
import { CompletenessBadge } from '../badges';

export interface PreviewStepProps {
  preview: RegisterImportPreview;
  skip: ReadonlySet<number>;
  onSkip: (rows: ReadonlySet<number>) => void;
  pending: boolean;
  error: unknown;
  onBack: () => void;
  onImport: () => void;
}

/** Every activity the file would create, its completeness or its problems, and what is new. */
export function PreviewStep(props: PreviewStepProps) {
  const { preview, skip, onSkip } = props;
  const { t } = useTranslation('activities');
  const { t: tv } = useTranslation('validation');
  const blocking = preview.rows.filter((r) => r.problems.length > 0 && !skip.has(r.row));
  const toImport = preview.rows.filter((r) => r.activity !== null && !skip.has(r.row)).length;
  const toggle = (row: number, on: boolean) => {
    const next = new Set(skip);
    if (on) next.add(row);
    else next.delete(row);
    onSkip(next);
  };
  return (
    <>
      <section className="card" aria-labelledby="import-preview">
        <h2 id="import-preview" className="card-title">
          {t('import.previewTitle', { count: preview.rows.length })}
        </h2>
        {blocking.length > 0 ? (
          <p className="import-blocking" role="status">
            {t('import.blocking', { count: blocking.length })}
          </p>
        ) : null}
        <div className="import-table-scroll">
          <table className="table import-preview">
            <caption className="visually-hidden">
              {t('import.previewTitle', { count: preview.rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('import.state')}</th>
                <th scope="col">{t('import.skip')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row} className={skip.has(r.row) ? 'is-skipped' : undefined}>
                  <td>{r.row}</td>
                  <th scope="row">{r.label || t('import.noName')}</th>
                  <td>
                    {r.completeness ? <CompletenessBadge completeness={r.completeness} /> : null}
                    {r.problems.length > 0 ? (
                      <ul className="import-problems">
                        {r.problems.map((p) => (
                          <li key={`${p.field}-${p.key}`}>
                            {p.field ? `${t(`fields.${p.field}`)}: ` : ''}
                            {tv(p.key)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                  <td>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={skip.has(r.row)}
                        onChange={(e) => toggle(r.row, e.target.checked)}
                      />
                      <span className="visually-hidden">{t('import.skipRow', { row: r.row })}</span>
                      <span aria-hidden="true">{t('import.skip')}</span>
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="import-new-entries">
        <h2 id="import-new-entries" className="card-title">
          {t('import.newEntries', { count: preview.newEntries.length })}
        </h2>
        {preview.newEntries.length === 0 ? (
          <p className="muted">{t('import.noNewEntries')}</p>
        ) : (
          <ul className="import-new-entries">
            {preview.newEntries.map((e) => (
              <li key={`${e.kind}-${e.name}`}>
                {e.name} <span className="muted">({t(`import.kind.${e.kind}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ErrorBanner error={props.error} />
      <div className="form-actions">
        <button type="button" className="button" onClick={props.onBack}>
          {t('import.backToMapping')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={props.pending || blocking.length > 0 || toImport === 0}
          onClick={props.onImport}
        >
          {t('import.run', { count: toImport })}
        </button>
      </div>
    </>
  );
}
