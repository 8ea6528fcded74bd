"use client";
/** A fieldset of checkboxes bound to an array value (Action Lines, SDGs). */
import type { ReactNode } from "react";

export interface Choice<V> {
  value: V;
  label: ReactNode;
}

export function CheckboxGroup<V extends string | number>({
  name,
  legend,
  hint,
  choices,
  value,
  onChange,
  onBlur,
  errorId,
  error,
  invalid = false,
  compact = false,
}: {
  name: string;
  legend: string;
  hint?: string;
  choices: Choice<V>[];
  value: V[];
  onChange: (next: V[]) => void;
  onBlur?: () => void;
  errorId: string;
  /** The rendered error message (may render nothing). */
  error?: ReactNode;
  invalid?: boolean;
  compact?: boolean;
}) {
  const hintId = `${name}-hint`;
  return (
    <fieldset id={name} aria-describedby={[hint ? hintId : "", invalid ? errorId : ""].filter(Boolean).join(" ") || undefined} aria-invalid={invalid || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div className={`choices${compact ? " compact" : ""}`}>
        {choices.map((c) => {
          const id = `${name}-${c.value}`;
          const checked = value.includes(c.value);
          return (
            <label key={String(c.value)} htmlFor={id} className="choice">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={String(c.value)}
                checked={checked}
                onBlur={onBlur}
                onChange={() => onChange(checked ? value.filter((v) => v !== c.value) : [...value, c.value])}
              />
              <span>{c.label}</span>
            </label>
          );
        })}
      </div>
      {error}
    </fieldset>
  );
}
