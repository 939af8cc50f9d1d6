import { useId } from 'react';

export interface Question<K extends string> {
  key: K;
  label: string;
  /** Explanation and example, read with the checkbox. */
  details?: readonly string[];
}

export interface QuestionsProps<K extends string> {
  legend: string;
  intro?: string;
  questions: readonly Question<K>[];
  value: readonly K[];
  onChange(value: K[]): void;
}

/** A group of yes/no questions as checkboxes, each with its explanation under it. */
export function Questions<K extends string>({
  legend,
  intro,
  questions,
  value,
  onChange,
}: QuestionsProps<K>) {
  const base = useId();
  const toggle = (key: K) =>
    onChange(value.includes(key) ? value.filter((k) => k !== key) : [...value, key]);
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">{legend}</legend>
      {intro ? <p className="fieldset-intro">{intro}</p> : null}
      <div className="dpia-questions">
        {questions.map((q) => {
          const detailsId = `${base}-${q.key}`;
          return (
            <label key={q.key} className="check">
              <input
                type="checkbox"
                checked={value.includes(q.key)}
                onChange={() => toggle(q.key)}
                aria-describedby={q.details?.length ? detailsId : undefined}
              />
              <span>
                {q.label}
                {q.details?.length ? (
                  <span id={detailsId} className="dpia-question-text">
                    {q.details.join(' ')}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
