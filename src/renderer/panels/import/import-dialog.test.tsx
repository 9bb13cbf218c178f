import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../../api/contract';
import { ApiError } from '../../../api/errors';
import { useApp } from '../../state/app-context';
import { cleanup, renderWith, testApp } from '../../testing/render';
import type { FakeHandlers } from '../../testing/fake-client';
import { ImportDialog } from './import-dialog';

afterEach(cleanup);

const file = '/du-lieu/cong-moi.geojson';

const preview: MethodOutput<'interchange.preview'> = {
  file: 'cong-moi.geojson',
  sourceLayer: 'cong-moi',
  crs: 'EPSG:4326',
  encoding: 'tcvn3',
  warnings: ['text is typed in the TCVN3 (ABC, .VnTime) font encoding and was converted to Unicode'],
  notices: [{ code: 'legacy_font_text', params: { encoding: 'TCVN3 (ABC, .VnTime)' } }],
  fields: [
    { name: 'ma_cong', type: 'string', samples: ['C-KT-901', 'C-KT-902', 'C-KT-903', 'C-KT-904'] },
    { name: 'loai', type: 'string', samples: ['Cống tròn', 'Cống hộp'] },
    { name: 'ghi_chu', type: 'string', samples: ['Đắk Bla'] },
  ],
  mapping: { ma_cong: 'code', loai: 'culvert_type', ghi_chu: null },
  total: 3,
  valid: 2,
  rejected: [
    {
      file: 'cong-moi.geojson',
      row: 3,
      field: '(geometry)',
      reason: 'position 98.50000, 14.40000 is outside Vietnam',
      code: 'outside_vietnam',
      params: { lon: '98.50000', lat: '14.40000' },
    },
  ],
  sample: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'preview-1',
        geometry: { type: 'Point', coordinates: [107.95, 14.45] },
        properties: {},
      },
      {
        type: 'Feature',
        id: 'preview-2',
        geometry: { type: 'Point', coordinates: [107.97, 14.47] },
        properties: {},
      },
    ],
  },
};

const imported = (n: number): MethodOutput<'interchange.import'> => ({
  imported: n,
  rejected: [],
  warnings: [],
  notices: [],
  crs: 'EPSG:4326',
  mapping: {},
});

/** Mounts the wizard the way <App> does: while the import dialog is the open one. */
function Host() {
  return useApp().dialog.value === 'import' ? <ImportDialog /> : null;
}

async function openWizard(handlers: FakeHandlers = {}) {
  const t = testApp({ 'interchange.preview': () => preview, ...handlers });
  await t.app.start();
  t.app.openDialog('import');
  await renderWith(t.app, <Host />);
  return { ...t, dialog: () => within(screen.getByRole('dialog', { name: 'Nhập dữ liệu' })) };
}

async function previewFile(dialog: ReturnType<typeof within>, layer = 'culverts') {
  fireEvent.input(dialog.getByLabelText('Đường dẫn tệp (trên máy này)'), { target: { value: file } });
  fireEvent.change(dialog.getByLabelText('Lớp đích'), { target: { value: layer } });
  fireEvent.click(dialog.getByRole('button', { name: 'Xem trước' }));
  await dialog.findByText('Hệ tọa độ EPSG:4326 · bảng mã tcvn3 · 3 dòng, 2 hợp lệ');
}

describe('ImportDialog', () => {
  it('previews a file: detected CRS and encoding, text samples, suggested mapping, rejected rows, features on the map', async () => {
    const { app, fake, dialog } = await openWizard();
    const d = dialog();
    expect((d.getByRole('button', { name: 'Nhập' }) as HTMLButtonElement).disabled).toBe(true);

    await previewFile(d);

    expect(fake.inputsOf('interchange.preview')).toEqual([{ path: file, layer: 'culverts' }]);
    expect(
      d.getByText(/Văn bản được gõ bằng phông TCVN3 \(ABC, \.VnTime\) và đã được chuyển sang Unicode/u),
    ).toBeTruthy();
    expect(d.getByText('C-KT-901 · C-KT-902 · C-KT-903')).toBeTruthy();
    expect(d.getByText('Đắk Bla')).toBeTruthy();
    const target = (field: string) => d.getByLabelText(`Thuộc tính RoadGIS: ${field}`) as HTMLSelectElement;
    expect(target('ma_cong').value).toBe('code');
    expect(target('loai').value).toBe('culvert_type');
    expect(target('ghi_chu').value).toBe('');
    expect(target('ghi_chu').selectedOptions[0]!.textContent).toBe('(không nhập)');
    expect(d.getByText('1 dòng không nhập được')).toBeTruthy();
    expect(
      d.getByText(
        'vị trí 98.50000, 14.40000 (kinh độ, vĩ độ) nằm ngoài Việt Nam: sai hệ tọa độ, hay nhầm X với Y?',
      ),
    ).toBeTruthy();
    expect(app.map.preview.value).toEqual(preview.sample.features);
    expect((d.getByRole('button', { name: 'Nhập' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('sends the mapping the person chose, with skip-invalid and the report path; then closes and says what landed', async () => {
    const { app, fake, dialog } = await openWizard({ 'interchange.import': () => imported(2) });
    const d = dialog();
    await previewFile(d);

    fireEvent.change(d.getByLabelText('Thuộc tính RoadGIS: ghi_chu'), { target: { value: 'managing_unit' } });
    fireEvent.change(d.getByLabelText('Thuộc tính RoadGIS: loai'), { target: { value: '' } });
    fireEvent.click(d.getByLabelText('Bỏ qua các dòng lỗi'));
    fireEvent.input(d.getByLabelText('Lưu báo cáo dòng lỗi vào (tuỳ chọn)'), {
      target: { value: '/du-lieu/dong-loi.csv' },
    });
    fireEvent.click(d.getByRole('button', { name: 'Nhập' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.inputsOf('interchange.import')).toEqual([
      {
        path: file,
        layer: 'culverts',
        mapping: { ma_cong: 'code', loai: null, ghi_chu: 'managing_unit' },
        skipInvalid: true,
        jobId: '00000000-0000-4000-8000-000000000001',
        reportPath: '/du-lieu/dong-loi.csv',
      },
    ]);
    expect(app.status.line.value?.text(app.language.texts.value)).toBe('Đã nhập 2 đối tượng vào lớp Cống');
    expect(app.map.preview.value).toBeNull();
    // The layer is redrawn when the project says it changed, not by the wizard.
    expect(fake.calls.filter((c) => c.method === 'features.list')).toEqual([]);
  });

  it('a second preview after changing the mapping shows its effect', async () => {
    const { fake, dialog } = await openWizard();
    const d = dialog();
    await previewFile(d);
    fireEvent.change(d.getByLabelText('Thuộc tính RoadGIS: ghi_chu'), { target: { value: 'managing_unit' } });
    fireEvent.click(d.getByRole('button', { name: 'Xem trước' }));
    await waitFor(() => expect(fake.inputsOf('interchange.preview')).toHaveLength(2));
    expect(fake.inputsOf('interchange.preview')[1]!.mapping).toEqual({
      ma_cong: 'code',
      loai: 'culvert_type',
      ghi_chu: 'managing_unit',
    });
  });

  it('says in Vietnamese why nothing landed, and keeps the wizard open', async () => {
    const { dialog } = await openWizard({
      'interchange.import': () => {
        throw new ApiError('INVALID_INPUT', '1 row of cong-moi.geojson cannot be imported', undefined, {
          code: 'rows_rejected',
          params: { count: 1, file: 'cong-moi.geojson' },
        });
      },
    });
    const d = dialog();
    await previewFile(d);
    fireEvent.click(d.getByRole('button', { name: 'Nhập' }));
    const alert = await d.findByRole('alert');
    expect(alert.textContent).toBe(
      '1 dòng của cong-moi.geojson không nhập được; chưa nhập dòng nào. Hãy sửa các dòng này, hoặc chỉ nhập các dòng hợp lệ.',
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('names the file when it cannot be read', async () => {
    const { dialog } = await openWizard({
      'interchange.preview': () => {
        throw new ApiError('IO', 'cau-tcvn.csv: file not found', undefined, {
          code: 'not_found',
          params: { file: 'cau-tcvn.csv', path: '/du-lieu/cau-tcvn.csv' },
        });
      },
    });
    const d = dialog();
    fireEvent.input(d.getByLabelText('Đường dẫn tệp (trên máy này)'), {
      target: { value: '/du-lieu/cau-tcvn.csv' },
    });
    fireEvent.click(d.getByRole('button', { name: 'Xem trước' }));
    expect((await d.findByRole('alert')).textContent).toBe(
      'cau-tcvn.csv: không tìm thấy tệp tại /du-lieu/cau-tcvn.csv',
    );
  });

  it('shows the running import’s progress, and Cancel stops that job, closes and drops the map preview', async () => {
    let reject: (e: unknown) => void = () => {};
    const { app, fake, dialog } = await openWizard({
      'interchange.import': () => new Promise((_, no) => (reject = no)),
      'jobs.cancel': () => ({ cancelled: true }),
    });
    const stop = app.connect();
    const d = dialog();
    await previewFile(d);
    fireEvent.click(d.getByRole('button', { name: 'Nhập' }));
    await waitFor(() => expect(fake.inputsOf('interchange.import')).toHaveLength(1));
    const jobId = fake.inputsOf('interchange.import')[0]!.jobId!;

    fake.emit('job.progress', { jobId: 'another-window-job', phase: 'import', done: 1, total: 9 });
    fake.emit('job.progress', { jobId, phase: 'import', done: 20, total: 50 });
    expect(await d.findByText('Đang nhập: 20/50 dòng')).toBeTruthy();
    const bar = d.getByRole('progressbar', { name: 'Nhập' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([20, 50]);
    expect((d.getByRole('button', { name: 'Nhập' }) as HTMLButtonElement).disabled).toBe(true);
    fake.emit('job.progress', { jobId, phase: 'save', done: 50, total: 50 });
    expect(await d.findByText('Đang lưu tệp dự án…')).toBeTruthy();

    fireEvent.click(d.getByRole('button', { name: 'Huỷ' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.inputsOf('jobs.cancel')).toEqual([{ jobId }]);
    expect(app.map.preview.value).toBeNull();

    // The service then says the import stopped: the news goes to the status line.
    reject(new ApiError('IO', 'Import cancelled', undefined, { code: 'cancelled', params: {} }));
    await waitFor(() => expect(app.status.line.value?.error).toBe(true));
    expect(app.status.line.value!.text(app.language.texts.value)).toBe(
      'Đã hủy nhập: không có dữ liệu nào được nhập',
    );
    expect(app.jobs.running.value.size).toBe(0);
    stop();
  });

  it('drops the preview when the target layer changes (it no longer describes the import)', async () => {
    const { app, dialog } = await openWizard();
    const d = dialog();
    await previewFile(d);
    fireEvent.change(d.getByLabelText('Lớp đích'), { target: { value: 'bridges' } });
    await waitFor(() => expect(d.queryByText('Ghép trường')).toBeNull());
    expect((d.getByRole('button', { name: 'Nhập' }) as HTMLButtonElement).disabled).toBe(true);
    expect(app.map.preview.value).toBeNull();
  });

  it('Escape cancels like the Cancel button', async () => {
    const { app, dialog } = await openWizard();
    await previewFile(dialog());
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.map.preview.value).toBeNull();
  });

  it('on the desktop, "Chọn tệp…" opens the system file dialog and puts the chosen path in the field', async () => {
    const { fake, dialog } = await openWizard({
      'host.capabilities': () => ({ fileDialog: true }),
      'host.chooseFile': () => ({ path: '/du-lieu/duong.shp' }),
    });
    const d = dialog();
    fireEvent.click(d.getAllByRole('button', { name: 'Chọn tệp…' })[0]!);
    await waitFor(() =>
      expect((d.getByLabelText('Đường dẫn tệp (trên máy này)') as HTMLInputElement).value).toBe(
        '/du-lieu/duong.shp',
      ),
    );
    const asked = fake.inputsOf('host.chooseFile')[0] as MethodInput<'host.chooseFile'>;
    expect(asked.mode).toBe('open');
    expect(asked.extensions).toContain('shp');
  });

  it('in a browser the path is typed: no file dialog button', async () => {
    const { dialog } = await openWizard();
    expect(dialog().queryByRole('button', { name: 'Chọn tệp…' })).toBeNull();
  });
});
