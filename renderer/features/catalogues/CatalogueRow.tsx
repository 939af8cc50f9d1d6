import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dataSpecial,
  recipientType,
  type CatalogueEntry,
  type DataSpecial,
  type RecipientType,
} from '../../../core/api';
import { ApiError } from '../../api/client';
import { History, useFieldError, useToast } from '../../components';
import { DeleteEntry } from './DeleteEntry';
import { useUpdateCatalogueEntry } from './mutations';

interface Draft {
  name: string;
  special: DataSpecial;
  recipientType: RecipientType;
  country: string;
}

const draftOf = (e: CatalogueEntry): Draft => ({
  name: e.name,
  special: e.special,
  recipientType: e.recipientType ?? 'external',
  country: e.country,
});

/** One entry; "Bearbeiten" turns the row into inputs (Enter saves, Escape cancels). */
export function CatalogueRow({ entry }: { entry: CatalogueEntry }) {
  const { t } = useTranslation('catalogues');
  const toast = useToast();
  const fieldError = useFieldError();
  const update = useUpdateCatalogueEntry();
  const [draft, setDraft] = useState<Draft | null>(null);
  const idBase = `catalogue-${entry.id}`;

  const save = () => {
    if (!draft) return;
    update.mutate(
      {
        id: entry.id,
        name: draft.name,
        ...(entry.kind === 'data' ? { special: draft.special } : {}),
        ...(entry.kind === 'recipient'
          ? { recipientType: draft.recipientType, country: draft.country }
          : {}),
      },
      {
        onSuccess: (saved) => {
          setDraft(null);
          toast(t('saved', { name: saved.name }));
        },
      },
    );
  };
  const cancel = () => {
    setDraft(null);
    update.reset();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  const nameError = errorText(update.error, t, fieldError);
  const usage = t('usage', { count: entry.usage });

  if (!draft) {
    return (
      <tr>
        <th scope="row" className="catalogue-name">
          {entry.name}
        </th>
        {entry.kind === 'data' ? <td>{t(`special.${entry.special}`)}</td> : null}
        {entry.kind === 'recipient' ? (
          <>
            <td>{t(`recipientType.${entry.recipientType ?? 'external'}`)}</td>
            <td>{entry.country}</td>
          </>
        ) : null}
        <td className={entry.usage === 0 ? 'muted nowrap' : 'nowrap'}>{usage}</td>
        <td>
          <div className="row-actions">
            <button
              type="button"
              className="button button-small"
              aria-label={`${t('actions.edit')}: ${entry.name}`}
              onClick={() => setDraft(draftOf(entry))}
            >
              {t('actions.edit')}
            </button>
            <DeleteEntry entry={entry} />
          </div>
        </td>
      </tr>
    );
  }

  return (
    <tr className="is-editing" onKeyDown={onKeyDown}>
      <td>
        <label className="visually-hidden" htmlFor={`${idBase}-name`}>
          {t('fields.name')}
        </label>
        <input
          id={`${idBase}-name`}
          className="input"
          value={draft.name}
          // Focus moves into the row the user chose to edit.
          autoFocus
          aria-invalid={nameError ? true : undefined}
          aria-describedby={`${idBase}-hint${nameError ? ` ${idBase}-error` : ''}`}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        />
        <p className="field-hint" id={`${idBase}-hint`}>
          {entry.usage > 0 ? t('renameHint', { count: entry.usage }) : t('renameHintUnused')}
        </p>
        {nameError ? (
          <p className="field-error" id={`${idBase}-error`} role="alert">
            {nameError}
          </p>
        ) : null}
        <History entity="catalogue" entityId={entry.id} />
      </td>
      {entry.kind === 'data' ? (
        <td>
          <select
            className="input"
            aria-label={t('fields.special')}
            value={draft.special}
            onChange={(event) => setDraft({ ...draft, special: event.target.value as DataSpecial })}
          >
            {dataSpecial.options.map((value) => (
              <option key={value} value={value}>
                {t(`special.${value}`)}
              </option>
            ))}
          </select>
        </td>
      ) : null}
      {entry.kind === 'recipient' ? (
        <>
          <td>
            <select
              className="input"
              aria-label={t('fields.recipientType')}
              value={draft.recipientType}
              onChange={(event) =>
                setDraft({ ...draft, recipientType: event.target.value as RecipientType })
              }
            >
              {recipientType.options.map((value) => (
                <option key={value} value={value}>
                  {t(`recipientType.${value}`)}
                </option>
              ))}
            </select>
          </td>
          <td>
            <input
              className="input"
              aria-label={t('fields.country')}
              value={draft.country}
              onChange={(event) => setDraft({ ...draft, country: event.target.value })}
            />
          </td>
        </>
      ) : null}
      <td className="nowrap">{usage}</td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="button button-small button-primary"
            disabled={update.isPending}
            onClick={save}
          >
            {t('actions.save')}
          </button>
          <button type="button" className="button button-small" onClick={cancel}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </td>
    </tr>
  );
}

/** A duplicate name comes back as CONFLICT; a bad name as field issues with known keys. */
function errorText(
  error: unknown,
  t: (key: string) => string,
  fieldError: (message: string | undefined) => string | undefined,
): string | undefined {
  if (!error) return undefined;
  if (!(error instanceof ApiError)) return t('common:errors.unexpected');
  if (error.code === 'CONFLICT') return t('conflict');
  const issue = error.issues.find((i) => i.path === 'name');
  return (issue && fieldError(issue.key)) ?? error.message;
}
