// Export: a layer (optionally only what is in view) to shapefile, GeoPackage, GeoJSON, KML, CSV or XLSX.
import type { RoadGisClient } from '../../api/contract';
import type { LayerName } from '../../domain/assets/layers';
import { LAYER_NAMES, LAYERS } from '../../domain/assets/layers';
import { lang, t } from '../i18n/i18n';
import { failureText, noticeText } from './api-messages';
import { el, options } from './dom';
import type { FileChooser } from './path-field';
import { pathField } from './path-field';

const FORMATS: Array<[string, string]> = [
  ['shp', 'Shapefile (.shp)'],
  ['gpkg', 'GeoPackage (.gpkg)'],
  ['geojson', 'GeoJSON (WGS 84)'],
  ['kml', 'KML (Google Earth)'],
  ['csv', 'CSV'],
  ['xlsx', 'Excel (.xlsx)'],
];

export class ExportDialog {
  private readonly dialog = el('dialog', { class: 'wizard', id: 'export-dialog' });
  /** The running export, followed by its progress events and cancelled by the close button. */
  private jobId: string | null = null;

  constructor(
    private readonly client: RoadGisClient,
    private readonly crsList: () => Array<{ code: string; label: string }>,
    private readonly workingCrs: () => string,
    private readonly viewBox: () => [number, number, number, number],
    private readonly onDone: (message: string) => void,
    private readonly chooser: FileChooser = null,
  ) {
    document.body.append(this.dialog);
    client.onEvent('job.progress', (p) => {
      if (p.jobId !== this.jobId) return;
      const status = this.dialog.querySelector('.status');
      if (status) status.textContent = t().progress(p.phase, p.done, p.total);
    });
  }

  open(): void {
    const m = t();
    const form = el(
      'form',
      { method: 'dialog' },
      el('h2', { text: m.exportData }),
      el(
        'label',
        {},
        m.targetLayer,
        el('select', { id: 'exp-layer' }, ...options(LAYER_NAMES.map((l) => [l, LAYERS[l][lang()]]))),
      ),
      el('label', {}, m.format, el('select', { id: 'exp-format' }, ...options(FORMATS))),
      el(
        'label',
        {},
        m.crs,
        el(
          'select',
          { id: 'exp-crs' },
          ...options(
            this.crsList().map((c) => [c.code, `${c.code} — ${c.label}`]),
            this.workingCrs(),
          ),
        ),
      ),
      el(
        'label',
        {},
        m.outputPath,
        pathField(
          el('input', { id: 'exp-path', type: 'text', required: true, placeholder: '/home/…/cau.shp' }),
          this.chooser,
          () => {
            const field = (id: string) => (this.dialog.querySelector(`#${id}`) as HTMLSelectElement).value;
            const format = field('exp-format');
            return {
              mode: 'save',
              title: m.chooseExportTitle,
              extensions: [format],
              defaultName: `${field('exp-layer')}.${format}`,
            };
          },
          (e) => this.showError(e),
        ),
      ),
      el('label', { class: 'check' }, el('input', { id: 'exp-view', type: 'checkbox' }), m.onlyView),
      el('label', { class: 'check' }, el('input', { id: 'exp-overwrite', type: 'checkbox' }), m.overwrite),
      el('p', { class: 'status' }),
      el(
        'div',
        { class: 'buttons' },
        el('button', { type: 'button', id: 'exp-run', text: m.doExport }),
        el('button', { type: 'button', id: 'exp-close', text: m.close }),
      ),
    );
    this.dialog.replaceChildren(form);
    const get = (id: string) => form.querySelector(`#${id}`) as HTMLInputElement & HTMLSelectElement;
    get('exp-format').addEventListener('change', () => {
      if (['geojson', 'kml'].includes(get('exp-format').value)) get('exp-crs').value = 'EPSG:4326';
    });
    get('exp-close').addEventListener('click', () => {
      // While an export runs, the button stops it (no file is left); otherwise it closes the dialog.
      if (this.jobId) void this.client.call('jobs.cancel', { jobId: this.jobId });
      else this.dialog.close();
    });
    get('exp-run').addEventListener('click', async () => {
      this.jobId = crypto.randomUUID();
      get('exp-run').disabled = true;
      try {
        const r = await this.client.call('interchange.export', {
          jobId: this.jobId,
          layer: get('exp-layer').value as LayerName,
          format: get('exp-format').value as 'shp',
          crs: get('exp-crs').value,
          path: get('exp-path').value.trim(),
          overwrite: get('exp-overwrite').checked,
          lang: lang(),
          ...(get('exp-view').checked ? { bbox: this.viewBox() } : {}),
        });
        this.dialog.close();
        const notes = r.notices.map((n, i) => ` ⚠ ${noticeText(n, r.warnings[i]!)}`).join('');
        this.onDone(t().exported(r.count, r.files.join(', ')) + notes);
      } catch (e) {
        this.showError(e);
      } finally {
        this.jobId = null;
        get('exp-run').disabled = false;
      }
    });
    this.dialog.showModal();
  }

  private showError(e: unknown): void {
    const status = this.dialog.querySelector('.status')!;
    status.textContent = failureText(e);
    status.className = 'status error';
  }
}
