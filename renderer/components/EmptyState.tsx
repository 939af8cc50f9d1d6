import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  body?: string;
  action?: ReactNode;
}

/** A calm "nothing here yet" with the one next step, instead of an empty table. */
export function EmptyState({ title, body, action }: EmptyStateProps) {
  return (
    <section className="empty-state">
      <h2 className="empty-state-title">{title}</h2>
      {body ? <p className="empty-state-body">{body}</p> : null}
      {action ? <div className="empty-state-action">{action}</div> : null}
    </section>
  );
}
