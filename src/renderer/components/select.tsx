// A drop-down of fixed choices, controlled by its value.
export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface SelectProps<T extends string> {
  value: T;
  choices: ReadonlyArray<Choice<T>>;
  onChange: (value: T) => void;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
  /** The source field a mapping row is for (the import wizard's mapping table). */
  'data-source'?: string;
}

export function Select<T extends string>({ value, choices, onChange, ...attributes }: SelectProps<T>) {
  return (
    <select {...attributes} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
