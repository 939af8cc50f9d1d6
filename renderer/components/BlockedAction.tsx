import { useId } from 'react';

export interface BlockedActionProps {
  label: string;
  /** Why the action cannot succeed now, and what to do first. */
  reason: string;
  className?: string;
}

/**
 * In place of a button whose action the API would refuse (e.g. deleting a processor that
 * activities still use): it does nothing, stays focusable so a screen reader reads the
 * reason, and shows the reason as its tooltip.
 */
export function BlockedAction({ label, reason, className = 'button' }: BlockedActionProps) {
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={`${className} is-blocked`}
        aria-disabled="true"
        aria-describedby={id}
        title={reason}
      >
        {label}
      </button>
      <span id={id} className="visually-hidden">
        {reason}
      </span>
    </>
  );
}
