import { useId } from 'react';

export interface CheckItem {
  id: number;
  name: string;
  /** A short marker after the name, e.g. "Art. 9". */
  mark?: string;
}

export interface CheckListProps {
  legend: string;
  hint?: string;
  items: readonly CheckItem[];
  value: readonly number[];
  onChange(ids: number[]): void;
  empty: string;
  error?: string;
}

/** A group of checkboxes over records of the client (catalogue entries, activities, ...). */
export function CheckList({ legend, hint, items, value, onChange, empty, error }: CheckListProps) {
  const errorId = useId();
  const toggle = (id: number) =>
    onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);
  return (
    <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
      <legend className="fieldset-legend">{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {items.length === 0 ? <p className="muted">{empty}</p> : null}
      <div className="checkbox-group">
        {items.map((item) => (
          <label key={item.id} className="check">
            <input
              type="checkbox"
              checked={value.includes(item.id)}
              onChange={() => toggle(item.id)}
            />
            {item.name}
            {item.mark ? <span className="tag tag-special">{item.mark}</span> : null}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
