import { fireEvent, screen } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderWith, testApp } from '../testing/render';
import { Dialog } from './dialog';

afterEach(cleanup);

describe('Dialog', () => {
  it('is a modal named by its title while mounted; Escape asks the panel instead of closing by itself', async () => {
    const onCancel = vi.fn();
    const { app } = testApp();
    await renderWith(
      app,
      <Dialog id="x-dialog" title="Nhập dữ liệu" onCancel={onCancel}>
        <p>nội dung</p>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Nhập dữ liệu' }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);

    const escape = new Event('cancel', { cancelable: true });
    fireEvent(dialog, escape);

    expect(onCancel).toHaveBeenCalledOnce();
    expect(escape.defaultPrevented).toBe(true);
    expect(dialog.open).toBe(true);
  });
});
