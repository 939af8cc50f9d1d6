import { useInsideWindow } from '../../../components';
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';

const CloseContext = createContext<() => void>(() => {});

/** Inside a Dropdown's panel: hides it and returns focus to its button. */
export const useCloseDropdown = () => useContext(CloseContext);

export interface DropdownProps {
  /** Visible text of the trigger button. */
  label: string;
  /** Accessible name when the visible text is not enough (e.g. "Aktionen: Payroll"). */
  ariaLabel?: string;
  buttonClassName?: string;
  className?: string;
  /** The panel's content (rendered only while open); it may call useCloseDropdown(). */
  children: ReactNode;
  triggerRef?: RefObject<HTMLButtonElement | null>;
}

/**
 * A button that opens a small panel below it (disclosure pattern: a real button with
 * aria-expanded, so it is found and announced as a button). Escape, a click outside or focus
 * leaving the panel closes it.
 */
export function Dropdown(props: DropdownProps) {
  const { label, ariaLabel, buttonClassName, className, children } = props;
  const [open, setOpen] = useState(false);
  const ownRef = useRef<HTMLButtonElement>(null);
  const triggerRef = props.triggerRef ?? ownRef;
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useInsideWindow(panelRef, open);

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  return (
    <div
      ref={rootRef}
      className={['menu', className ?? ''].join(' ').trim()}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          close();
        }
      }}
      onBlur={(event) => {
        // Tabbing out closes; a click on the panel's background (no new focus) does not.
        const next = event.relatedTarget as Node | null;
        if (open && next && !rootRef.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className={buttonClassName ?? 'button'}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={ariaLabel}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </button>
      <div ref={panelRef} id={panelId} className="menu-panel" hidden={!open}>
        {open ? <CloseContext.Provider value={close}>{children}</CloseContext.Provider> : null}
      </div>
    </div>
  );
}
