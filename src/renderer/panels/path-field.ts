// A file path input with, on the desktop, a "Choose…" button that opens the native file dialog (the browser
// build cannot see local paths, so there the path is typed).
import type { MethodInput } from '../../api/contract';
import { t } from '../i18n/i18n';
import { el } from './dom';

export type FileChoice = MethodInput<'host.chooseFile'>;
/** Opens the desktop's dialog; null when the host has none. */
export type FileChooser = ((choice: FileChoice) => Promise<string | null>) | null;

export function pathField(
  input: HTMLInputElement,
  chooser: FileChooser,
  choice: () => FileChoice,
  onError: (e: unknown) => void,
): HTMLElement {
  if (!chooser) return input;
  const button = el('button', { type: 'button', class: 'choose', text: t().chooseFile });
  button.addEventListener('click', () => {
    chooser(choice()).then((path) => {
      if (path) {
        input.value = path;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, onError);
  });
  return el('span', { class: 'path-field' }, input, button);
}
