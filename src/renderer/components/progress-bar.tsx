// How far a job is; with no total yet (or while saving) it shows that work goes on without a figure.
interface ProgressBarProps {
  label: string;
  done?: number;
  total?: number;
}

export function ProgressBar({ label, done, total }: ProgressBarProps) {
  const known = done !== undefined && total !== undefined && total > 0;
  return known ? (
    <progress class="progress" aria-label={label} max={total} value={Math.min(done, total)} />
  ) : (
    <progress class="progress" aria-label={label} />
  );
}
