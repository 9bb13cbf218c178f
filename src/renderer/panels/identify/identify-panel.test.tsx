import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/errors';
import { cleanup, renderWith, testApp } from '../../testing/render';
import { bridge, bridgeFeature } from '../../testing/sample';
import { IdentifyPanel } from './identify-panel';

afterEach(cleanup);

/** The attribute rows as a person reads them: label → value. */
function attributes(): Record<string, string> {
  const rows = [...document.querySelectorAll('#identify table.attributes tr')];
  return Object.fromEntries(
    rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('td')!.textContent]),
  );
}

describe('IdentifyPanel', () => {
  it('asks to click a feature, then says when a click met nothing', async () => {
    const { app } = testApp();
    await renderWith(app, <IdentifyPanel />);
    expect(screen.getByText('Bấm vào một đối tượng trên bản đồ để xem thuộc tính.')).toBeTruthy();
    await app.selection.identify(null);
    expect(await screen.findByText('Không có đối tượng tại vị trí này.')).toBeTruthy();
  });

  it('shows a bridge with labelled attributes, coded values by name, chainage as Km+m and units', async () => {
    const { app, fake } = testApp({ 'features.get': () => bridgeFeature() });
    await renderWith(app, <IdentifyPanel />);
    await app.selection.identify({ layer: 'bridges', uid: bridge.uid });

    expect(await screen.findByRole('heading', { name: 'Cầu: Cầu Kon Klor' })).toBeTruthy();
    const shown = attributes();
    expect(shown['Lý trình']).toBe('Km 55+771');
    expect(shown['Vượt']).toBe('Vượt sông, suối');
    expect(shown['Kết cấu nhịp']).toBe('Dầm bê tông cốt thép');
    expect(shown['Chiều dài cầu']).toBe('67 m');
    expect(shown['Số nhịp']).toBe('3 nhịp');
    expect(shown['Năm xây dựng']).toBe('2001');
    expect(shown['Ghi chú']).toBe('—');
    expect(fake.inputsOf('features.get')).toEqual([{ layer: 'bridges', uid: bridge.uid }]);
  });

  it('speaks English after a language switch, without asking the service again', async () => {
    const { app, fake } = testApp({ 'features.get': () => bridgeFeature() });
    await renderWith(app, <IdentifyPanel />);
    await app.selection.identify({ layer: 'bridges', uid: bridge.uid });
    await screen.findByRole('heading', { name: 'Cầu: Cầu Kon Klor' });

    app.language.setLang('en');

    expect(await screen.findByRole('heading', { name: 'Bridge: Cầu Kon Klor' })).toBeTruthy();
    const shown = attributes();
    expect(shown['Chainage']).toBe('Km 55+771');
    expect(shown['Crossing']).toBe('River / stream');
    expect(shown['Spans']).toBe('3 spans');
    expect(fake.inputsOf('features.get')).toHaveLength(1);
  });

  it('shows the restored values at once when an undo changes the shown feature', async () => {
    let load = 'H30-XB80';
    const { app, fake } = testApp({ 'features.get': () => bridgeFeature({ design_load: load }) });
    await renderWith(app, <IdentifyPanel />);
    const stop = app.connect();
    await app.selection.identify({ layer: 'bridges', uid: bridge.uid });
    await waitFor(() => expect(attributes()['Tải trọng thiết kế']).toBe('H30-XB80'));

    load = 'HL93';
    fake.emit('project.changed', { seq: 20, layers: ['roads'] });
    fake.emit('project.changed', { seq: 21, layers: ['bridges'] });

    await waitFor(() => expect(attributes()['Tải trọng thiết kế']).toBe('HL93'));
    // Only the change to its own layer fetched the bridge again.
    expect(fake.inputsOf('features.get')).toHaveLength(2);
    stop();
  });

  it('goes back to the hint when the shown feature is gone (an undone insert)', async () => {
    let exists = true;
    const { app, fake } = testApp({
      'features.get': () => {
        if (!exists) throw new ApiError('NOT_FOUND', `no feature ${bridge.uid}`);
        return bridgeFeature();
      },
    });
    await renderWith(app, <IdentifyPanel />);
    const stop = app.connect();
    await app.selection.identify({ layer: 'bridges', uid: bridge.uid });
    await screen.findByRole('heading', { name: 'Cầu: Cầu Kon Klor' });

    exists = false;
    fake.emit('project.changed', { seq: 22, layers: ['bridges'] });

    expect(await screen.findByText('Bấm vào một đối tượng trên bản đồ để xem thuộc tính.')).toBeTruthy();
    stop();
  });

  it('reads the change history when opened, with fields by their labels, and again after a change', async () => {
    const entries = [
      {
        seq: 3,
        txId: 't3',
        op: 'update' as const,
        kind: 'edit',
        action: { code: 'feature.update', params: { layer: 'bridges' }, text: 'Edit bridge' },
        author: 'Nguyễn Văn An',
        time: '2026-11-20T08:30:00Z',
        changes: [{ field: 'chainage_m', before: 55700, after: 55771 }],
        geometryChanged: false,
      },
      {
        seq: 1,
        txId: 't1',
        op: 'insert' as const,
        kind: 'edit',
        action: { code: 'feature.create', params: { layer: 'bridges' }, text: 'Add bridge' },
        author: 'sample',
        time: '2026-11-01T08:00:00Z',
        changes: [],
        geometryChanged: true,
      },
    ];
    const { app, fake } = testApp({
      'features.get': () => bridgeFeature(),
      'history.feature': () => entries,
    });
    await renderWith(app, <IdentifyPanel />);
    const stop = app.connect();
    await app.selection.identify({ layer: 'bridges', uid: bridge.uid });
    const summary = await screen.findByText('Lịch sử thay đổi');
    expect(fake.inputsOf('history.feature')).toEqual([]);

    const details = summary.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));

    const list = await waitFor(() => within(details).getAllByRole('listitem'));
    expect(list[0]!.textContent).toContain('Sửa bởi Nguyễn Văn An');
    expect(within(details).getByText('Lý trình: Km 55+700 → Km 55+771')).toBeTruthy();
    expect(details.textContent).toContain('Tạo mới bởi sample');
    expect(fake.inputsOf('history.feature')).toEqual([{ layer: 'bridges', uid: bridge.uid }]);

    fake.emit('project.changed', { seq: 23, layers: ['bridges'] });
    await waitFor(() => expect(fake.inputsOf('history.feature')).toHaveLength(2));
    stop();
  });
});
