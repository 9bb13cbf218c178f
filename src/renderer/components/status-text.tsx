// A dialog's one line of news: progress, what was detected, or why something failed (then styled as an error
// and announced at once).
interface StatusTextProps {
  text: string;
  error?: boolean;
}

export function StatusText({ text, error = false }: StatusTextProps) {
  return (
    <p class={error ? 'status error' : 'status'} role={error ? 'alert' : 'status'}>
      {text}
    </p>
  );
}
