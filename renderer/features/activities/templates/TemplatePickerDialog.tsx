import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../core/api';
import { filterByQuery, normalize } from '../../../app/search';
import { navigate } from '../../../app/router';
import { ErrorBanner, useToast } from '../../../components';
import { languages } from '../../../i18n';
import { useFromTemplate } from '../mutations';
import { useTemplates } from '../queries';
import { Modal } from '../../../components';

export interface TemplatePickerDialogProps {
  clientId: number;
  open: boolean;
  onClose(): void;
}

/**
 * Starter templates of typical small-business activities. Picking one creates a draft in the
 * chosen language and opens it, because a template is a start to adapt, not a finished entry.
 */
export function TemplatePickerDialog({ clientId, open, onClose }: TemplatePickerDialogProps) {
  const { t, i18n } = useTranslation('activities');
  const toast = useToast();
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Language | null>(null);
  const language: Language = chosen ?? (i18n.language === 'en' ? 'en' : 'de');
  const templates = useTemplates(language, open);
  const fromTemplate = useFromTemplate(clientId);

  // Name matches first; then templates whose purposes mention the words ("Lohn" finds payroll
  // even when the template is called "Personalverwaltung").
  const all = (templates.data ?? []).map((tpl) => ({
    ...tpl,
    firstPurpose: firstLine(tpl.purposes),
  }));
  const byName = filterByQuery(all, query);
  const needle = normalize(query.trim());
  const byPurpose = needle
    ? all.filter((tpl) => !byName.includes(tpl) && normalize(tpl.purposes).includes(needle))
    : [];
  const shown = [...byName, ...byPurpose];

  const choose = (key: string, name: string) =>
    fromTemplate.mutate(
      { key, language },
      {
        onSuccess: (created) => {
          toast(t('templates.created', { name }));
          onClose();
          navigate(`/client/${clientId}/activities/${created.id}`);
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('templates.title')}
      onClose={onClose}
      initialFocus={searchRef}
      className="dialog-wide"
    >
      <p className="muted">{t('templates.intro')}</p>
      <div className="template-controls">
        <div className="field template-search">
          <label className="field-label" htmlFor="template-search">
            {t('templates.search')}
          </label>
          <input
            id="template-search"
            ref={searchRef}
            className="input"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <fieldset className="template-language">
          <legend className="field-label">{t('templates.language')}</legend>
          {languages.map((lang) => (
            <label key={lang} className="check">
              <input
                type="radio"
                name="template-language"
                value={lang}
                checked={language === lang}
                onChange={() => setChosen(lang)}
              />
              <span>{t(`export.languageName.${lang}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <ErrorBanner error={templates.error ?? fromTemplate.error} />
      {templates.isPending ? <p className="muted">{t('common:status.loading')}</p> : null}
      {templates.data && shown.length === 0 ? (
        <p className="muted">{t('templates.noMatch')}</p>
      ) : null}
      <ul className="template-list" aria-label={t('templates.listLabel')}>
        {shown.map((tpl) => (
          <li key={tpl.key}>
            {/* Named by all it shows, the template and its purpose line, so that voice
                control and screen readers hear what sighted users read (WCAG 2.5.3). */}
            <button
              type="button"
              className="template-option"
              disabled={fromTemplate.isPending}
              onClick={() => choose(tpl.key, tpl.name)}
            >
              <span className="template-name">{tpl.name}</span>
              <span className="template-purpose">{tpl.firstPurpose}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </Modal>
  );
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';
