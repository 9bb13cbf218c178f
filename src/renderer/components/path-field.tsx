// A file path: typed, and on the desktop also chosen with the system file dialog ("Choose…") when the host
// says it has one (a browser cannot see local paths, so there the path is typed).
import type { MethodInput } from '../../api/contract';
import { useApp, useTexts } from '../state/app-context';

export type FileChoice = MethodInput<'host.chooseFile'>;

interface PathFieldProps {
  id: string;
  value: string;
  placeholder: string;
  required?: boolean;
  onChange: (path: string) => void;
  /** What the file dialog asks for, read when it opens. */
  choice: () => FileChoice;
  onError: (e: unknown) => void;
}

export function PathField({ id, value, placeholder, required, onChange, choice, onError }: PathFieldProps) {
  const app = useApp();
  const m = useTexts();
  const input = (
    <input
      id={id}
      type="text"
      spellcheck={false}
      required={required}
      placeholder={placeholder}
      value={value}
      onInput={(e) => onChange(e.currentTarget.value)}
    />
  );
  if (!app.project.fileDialog.value) return input;
  const choose = () =>
    app.client.call('host.chooseFile', choice()).then((r) => {
      if (r.path) onChange(r.path);
    }, onError);
  return (
    <span class="path-field">
      {input}
      <button type="button" class="choose" onClick={() => void choose()}>
        {m.chooseFile}
      </button>
    </span>
  );
}
