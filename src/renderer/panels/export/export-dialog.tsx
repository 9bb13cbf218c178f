// The export dialog: layer, format, CRS (the working CRS unless the format is WGS 84 only), file, only in
// view, overwrite; progress while it writes.
import { useMemo } from 'preact/hooks';
import type { LayerName } from '../../../domain/assets/layers';
import { LAYER_NAMES, LAYERS } from '../../../domain/assets/layers';
import { Checkbox } from '../../components/checkbox';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { PathField } from '../../components/path-field';
import { ProgressBar } from '../../components/progress-bar';
import { Select } from '../../components/select';
import { StatusText } from '../../components/status-text';
import { useApp, useTexts } from '../../state/app-context';
import type { ExportFormat } from './export-form';
import { createExportForm } from './export-form';

const FORMATS: ReadonlyArray<{ value: ExportFormat; label: string }> = [
  { value: 'shp', label: 'Shapefile (.shp)' },
  { value: 'gpkg', label: 'GeoPackage (.gpkg)' },
  { value: 'geojson', label: 'GeoJSON (WGS 84)' },
  { value: 'kml', label: 'KML (Google Earth)' },
  { value: 'csv', label: 'CSV' },
  { value: 'xlsx', label: 'Excel (.xlsx)' },
];

export function ExportDialog() {
  const app = useApp();
  const m = useTexts();
  const form = useMemo(() => createExportForm(app, () => app.openDialog(null)), [app]);
  const progress = form.progress.value;
  const message = form.message.value;
  return (
    <Dialog id="export-dialog" title={m.exportData} onCancel={() => void form.close()}>
      <form onSubmit={(e) => e.preventDefault()}>
        <Field for="exp-layer" label={m.targetLayer}>
          <Select<LayerName>
            id="exp-layer"
            value={form.layer.value}
            choices={LAYER_NAMES.map((l) => ({ value: l, label: LAYERS[l][m.lang] }))}
            onChange={form.setLayer}
          />
        </Field>
        <Field for="exp-format" label={m.format}>
          <Select id="exp-format" value={form.format.value} choices={FORMATS} onChange={form.setFormat} />
        </Field>
        <Field for="exp-crs" label={m.crs}>
          <Select
            id="exp-crs"
            value={form.crs.value}
            choices={app.project.crsList.value.map((c) => ({
              value: c.code,
              label: `${c.code} — ${c.label}`,
            }))}
            onChange={form.setCrs}
          />
        </Field>
        <Field for="exp-path" label={m.outputPath}>
          <PathField
            id="exp-path"
            required
            placeholder="/home/…/cau.shp"
            value={form.path.value}
            onChange={form.setPath}
            choice={() => ({
              mode: 'save',
              title: m.chooseExportTitle,
              extensions: [form.format.value],
              defaultName: `${form.layer.value}.${form.format.value}`,
            })}
            onError={form.fail}
          />
        </Field>
        <Checkbox
          id="exp-view"
          label={m.onlyView}
          checked={form.onlyInView.value}
          onChange={form.setOnlyInView}
        />
        <Checkbox
          id="exp-overwrite"
          label={m.overwrite}
          checked={form.overwrite.value}
          onChange={form.setOverwrite}
        />
        {form.running.value && (
          <ProgressBar label={m.doExport} done={progress?.done} total={progress?.total} />
        )}
        <StatusText
          text={
            progress ? m.progress(progress.phase, progress.done, progress.total) : (message?.text(m) ?? '')
          }
          error={!progress && message?.error}
        />
        <div class="buttons">
          <button type="button" id="exp-run" disabled={form.running.value} onClick={() => void form.run()}>
            {m.doExport}
          </button>
          <button type="button" id="exp-close" onClick={() => void form.close()}>
            {m.close}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
