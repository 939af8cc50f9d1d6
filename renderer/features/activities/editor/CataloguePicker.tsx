import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../../../core/api';
import { filterByQuery, normalize } from '../../../app/search';
import { useInsideWindow } from '../../../components';

export interface CataloguePickerProps {
  /** Id of the text input (the completeness panel focuses it). */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** The chosen entries, in order; `key` is react-hook-form's field id. */
  items: { key: string; name: string }[];
  /** The client's catalogue of this kind. */
  suggestions: CatalogueEntry[];
  /** `entry` is set when an existing catalogue entry was picked (to copy its markers). */
  onAdd(name: string, entry: CatalogueEntry | undefined): void;
  onRemove(index: number): void;
  /** Extra controls per chosen entry (Art. 9/10 marker, recipient type); makes chips rows. */
  renderDetails?(index: number): ReactNode;
}

const same = (a: string, b: string) => normalize(a.trim()) === normalize(b.trim());

/**
 * Chips plus a combobox: typing suggests the client's existing catalogue entries, so the same
 * category keeps one name across activities; Enter adds the typed name as a new entry.
 */
export function CataloguePicker(props: CataloguePickerProps) {
  const { id, label, hint, error, items, suggestions, onAdd, onRemove, renderDetails } = props;
  const { t } = useTranslation('activities');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const helpId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [notice, setNotice] = useState('');

  const available = suggestions.filter((s) => !items.some((i) => same(i.name, s.name)));
  const options = filterByQuery(available, query).slice(0, 50);
  const typed = query.trim();
  const listOpen = open && options.length > 0;
  useInsideWindow(listRef, listOpen);

  const add = (name: string, entry?: CatalogueEntry) => {
    const clean = name.trim();
    if (!clean) return;
    if (items.some((i) => same(i.name, clean))) {
      setNotice(t('picker.already', { name: clean }));
      return;
    }
    // An exact (case/umlaut-insensitive) match reuses the catalogue entry and its spelling.
    const existing = entry ?? suggestions.find((s) => same(s.name, clean));
    onAdd(existing?.name ?? clean, existing);
    setNotice(t('picker.added', { name: existing?.name ?? clean }));
    setQuery('');
    setActive(-1);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Enter') {
      // Never submit the whole form from here; Enter means "add".
      event.preventDefault();
      const option = listOpen && active >= 0 ? options[active] : undefined;
      if (option) add(option.name, option);
      else add(typed);
    } else if (event.key === 'Escape' && listOpen) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  const remove = (index: number, name: string) => {
    onRemove(index);
    setNotice(t('picker.removed', { name }));
    inputRef.current?.focus();
  };

  return (
    <div className={['field', 'picker', error ? 'field-invalid' : ''].join(' ').trim()}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {items.length > 0 ? (
        <ul className={renderDetails ? 'chips chips-rich' : 'chips'}>
          {items.map((item, index) => (
            <li key={item.key} className="chip">
              <span className="chip-name">{item.name}</span>
              {renderDetails ? <span className="chip-details">{renderDetails(index)}</span> : null}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('picker.remove', { name: item.name })}
                title={t('picker.remove', { name: item.name })}
                onClick={() => remove(index, item.name)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted picker-empty">{t('picker.none')}</p>
      )}
      <div className="picker-combo">
        <input
          ref={inputRef}
          id={id}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={listOpen}
          aria-controls={listId}
          aria-activedescendant={listOpen && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={helpId}
          aria-invalid={error ? true : undefined}
          placeholder={t('picker.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          className="listbox-popup picker-list"
          aria-label={t('picker.suggestions')}
          hidden={!listOpen}
        >
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="listbox-option"
              // mousedown, not click: the input keeps focus, so its blur does not close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                add(option.name, option);
              }}
            >
              <span>{option.name}</span>
              {option.usage > 0 ? (
                <span className="muted picker-usage">
                  {t('picker.usage', { count: option.usage })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      <p className="field-hint" id={helpId}>
        {typed && !suggestions.some((s) => same(s.name, typed))
          ? t('picker.enterToAddNew', { name: typed })
          : t('picker.help')}
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      <p className="visually-hidden" aria-live="polite">
        {notice}
      </p>
    </div>
  );
}
