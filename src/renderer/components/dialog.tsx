// A modal dialog: shown while mounted (the panel renders it only when open), with its title as its name.
// Escape asks onCancel instead of closing by itself, so a panel can first stop a running job.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface DialogProps {
  id: string;
  title: string;
  onCancel: () => void;
  children: ComponentChildren;
}

export function Dialog({ id, title, onCancel, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      id={id}
      class="wizard"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}
