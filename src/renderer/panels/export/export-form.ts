// The export dialog's state and steps: a layer (optionally only what is in view) to a file in a format and
// CRS, with progress; the close button stops a running export (no file is left) before it closes.
import type { ReadonlySignal } from '@preact/signals';
import { batch, computed, signal } from '@preact/signals';
import type { MethodInput } from '../../../api/contract';
import type { LayerName } from '../../../domain/assets/layers';
import { failureText, noticeText } from '../../i18n/api-messages';
import type { AppState } from '../../state/app-state';
import type { JobProgress } from '../../state/jobs';
import type { StatusLine } from '../../state/status';

export type ExportFormat = MethodInput<'interchange.export'>['format'];

/** Formats that are WGS 84 by definition (RFC 7946, KML). */
const WGS84_ONLY: readonly ExportFormat[] = ['geojson', 'kml'];

export interface ExportForm {
  layer: ReadonlySignal<LayerName>;
  format: ReadonlySignal<ExportFormat>;
  crs: ReadonlySignal<string>;
  path: ReadonlySignal<string>;
  onlyInView: ReadonlySignal<boolean>;
  overwrite: ReadonlySignal<boolean>;
  running: ReadonlySignal<boolean>;
  progress: ReadonlySignal<JobProgress | null | undefined>;
  message: ReadonlySignal<StatusLine | null>;
  setLayer(layer: LayerName): void;
  setFormat(format: ExportFormat): void;
  setCrs(crs: string): void;
  setPath(path: string): void;
  setOnlyInView(only: boolean): void;
  setOverwrite(overwrite: boolean): void;
  fail(e: unknown): void;
  run(): Promise<void>;
  /** Stops a running export; closes when none runs. */
  close(): Promise<void>;
}

export function createExportForm(app: AppState, closeDialog: () => void): ExportForm {
  const layer = signal<LayerName>('roads');
  const format = signal<ExportFormat>('shp');
  const crs = signal(app.project.info.peek()?.workingCrs ?? 'EPSG:4326');
  const path = signal('');
  const onlyInView = signal(false);
  const overwrite = signal(false);
  const jobId = signal<string | null>(null);
  const message = signal<StatusLine | null>(null);
  const fail = (e: unknown) => (message.value = { text: (m) => failureText(m, e), error: true });

  return {
    layer,
    format,
    crs,
    path,
    onlyInView,
    overwrite,
    running: computed(() => jobId.value !== null),
    progress: computed(() => (jobId.value ? app.jobs.running.value.get(jobId.value) : undefined)),
    message,
    setLayer: (next) => (layer.value = next),
    setFormat(next) {
      batch(() => {
        format.value = next;
        if (WGS84_ONLY.includes(next)) crs.value = 'EPSG:4326';
      });
    },
    setCrs: (next) => (crs.value = next),
    setPath: (next) => (path.value = next),
    setOnlyInView: (only) => (onlyInView.value = only),
    setOverwrite: (next) => (overwrite.value = next),
    fail,
    async run() {
      if (jobId.value) return;
      const id = app.jobs.start();
      const box = onlyInView.value ? app.map.viewBox.value : null;
      batch(() => {
        jobId.value = id;
        message.value = null;
      });
      try {
        const r = await app.client.call('interchange.export', {
          jobId: id,
          layer: layer.value,
          format: format.value,
          crs: crs.value,
          path: path.value.trim(),
          overwrite: overwrite.value,
          lang: app.language.lang.value,
          ...(box ? { bbox: box } : {}),
        });
        app.status.show(
          (m) =>
            m.exported(r.count, r.files.join(', ')) +
            r.notices.map((n, i) => ` ⚠ ${noticeText(m, n, r.warnings[i] ?? n.code)}`).join(''),
        );
        closeDialog();
      } catch (e) {
        fail(e);
      } finally {
        app.jobs.finish(id);
        jobId.value = null;
      }
    },
    async close() {
      const running = jobId.value;
      if (running) await app.client.call('jobs.cancel', { jobId: running }).catch(fail);
      else closeDialog();
    },
  };
}
