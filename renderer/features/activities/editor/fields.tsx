import type { ReactNode } from 'react';
import { useFormContext, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActivityInput } from '../../../../core/api';
import { FormField, useFieldError } from '../../../components';

/** The activity's plain text fields (everything a text input or textarea edits). */
export type TextFieldName =
  | 'number'
  | 'name'
  | 'purposes'
  | 'nationalNorm'
  | 'jointControllers'
  | 'retention'
  | 'toms'
  | 'tomsReference'
  | 'department'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'
  | 'itSystems'
  | 'dataSource'
  | 'dpiaReason'
  | 'nextReview';

/** Stable ids, so the completeness panel can move focus to the field that needs work. */
export const fieldId = (name: string) => `activity-${name}`;

export interface TextFieldProps {
  name: TextFieldName;
  /** Multi-line when given. */
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'date';
  hint?: string;
  /** Shown instead of the hint and marked as a warning: the value is odd but allowed. */
  warning?: string | null;
  required?: boolean;
  className?: string;
}

export function TextField({
  name,
  rows,
  type = 'text',
  hint,
  warning,
  required,
  className,
}: TextFieldProps) {
  const { t } = useTranslation('activities');
  const fieldError = useFieldError();
  const { register, formState } = useFormContext<ActivityInput>();
  const error = formState.errors[name] as FieldError | undefined;
  return (
    <FormField
      label={t(`fields.${name}`)}
      hint={warning ?? hint}
      error={fieldError(error)}
      required={required}
      className={[className, warning ? 'field-warning' : ''].filter(Boolean).join(' ')}
    >
      {rows ? (
        <textarea id={fieldId(name)} className="input" rows={rows} {...register(name)} />
      ) : (
        <input
          id={fieldId(name)}
          className="input"
          type={type}
          autoComplete="off"
          {...register(name)}
        />
      )}
    </FormField>
  );
}

export interface SectionProps {
  id: string;
  title: string;
  /** The Art. 30(1) letter this section fills, shown as a small legal reference. */
  reference?: string;
  intro?: string;
  children: ReactNode;
}

/** One card of the editor; a labelled region so the completeness panel can jump to it. */
export function Section({ id, title, reference, intro, children }: SectionProps) {
  return (
    <section
      id={id}
      className="card activity-section"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <h2 id={`${id}-title`} className="card-title">
        {title}
        {reference ? <span className="section-reference">{reference}</span> : null}
      </h2>
      {intro ? <p className="fieldset-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
