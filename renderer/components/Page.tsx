import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from '../app/router';

export interface PageProps {
  title: string;
  /** Small text above the title, e.g. the client name. */
  eyebrow?: string;
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every screen: one h1 and the screen's main actions. The title gets focus
 * when a page mounts so screen reader users hear where a navigation took them.
 */
export function Page({ title, eyebrow, actions, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only after a navigation, and only if focus would otherwise be lost on <body>.
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (hasNavigated() && lost) {
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [title]);
  useEffect(() => {
    document.title = `${title} · Privacy Desk`;
  }, [title]);

  return (
    <div className="page">
      <header className="page-header">
        <div className="page-heading">
          {eyebrow ? <p className="page-eyebrow">{eyebrow}</p> : null}
          <h1 className="page-title" ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      <div className="page-body">{children}</div>
    </div>
  );
}
