import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInsideWindow } from '../components';
import { TrafficLight, useOpenSummary } from '../features/clients';
import { useClients } from './queries';
import { navigate, useRoute } from './router';
import { filterByQuery } from './search';

const NEW_CLIENT = -1;
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The always-visible client switcher (ARIA combobox with listbox). Ctrl+K / Cmd+K focuses it
 * from anywhere, so a DPO with 30 clients switches with Ctrl+K, a letter or two and Enter.
 * Each option shows what is open at that client and its traffic light, from clients.list.
 */
export function ClientSwitcher({ clientId }: { clientId: number | null }) {
  const { t } = useTranslation('common');
  const clients = useClients();
  const openSummary = useOpenSummary();
  const route = useRoute();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  useInsideWindow(listRef, open);

  const list = useMemo(() => clients.data ?? [], [clients.data]);
  const current = list.find((o) => o.id === clientId);
  const matches = useMemo(() => filterByQuery(list, query), [list, query]);
  const options = [...matches.map((o) => o.id), NEW_CLIENT];
  const activeIndex = Math.min(active, options.length - 1);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
  };

  const choose = (id: number | undefined) => {
    close();
    if (id === undefined) return;
    if (id === NEW_CLIENT) return navigate('/clients/new');
    // Stay in the same section (e.g. activities) when switching clients, not in a record.
    const section = route[0] === 'client' ? route[2] : undefined;
    const keep = section && ['activities', 'catalogues', 'details'].includes(section);
    navigate(keep ? `/client/${id}/${section}` : `/client/${id}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(options[activeIndex]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    } else if (event.key === 'Home' && open) {
      setActive(0);
    } else if (event.key === 'End' && open) {
      setActive(options.length - 1);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const inputLabel = t('switcher.label');

  return (
    <div className="switcher">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {inputLabel}
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        className="switcher-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        aria-keyshortcuts="Control+K Meta+K"
        aria-describedby={`${listId}-hint`}
        value={open ? query : (current?.name ?? '')}
        placeholder={current?.name ?? t('switcher.placeholder')}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <kbd className="switcher-shortcut" id={`${listId}-hint`}>
        <span className="visually-hidden">{t('switcher.shortcutHint')}</span>
        <span aria-hidden="true">{isMac ? '⌘K' : t('switcher.ctrlK')}</span>
      </kbd>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={inputLabel}
        className="listbox-popup switcher-list"
        hidden={!open}
      >
        {matches.map((client, index) => (
          <li
            key={client.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={
              client.id === clientId
                ? 'listbox-option switcher-option is-current'
                : 'listbox-option switcher-option'
            }
            // mousedown would blur the input (and close the list) before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(client.id)}
            onMouseMove={() => setActive(index)}
          >
            <span className="switcher-main">
              <span className="switcher-name">{client.name}</span>
              <span className="switcher-meta">
                {client.city ? <span className="switcher-city">{client.city}</span> : null}
                <span className="switcher-open">{openSummary(client.open)}</span>
              </span>
            </span>
            <TrafficLight light={client.light} />
          </li>
        ))}
        {matches.length === 0 ? (
          <li className="switcher-empty" role="presentation">
            {t('switcher.noMatch')}
          </li>
        ) : null}
        <li
          id={optionId(matches.length)}
          role="option"
          aria-selected={activeIndex === matches.length}
          className="listbox-option switcher-option switcher-new"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => choose(NEW_CLIENT)}
          onMouseMove={() => setActive(matches.length)}
        >
          + {t('switcher.newClient')}
        </li>
      </ul>
    </div>
  );
}
