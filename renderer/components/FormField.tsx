import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

export interface FormFieldProps {
  label: string;
  /** Already translated (see useFieldError). */
  error?: string;
  hint?: string;
  children: ReactNode;
  /** The control's id; generated and passed to a single child control when left out. */
  htmlFor?: string;
  /** Marks the label as required (visual only; the schema decides). */
  required?: boolean;
  className?: string;
}

type ControlProps = {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
};

/**
 * Label, control, hint and error in one place. The single child control receives id,
 * aria-invalid and aria-describedby, so screen readers read the error with the field.
 */
export function FormField({
  label,
  error,
  hint,
  children,
  htmlFor,
  required,
  className,
}: FormFieldProps) {
  const generated = useId();
  const child = isValidElement(children) ? (children as ReactElement<ControlProps>) : null;
  const id = htmlFor ?? child?.props.id ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy =
    [child?.props['aria-describedby'], hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control = child
    ? cloneElement(child, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        ...(required ? { 'aria-required': true } : {}),
      })
    : children;

  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <label className="field-label" htmlFor={id}>
        {label}
        {required ? (
          <span className="field-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {control}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
