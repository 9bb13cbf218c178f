// The import wizard: choose a file and layer → preview (CRS, encoding, Vietnamese text, field mapping,
// rejected rows, features dashed on the map) → import as one undoable change, with progress and cancel.
import type { MethodInput, MethodOutput, RoadGisClient } from '../../api/contract';
import { IMPORT_EXTENSIONS } from '../../domain/assets/interchange-formats';
import type { LayerName } from '../../domain/assets/layers';
import { LAYER_NAMES, LAYERS } from '../../domain/assets/layers';
import { lang, t } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import type { PreviewLayer } from '../map/preview-layer';
import { failureText, noticeText } from './api-messages';
import { el, options, table } from './dom';
import type { FileChooser } from './path-field';
import { pathField } from './path-field';

type Preview = MethodOutput<'interchange.preview'>;

type ImportEncoding = NonNullable<MethodInput<'interchange.preview'>['encoding']>;

export class ImportDialog {
  private readonly dialog = el('dialog', { class: 'wizard', id: 'import-dialog' });
  private preview: Preview | null = null;
  private jobId: string | null = null;

  constructor(
    private readonly client: RoadGisClient,
    private readonly previewLayer: PreviewLayer,
    private readonly crsList: () => Array<{ code: string; label: string }>,
    private readonly onImported: (layer: LayerName, message: string) => void,
    private readonly chooser: FileChooser = null,
  ) {
    document.body.append(this.dialog);
    client.onEvent('job.progress', (p) => {
      if (p.jobId === this.jobId) this.setStatus(t().progress(p.phase, p.done, p.total));
    });
  }

  open(): void {
    this.preview = null;
    this.render();
    this.dialog.showModal();
  }

  private value(id: string): string {
    return (this.dialog.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement).value;
  }

  private setStatus(text: string, error = false): void {
    const s = this.dialog.querySelector('.status')!;
    s.textContent = text;
    s.className = `status${error ? ' error' : ''}`;
  }

  private input(): {
    path: string;
    layer: LayerName;
    crs?: string;
    encoding?: ImportEncoding;
    mapping?: Record<string, string | null>;
  } {
    const crs = this.value('imp-crs');
    const encoding = this.value('imp-encoding');
    const mapping: Record<string, string | null> = {};
    this.dialog
      .querySelectorAll<HTMLSelectElement>('select[data-source]')
      .forEach((s) => (mapping[s.dataset.source!] = s.value || null));
    return {
      path: this.value('imp-path').trim(),
      layer: this.value('imp-layer') as LayerName,
      ...(crs ? { crs } : {}),
      ...(encoding ? { encoding: encoding as ImportEncoding } : {}),
      ...(this.preview ? { mapping } : {}),
    };
  }

  private render(): void {
    const m = t();
    const layer = (this.dialog.querySelector('#imp-layer') as HTMLSelectElement | null)?.value ?? 'roads';
    const form = el(
      'form',
      { method: 'dialog' },
      el('h2', { text: m.importData }),
      el(
        'label',
        {},
        m.filePath,
        pathField(
          el('input', {
            id: 'imp-path',
            type: 'text',
            required: true,
            placeholder: '/home/…/duong.shp',
            value: (this.dialog.querySelector('#imp-path') as HTMLInputElement | null)?.value ?? '',
          }),
          this.chooser,
          () => ({ mode: 'open', title: m.chooseImportTitle, extensions: IMPORT_EXTENSIONS }),
          (e) => this.setStatus(failureText(e), true),
        ),
      ),
      el(
        'label',
        {},
        m.targetLayer,
        el(
          'select',
          { id: 'imp-layer' },
          ...options(
            LAYER_NAMES.map((l) => [l, LAYERS[l][lang()]]),
            layer,
          ),
        ),
      ),
      el(
        'label',
        {},
        m.crs,
        el(
          'select',
          { id: 'imp-crs' },
          ...options([
            ['', m.crsAuto],
            ...this.crsList().map((c): [string, string] => [c.code, `${c.code} — ${c.label}`]),
          ]),
        ),
      ),
      el(
        'label',
        {},
        m.encoding,
        el(
          'select',
          { id: 'imp-encoding' },
          ...options([
            ['', m.encodingAuto],
            ['utf-8', 'UTF-8'],
            ['windows-1258', 'Windows-1258 (CP1258)'],
            ['tcvn3', 'TCVN3 (ABC, .VnTime)'],
            ['vni', 'VNI (VNI-Windows)'],
          ]),
        ),
      ),
      el('div', { class: 'preview' }),
      el('label', { class: 'check' }, el('input', { id: 'imp-skip', type: 'checkbox' }), m.skipInvalid),
      el(
        'label',
        {},
        m.reportPath,
        pathField(
          el('input', { id: 'imp-report', type: 'text', placeholder: '/home/…/dong-loi.csv' }),
          this.chooser,
          () => ({
            mode: 'save',
            title: m.chooseReportTitle,
            extensions: ['csv'],
            defaultName: 'dong-loi.csv',
          }),
          (e) => this.setStatus(failureText(e), true),
        ),
      ),
      el('p', { class: 'status' }),
      el(
        'div',
        { class: 'buttons' },
        el('button', { type: 'button', id: 'imp-preview', text: m.preview }),
        el('button', { type: 'button', id: 'imp-run', text: m.doImport, disabled: true }),
        el('button', { type: 'button', id: 'imp-cancel', text: m.cancel }),
      ),
    );
    this.dialog.replaceChildren(form);
    form.querySelector('#imp-preview')!.addEventListener('click', () => void this.runPreview());
    form.querySelector('#imp-run')!.addEventListener('click', () => void this.runImport());
    form.querySelector('#imp-cancel')!.addEventListener('click', () => void this.cancel());
  }

  private async runPreview(): Promise<void> {
    this.preview = null;
    try {
      this.setStatus(t().loading);
      const p = await this.client.call('interchange.preview', this.input());
      this.preview = p;
      this.showPreview(p);
      this.previewLayer.show(p.sample.features);
      (this.dialog.querySelector('#imp-run') as HTMLButtonElement).disabled = p.valid === 0;
      this.setStatus(t().detected(p.crs, p.encoding, p.total, p.valid));
    } catch (e) {
      this.setStatus(failureText(e), true);
    }
  }

  private showPreview(p: Preview): void {
    const m = t();
    const layer = this.value('imp-layer') as LayerName;
    const attrs: Array<[string, string]> = [
      ['', m.notImported],
      ...LAYERS[layer].fields.filter((f) => !f.computed).map((f): [string, string] => [f.name, f[lang()]]),
    ];
    const mappingRows = p.fields.map((f) =>
      el(
        'tr',
        {},
        el('td', { text: f.name }),
        el('td', { class: 'samples', text: f.samples.slice(0, 3).map(String).join(' · ') }),
        el('td', {}, el('select', { 'data-source': f.name }, ...options(attrs, p.mapping[f.name] ?? ''))),
      ),
    );
    const box = this.dialog.querySelector('.preview')!;
    const parts: Array<Node | null> = [
      ...p.notices.map((n, i) =>
        el('p', {
          class: 'warning',
          text: `⚠ ${noticeText(n, p.warnings[i]!)}`,
        }),
      ),
      el('h3', { text: m.mapping }),
      el(
        'table',
        { class: 'grid mapping' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { text: m.sourceField }),
            el('th', { text: m.textPreview }),
            el('th', { text: m.targetField }),
          ),
        ),
        el('tbody', {}, ...mappingRows),
      ),
      p.rejected.length
        ? el(
            'details',
            { class: 'rejected', open: true },
            el('summary', { text: m.rejectedRows(p.rejected.length) }),
            table(
              [m.row, m.field, m.reason],
              p.rejected
                .slice(0, 100)
                .map((r) => [
                  String(r.row),
                  r.field,
                  t().reasons[r.code as keyof Messages['reasons']]?.(r.params) ?? r.reason,
                ]),
            ),
          )
        : null,
    ];
    box.replaceChildren(...parts.filter((n) => n !== null));
  }

  private async runImport(): Promise<void> {
    this.jobId = crypto.randomUUID();
    const report = this.value('imp-report').trim();
    try {
      const r = await this.client.call('interchange.import', {
        ...this.input(),
        skipInvalid: (this.dialog.querySelector('#imp-skip') as HTMLInputElement).checked,
        jobId: this.jobId,
        ...(report ? { reportPath: report } : {}),
      });
      const layer = this.value('imp-layer') as LayerName;
      this.previewLayer.clear();
      this.dialog.close();
      this.onImported(layer, t().imported(r.imported, LAYERS[layer][lang()]));
    } catch (e) {
      this.setStatus(failureText(e), true);
    } finally {
      this.jobId = null;
    }
  }

  private async cancel(): Promise<void> {
    if (this.jobId) await this.client.call('jobs.cancel', { jobId: this.jobId });
    this.previewLayer.clear();
    this.dialog.close();
  }
}
