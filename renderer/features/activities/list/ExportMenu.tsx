import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormat, type ExportFormat, type Language } from '../../../../core/api';
import { ErrorBanner, useToast } from '../../../components';
import { languages } from '../../../i18n';
import { useExportRegister } from '../mutations';
import { Dropdown, useCloseDropdown } from './Dropdown';

/**
 * The whole register as Word, CSV or JSON. The document language is chosen separately from
 * the UI language: a German DPO may have to hand an English register to a group company.
 */
export function ExportMenu({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation('activities');
  // Follows the UI language (re-rendered by useTranslation) until the user picks one; kept
  // here because the panel unmounts when it closes.
  const [chosen, setChosen] = useState<Language | null>(null);
  const language: Language = chosen ?? (i18n.language === 'en' ? 'en' : 'de');
  return (
    <Dropdown label={t('export.button')} className="export-menu">
      <ExportPanel clientId={clientId} language={language} onLanguage={setChosen} />
    </Dropdown>
  );
}

interface ExportPanelProps {
  clientId: number;
  language: Language;
  onLanguage(language: Language): void;
}

function ExportPanel({ clientId, language, onLanguage }: ExportPanelProps) {
  const { t } = useTranslation('activities');
  const toast = useToast();
  const close = useCloseDropdown();
  const exportRegister = useExportRegister(clientId);

  const run = (format: ExportFormat) =>
    exportRegister.mutate(
      { format, language },
      {
        onSuccess: ({ saved, filename }) => {
          if (saved) toast(t('export.done', { filename }));
          close();
        },
      },
    );

  return (
    <>
      <fieldset className="menu-fieldset">
        <legend className="field-label">{t('export.language')}</legend>
        {languages.map((lang) => (
          <label key={lang} className="check">
            <input
              type="radio"
              name={`export-language-${clientId}`}
              value={lang}
              checked={language === lang}
              onChange={() => onLanguage(lang)}
            />
            <span>{t(`export.languageName.${lang}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="menu-items" role="group" aria-label={t('export.format')}>
        {exportFormat.options.map((format) => (
          <button
            key={format}
            type="button"
            className="menu-item"
            disabled={exportRegister.isPending}
            onClick={() => run(format)}
          >
            {t(`export.formatName.${format}`)}
          </button>
        ))}
      </div>
      {exportRegister.isPending ? (
        <p className="muted" role="status">
          {t('export.running')}
        </p>
      ) : null}
      <ErrorBanner error={exportRegister.error} />
    </>
  );
}
