// A labelled form control: the label names the control (for people, screen readers and tests alike).
import type { ComponentChildren } from 'preact';

interface FieldProps {
  /** The id of the control inside. */
  for: string;
  label: string;
  children: ComponentChildren;
}

export function Field({ for: id, label, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}
