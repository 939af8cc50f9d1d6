import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';

const focusable =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
/** Where focus may start: never on a destructive button. */
const startable = (dialog: HTMLElement) =>
  Array.from(dialog.querySelectorAll<HTMLElement>(focusable)).find(
    (item) => !item.classList.contains('button-danger'),
  );

export interface ModalProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Where focus goes on open (e.g. the search box); else the first non-destructive control. */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
}

/**
 * A real modal <dialog> (ConfirmDialog builds on it):
 * showModal() makes the page inert, Tab wraps inside, Escape closes, focus returns after.
 */
export function Modal({ open, title, onClose, children, initialFocus, className }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog || dialog.open) return undefined;
    const previous = document.activeElement as HTMLElement | null;
    dialog.showModal();
    (initialFocus?.current ?? startable(dialog) ?? dialog)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus?.();
    };
  }, [open, initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(focusable));
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={['dialog', className ?? ''].join(' ').trim()}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Let the owner close it through `open`, so state and DOM never disagree.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
