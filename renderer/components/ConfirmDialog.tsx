import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Disables the buttons while the confirmed action runs. */
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A confirmation in a real modal <dialog> (see Modal): Escape cancels, and the confirm
 * button has focus so Enter confirms what the text names.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, body, confirmLabel, danger, busy, onConfirm, onCancel } = props;
  const { t } = useTranslation('common');
  const confirmRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal open={open} title={title} initialFocus={confirmRef} onClose={() => !busy && onCancel()}>
      <div className="dialog-body">{body}</div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('actions.cancel')}
        </button>
        <button
          ref={confirmRef}
          type="button"
          className={danger ? 'button button-danger' : 'button button-primary'}
          onClick={onConfirm}
          disabled={busy}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
