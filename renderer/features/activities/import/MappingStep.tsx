import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  registerImportFields,
  type RegisterImportPreview,
  type RegisterMapping,
} from '../../../../core/api';
import { FormField } from '../../../components';

export interface MappingStepProps {
  preview: RegisterImportPreview;
  saving: boolean;
  /** A column chosen for a field: the file is read again with the new mapping. */
  onChange: (mapping: RegisterMapping) => void;
  onNext: (mapping: RegisterMapping, save: boolean) => void;
}

/** Each register field with a dropdown of the file's columns, the suggestion preselected. */
export function MappingStep({ preview, saving, onChange, onNext }: MappingStepProps) {
  const { t } = useTranslation('activities');
  const { t: tv } = useTranslation('validation');
  const [save, setSave] = useState(true);
  const problemOf = (field: string) => {
    const problem = preview.mappingProblems.find((p) => p.field === field);
    return problem ? tv(problem.key) : undefined;
  };
  const set = (field: (typeof registerImportFields)[number], label: string) => {
    const next: RegisterMapping = { ...preview.mapping };
    if (label) next[field] = label;
    else delete next[field];
    onChange(next);
  };
  const headerRows = preview.headerRows.join('–');
  return (
    <section className="card" aria-labelledby="import-mapping">
      <h2 id="import-mapping" className="card-title">
        {t('import.mappingTitle')}
      </h2>
      <p>
        {t(`import.format.${preview.format}`)}{' '}
        {preview.encoding ? t('import.encoding', { encoding: preview.encoding }) : null}{' '}
        {t('import.headerRows', { rows: headerRows, count: preview.headerRows.length })}{' '}
        {t('import.rowsFound', { count: preview.rows.length })}
      </p>
      <p className="muted">
        {preview.savedMapping ? t('import.savedMapping') : t('import.suggestedMapping')}
      </p>
      <div className="import-mapping">
        {registerImportFields.map((field) => (
          <FormField
            key={field}
            label={t(`fields.${field}`)}
            required={field === 'name'}
            error={problemOf(field)}
          >
            <select
              className="input"
              value={preview.mapping[field] ?? ''}
              onChange={(e) => set(field, e.target.value)}
            >
              <option value="">{t('import.noColumn')}</option>
              {preview.headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </FormField>
        ))}
      </div>
      <label className="check">
        <input type="checkbox" checked={save} onChange={(e) => setSave(e.target.checked)} />
        {t('import.saveMapping')}
      </label>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={saving || preview.mappingProblems.length > 0}
          onClick={() => onNext(preview.mapping, save)}
        >
          {t('import.toPreview')}
        </button>
      </div>
    </section>
  );
}
