import { fireEvent, screen, waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderWith, testApp } from '../../testing/render';
import { Toolbar } from './toolbar';

afterEach(cleanup);

const importAction = {
  code: 'import',
  params: { count: 5000, layer: 'roads', file: 'duong-thon.shp' },
  text: 'Import 5000 roads from duong-thon.shp',
};
const undoTitle = 'Hoàn tác: Nhập 5000 đường từ duong-thon.shp';
const redoTitle = 'Làm lại: Nhập 5000 đường từ duong-thon.shp';

describe('Toolbar', () => {
  it('names the project and its working CRS once the project is loaded', async () => {
    const { app } = testApp();
    await renderWith(app, <Toolbar />);
    expect(document.querySelector('#project-name')!.textContent).toBe('');
    await app.start();
    expect(await screen.findByText('Tỉnh Kon Tum (mẫu) · Hệ tọa độ làm việc: EPSG:9216')).toBeTruthy();
  });

  it('re-labels every button when the language is switched, and remembers the choice', async () => {
    const rememberLang = vi.fn();
    const { app } = testApp({}, { rememberLang });
    await renderWith(app, <Toolbar />);
    await app.start();
    expect(screen.getByRole('button', { name: 'Nhập dữ liệu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hoàn tác' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Ngôn ngữ'), { target: { value: 'en' } });

    expect(await screen.findByRole('button', { name: 'Import data' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export data' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeTruthy();
    expect(await screen.findByText('Tỉnh Kon Tum (mẫu) · Working CRS: EPSG:9216')).toBeTruthy();
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('en');
    expect(rememberLang).toHaveBeenCalledWith('en');
  });

  it('says in its tooltip what undo would take back, and undoes through the API without reloading layers', async () => {
    let canUndo = true;
    const { app, fake } = testApp({
      'history.state': () => ({
        canUndo,
        canRedo: !canUndo,
        undo: canUndo ? importAction : null,
        redo: canUndo ? null : importAction,
      }),
      'history.undo': () => {
        canUndo = false;
        return { canUndo: false, canRedo: true, undo: null, redo: importAction };
      },
    });
    await renderWith(app, <Toolbar />);
    await app.start();
    const undo = await screen.findByRole('button', { name: 'Hoàn tác' });
    const redo = screen.getByRole('button', { name: 'Làm lại' }) as HTMLButtonElement;
    await waitFor(() => expect(undo.getAttribute('title')).toBe(undoTitle));
    expect(redo.disabled).toBe(true);

    fireEvent.click(undo);

    await waitFor(() => expect(redo.disabled).toBe(false));
    expect(redo.getAttribute('title')).toBe(redoTitle);
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    expect(undo.title).toBe('');
    expect(fake.inputsOf('history.undo')).toHaveLength(1);
    // The map follows the project.changed event the undo causes; the button itself reloads nothing.
    expect(fake.calls.filter((c) => c.method === 'features.list')).toEqual([]);
  });

  it('refreshes undo and redo when the project changes elsewhere (an import, another window)', async () => {
    let canUndo = false;
    const { app, fake } = testApp({
      'history.state': () => ({
        canUndo,
        canRedo: false,
        undo: canUndo ? importAction : null,
        redo: null,
      }),
    });
    await renderWith(app, <Toolbar />);
    const stop = app.connect();
    await app.start();
    const undo = (await screen.findByRole('button', { name: 'Hoàn tác' })) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);

    canUndo = true;
    fake.emit('project.changed', { seq: 13, layers: ['roads'] });

    await waitFor(() => expect(undo.disabled).toBe(false));
    expect(undo.title).toBe(undoTitle);
    stop();
  });

  it('opens the import and export dialogs', async () => {
    const { app } = testApp();
    await renderWith(app, <Toolbar />);
    fireEvent.click(screen.getByRole('button', { name: 'Nhập dữ liệu' }));
    expect(app.dialog.value).toBe('import');
    fireEvent.click(screen.getByRole('button', { name: 'Xuất dữ liệu' }));
    expect(app.dialog.value).toBe('export');
  });
});
