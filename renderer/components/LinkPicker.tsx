import { useState } from 'react';
import { FormField } from './FormField';

export interface LinkPickerProps {
  /** Label of the select, e.g. "Choose a processor". */
  label: string;
  /** Text of the button that adds the link. */
  linkLabel: string;
  options: readonly { id: number; name: string }[];
  /** Adds the link; call `done` once it is stored, which clears the choice. */
  onLink(id: number, done: () => void): void;
  className?: string;
}

/** Choose one more record to link (a processor, a deletion rule) and add it. */
export function LinkPicker({ label, linkLabel, options, onLink, className }: LinkPickerProps) {
  const [choice, setChoice] = useState('');
  if (options.length === 0) return null;
  return (
    <div className={className}>
      <FormField label={label}>
        <select className="input" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">–</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </FormField>
      <button
        type="button"
        className="button"
        disabled={!choice}
        onClick={() => onLink(Number(choice), () => setChoice(''))}
      >
        {linkLabel}
      </button>
    </div>
  );
}
