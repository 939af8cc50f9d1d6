import { createContext, useContext } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActivityInput, TemplateField, TemplateHints } from '../../../../core/api';
import { remainingUnconfirmed } from '../../../../core/rules/template-content';

// An activity made from a starter template carries two things the form shows and no
// document prints: the template's hints for the user, and which template fields are still
// unconfirmed. An edit counts as confirming the field, live, as the server will on saving.

export interface TemplateState {
  hints: TemplateHints;
  /** As stored; the form subtracts the fields edited since the last save. */
  unconfirmed: readonly TemplateField[];
  confirm(fields: TemplateField[]): void;
  confirming: boolean;
}

const TemplateContext = createContext<TemplateState | null>(null);
export const TemplateProvider = TemplateContext.Provider;

export const useTemplateState = () => useContext(TemplateContext);

/** Where each template field sits in the form, so the panel can take the user there. */
export const templateNoteId = (field: TemplateField) => `template-note-${field}`;

/** The stored unconfirmed fields minus those edited (unsaved) in the form. */
export function useLiveUnconfirmed(): TemplateField[] {
  const state = useTemplateState();
  const { control, formState } = useFormContext<ActivityInput>();
  const values = useWatch({ control }) as ActivityInput;
  if (!state) return [];
  // The last saved state: reset() after saving makes the stored activity the new default.
  const saved = (formState.defaultValues ?? {}) as ActivityInput;
  return remainingUnconfirmed(state.unconfirmed, saved, values);
}

/**
 * Next to a field: the template's hint for it, and while it is unconfirmed a note saying so
 * with a button to confirm it. Nothing for an activity the user wrote from scratch.
 */
export function TemplateNote({ field }: { field: TemplateField }) {
  const { t } = useTranslation('activities');
  const state = useTemplateState();
  const pending = useLiveUnconfirmed().includes(field);
  const hint = state?.hints[field];
  if (!state || (!hint && !pending)) return null;
  const label = t(`templateField.${field}`);
  return (
    <div
      id={templateNoteId(field)}
      className={`template-note${pending ? ' is-pending' : ''}`}
      role="note"
      aria-label={t('template.noteLabel', { field: label })}
      tabIndex={-1}
    >
      {pending ? <p className="template-note-title">{t('template.pending')}</p> : null}
      {hint ? (
        <p className="template-note-hint">
          <span className="template-note-lead">{t('template.hint')}: </span>
          {hint}
        </p>
      ) : null}
      {pending ? (
        <button
          type="button"
          className="button button-small"
          disabled={state.confirming}
          onClick={() => state.confirm([field])}
        >
          {t('template.confirm')}
          <span className="visually-hidden">: {label}</span>
        </button>
      ) : null}
    </div>
  );
}
