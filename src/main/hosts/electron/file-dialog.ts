// The desktop file dialog behind HostPorts.chooseFile: open or save, filtered by extension, attached to the
// window the person is working in. Only the path they picked goes back to the page.
import type { BrowserWindow, Dialog } from 'electron';
import path from 'node:path';
import type { FileChoice } from '../../services/host-ports';

export function fileDialog(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  parent: () => BrowserWindow | null,
  documentsDir: string,
): (choice: FileChoice) => Promise<string | null> {
  return async (choice) => {
    const filters = choice.extensions.length
      ? [{ name: choice.extensions.map((e) => `.${e}`).join(', '), extensions: choice.extensions }]
      : [];
    const win = parent();
    if (choice.mode === 'open') {
      const options = { title: choice.title, filters, properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    }
    const options = {
      title: choice.title,
      filters,
      defaultPath: path.join(documentsDir, choice.defaultName ?? ''),
    };
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath;
  };
}
