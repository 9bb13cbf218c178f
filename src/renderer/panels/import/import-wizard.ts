// The import wizard's state and steps: choose a file and layer → preview (CRS, encoding, text samples, field
// mapping, rejected rows, features dashed on the map) → import as one undoable change, with progress and
// cancel. Changing the file, layer, CRS or encoding drops the preview: it no longer describes the import.
import type { ReadonlySignal } from '@preact/signals';
import { batch, computed, signal } from '@preact/signals';
import type { MethodInput, MethodOutput } from '../../../api/contract';
import type { LayerName } from '../../../domain/assets/layers';
import { LAYERS } from '../../../domain/assets/layers';
import { failureText } from '../../i18n/api-messages';
import type { AppState } from '../../state/app-state';
import type { JobProgress } from '../../state/jobs';
import type { StatusLine } from '../../state/status';

export type Preview = MethodOutput<'interchange.preview'>;
export type ImportEncoding = NonNullable<MethodInput<'interchange.preview'>['encoding']>;
/** Source field → RoadGIS attribute, null for "not imported". */
export type Mapping = Record<string, string | null>;

export interface ImportWizard {
  path: ReadonlySignal<string>;
  layer: ReadonlySignal<LayerName>;
  /** '' = detect from the file. */
  crs: ReadonlySignal<string>;
  encoding: ReadonlySignal<ImportEncoding | ''>;
  preview: ReadonlySignal<Preview | null>;
  mapping: ReadonlySignal<Mapping>;
  skipInvalid: ReadonlySignal<boolean>;
  reportPath: ReadonlySignal<string>;
  busy: ReadonlySignal<'preview' | 'import' | null>;
  /** What the dialog's status line says when no progress is showing. */
  message: ReadonlySignal<StatusLine | null>;
  /** The running import's progress (null before its first report), undefined when none runs. */
  progress: ReadonlySignal<JobProgress | null | undefined>;
  canImport: ReadonlySignal<boolean>;
  setPath(path: string): void;
  setLayer(layer: LayerName): void;
  setCrs(crs: string): void;
  setEncoding(encoding: ImportEncoding | ''): void;
  setMapping(source: string, target: string | null): void;
  setSkipInvalid(skip: boolean): void;
  setReportPath(path: string): void;
  fail(e: unknown): void;
  runPreview(): Promise<void>;
  runImport(): Promise<void>;
  /** Stops a running import (nothing lands), drops the map preview and closes. */
  cancel(): Promise<void>;
}

export function createImportWizard(app: AppState, close: () => void): ImportWizard {
  const path = signal('');
  const layer = signal<LayerName>('roads');
  const crs = signal('');
  const encoding = signal<ImportEncoding | ''>('');
  const preview = signal<Preview | null>(null);
  const mapping = signal<Mapping>({});
  const skipInvalid = signal(false);
  const reportPath = signal('');
  const busy = signal<'preview' | 'import' | null>(null);
  const message = signal<StatusLine | null>(null);
  const jobId = signal<string | null>(null);
  let previewRequest = 0;
  let closed = false;

  const say = (text: StatusLine['text'], error = false) => (message.value = { text, error });
  const fail = (e: unknown) => say((m) => failureText(m, e), true);
  const dropPreview = () => {
    previewRequest++;
    batch(() => {
      preview.value = null;
      mapping.value = {};
    });
    app.map.showPreview(null);
  };
  const source = () => ({
    path: path.value.trim(),
    layer: layer.value,
    ...(crs.value ? { crs: crs.value } : {}),
    ...(encoding.value ? { encoding: encoding.value } : {}),
    // The person's mapping once a preview has shown one (a second preview then shows its effect).
    ...(preview.value ? { mapping: mapping.value } : {}),
  });

  return {
    path,
    layer,
    crs,
    encoding,
    preview,
    mapping,
    skipInvalid,
    reportPath,
    busy,
    message,
    progress: computed(() => (jobId.value ? app.jobs.running.value.get(jobId.value) : undefined)),
    canImport: computed(() => (preview.value?.valid ?? 0) > 0 && busy.value === null),
    setPath(next) {
      path.value = next;
      dropPreview();
    },
    setLayer(next) {
      layer.value = next;
      dropPreview();
    },
    setCrs(next) {
      crs.value = next;
      dropPreview();
    },
    setEncoding(next) {
      encoding.value = next;
      dropPreview();
    },
    setMapping(field, target) {
      mapping.value = { ...mapping.value, [field]: target };
    },
    setSkipInvalid: (skip) => (skipInvalid.value = skip),
    setReportPath: (next) => (reportPath.value = next),
    fail,
    async runPreview() {
      const input = source();
      const mine = ++previewRequest;
      batch(() => {
        preview.value = null;
        busy.value = 'preview';
        say((m) => m.loading);
      });
      try {
        const p = await app.client.call('interchange.preview', input);
        if (mine !== previewRequest) return;
        batch(() => {
          preview.value = p;
          mapping.value = Object.fromEntries(p.fields.map((f) => [f.name, p.mapping[f.name] ?? null]));
          say((m) => m.detected(p.crs, p.encoding, p.total, p.valid));
        });
        app.map.showPreview(p.sample.features);
      } catch (e) {
        if (mine === previewRequest) fail(e);
      } finally {
        busy.value = null;
      }
    },
    async runImport() {
      if (busy.value) return;
      const id = app.jobs.start();
      const target = layer.value;
      const report = reportPath.value.trim();
      batch(() => {
        jobId.value = id;
        busy.value = 'import';
      });
      try {
        const r = await app.client.call('interchange.import', {
          ...source(),
          skipInvalid: skipInvalid.value,
          jobId: id,
          ...(report ? { reportPath: report } : {}),
        });
        // The map redraws the layer when the project says it changed; here only the news.
        app.map.showPreview(null);
        app.status.show((m) => m.imported(r.imported, LAYERS[target][m.lang]));
        if (!closed) close();
        closed = true;
      } catch (e) {
        // Cancelled from a dialog that is gone: say so on the status line instead.
        if (closed) app.status.show((m) => failureText(m, e), true);
        else fail(e);
      } finally {
        app.jobs.finish(id);
        batch(() => {
          jobId.value = null;
          busy.value = null;
        });
      }
    },
    async cancel() {
      const running = jobId.value;
      closed = true;
      app.map.showPreview(null);
      close();
      if (running) await app.client.call('jobs.cancel', { jobId: running }).catch(app.status.fail);
    },
  };
}
