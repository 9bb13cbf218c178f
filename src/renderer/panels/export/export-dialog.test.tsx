import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../api/contract';
import { ApiError } from '../../../api/errors';
import { useApp } from '../../state/app-context';
import type { FakeHandlers } from '../../testing/fake-client';
import { cleanup, renderWith, testApp } from '../../testing/render';
import { ExportDialog } from './export-dialog';

afterEach(cleanup);

const written: MethodOutput<'interchange.export'> = {
  files: ['/du-lieu/cau.shp', '/du-lieu/cau.shx', '/du-lieu/cau.dbf'],
  count: 57,
  crs: 'EPSG:9216',
  warnings: ['12 values of field notes were cut'],
  notices: [{ code: 'dbf_text_cut', params: { count: 12, field: 'notes' } }],
};

function Host() {
  return useApp().dialog.value === 'export' ? <ExportDialog /> : null;
}

async function openExport(handlers: FakeHandlers = {}) {
  const t = testApp(handlers);
  await t.app.start();
  t.app.openDialog('export');
  await renderWith(t.app, <Host />);
  return { ...t, d: within(screen.getByRole('dialog', { name: 'Xuất dữ liệu' })) };
}

describe('ExportDialog', () => {
  it('exports in the working CRS by default, only what is in view when asked, and says what it wrote', async () => {
    const { app, fake, d } = await openExport({ 'interchange.export': () => written });
    app.map.viewed([107.9, 14.3, 108.1, 14.5]);
    expect((d.getByLabelText('Hệ tọa độ') as HTMLSelectElement).value).toBe('EPSG:9216');

    fireEvent.change(d.getByLabelText('Lớp đích'), { target: { value: 'bridges' } });
    fireEvent.input(d.getByLabelText('Lưu vào tệp (đường dẫn đầy đủ)'), {
      target: { value: ' /du-lieu/cau.shp ' },
    });
    fireEvent.click(d.getByLabelText('Chỉ các đối tượng trong khung nhìn'));
    fireEvent.click(d.getByRole('button', { name: 'Xuất' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.inputsOf('interchange.export')).toEqual([
      {
        jobId: '00000000-0000-4000-8000-000000000001',
        layer: 'bridges',
        format: 'shp',
        crs: 'EPSG:9216',
        path: '/du-lieu/cau.shp',
        overwrite: false,
        lang: 'vi',
        bbox: [107.9, 14.3, 108.1, 14.5],
      },
    ]);
    expect(app.status.line.value!.text(app.language.texts.value)).toBe(
      'Đã xuất 57 đối tượng: /du-lieu/cau.shp, /du-lieu/cau.shx, /du-lieu/cau.dbf ⚠ 12 giá trị của trường notes dài hơn giới hạn trường văn bản DBF (254 byte) nên đã bị cắt; GeoPackage giữ nguyên đầy đủ',
    );
  });

  it('GeoJSON and KML are WGS 84: choosing them sets the CRS', async () => {
    const { d } = await openExport();
    fireEvent.change(d.getByLabelText('Định dạng'), { target: { value: 'geojson' } });
    await waitFor(() => expect((d.getByLabelText('Hệ tọa độ') as HTMLSelectElement).value).toBe('EPSG:4326'));
  });

  it('says in Vietnamese why a file is refused, and stays open', async () => {
    const { d } = await openExport({
      'interchange.export': () => {
        throw new ApiError('CONFLICT', '/du-lieu/cau.shp exists', undefined, {
          code: 'file_exists',
          params: { path: '/du-lieu/cau.shp' },
        });
      },
    });
    fireEvent.input(d.getByLabelText('Lưu vào tệp (đường dẫn đầy đủ)'), {
      target: { value: '/du-lieu/cau.shp' },
    });
    fireEvent.click(d.getByRole('button', { name: 'Xuất' }));
    expect((await d.findByRole('alert')).textContent).toBe(
      '/du-lieu/cau.shp đã có (chọn "Ghi đè nếu đã có" để thay thế)',
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows progress; the close button stops a running export, and closes once none runs', async () => {
    let reject: (e: unknown) => void = () => {};
    const { app, fake, d } = await openExport({
      'interchange.export': () => new Promise((_, no) => (reject = no)),
      'jobs.cancel': (input) => {
        reject(new ApiError('IO', 'Export cancelled', undefined, { code: 'export_cancelled', params: {} }));
        return { cancelled: input.jobId.length > 0 };
      },
    });
    const stop = app.connect();
    fireEvent.input(d.getByLabelText('Lưu vào tệp (đường dẫn đầy đủ)'), {
      target: { value: '/du-lieu/duong.xlsx' },
    });
    fireEvent.click(d.getByRole('button', { name: 'Xuất' }));
    await waitFor(() => expect(fake.inputsOf('interchange.export')).toHaveLength(1));
    const jobId = fake.inputsOf('interchange.export')[0]!.jobId!;
    fake.emit('job.progress', { jobId, phase: 'export', done: 1000, total: 5000 });
    expect(await d.findByText('Đang xuất: 1000/5000 đối tượng')).toBeTruthy();
    expect((d.getByRole('button', { name: 'Xuất' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(d.getByRole('button', { name: 'Đóng' }));

    expect((await d.findByRole('alert')).textContent).toBe('Đã hủy xuất: không có tệp nào được ghi');
    expect(fake.inputsOf('jobs.cancel')).toEqual([{ jobId }]);
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.click(d.getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    stop();
  });
});
