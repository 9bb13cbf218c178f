// The import wizard's dialog: the file and how to read it, then the preview, then import (or cancel).
import { useMemo } from 'preact/hooks';
import { IMPORT_EXTENSIONS } from '../../../domain/assets/interchange-formats';
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
import type { ImportEncoding } from './import-wizard';
import { createImportWizard } from './import-wizard';
import { PreviewSection } from './preview-section';
import { ENCODING_LABELS, TEXT_ENCODINGS } from '../../../domain/assets/interchange-formats';

// The encodings a person may force (Windows-1252 is only ever detected, for Western files).
const ENCODINGS: ReadonlyArray<{ value: ImportEncoding; label: string }> = TEXT_ENCODINGS.filter(
  (e) => e !== 'windows-1252',
).map((value) => ({ value, label: ENCODING_LABELS[value] }));

export function ImportDialog() {
  const app = useApp();
  const m = useTexts();
  const wizard = useMemo(() => createImportWizard(app, () => app.openDialog(null)), [app]);
  const preview = wizard.preview.value;
  const progress = wizard.progress.value;
  const message = wizard.message.value;
  const running = progress !== undefined;
  return (
    <Dialog id="import-dialog" title={m.importData} onCancel={() => void wizard.cancel()}>
      <form onSubmit={(e) => e.preventDefault()}>
        <Field for="imp-path" label={m.filePath}>
          <PathField
            id="imp-path"
            required
            placeholder="/home/…/duong.shp"
            value={wizard.path.value}
            onChange={wizard.setPath}
            choice={() => ({ mode: 'open', title: m.chooseImportTitle, extensions: IMPORT_EXTENSIONS })}
            onError={wizard.fail}
          />
        </Field>
        <Field for="imp-layer" label={m.targetLayer}>
          <Select<LayerName>
            id="imp-layer"
            value={wizard.layer.value}
            choices={LAYER_NAMES.map((l) => ({ value: l, label: LAYERS[l][m.lang] }))}
            onChange={wizard.setLayer}
          />
        </Field>
        <Field for="imp-crs" label={m.crs}>
          <Select
            id="imp-crs"
            value={wizard.crs.value}
            choices={[
              { value: '', label: m.crsAuto },
              ...app.project.crsList.value.map((c) => ({ value: c.code, label: `${c.code} — ${c.label}` })),
            ]}
            onChange={wizard.setCrs}
          />
        </Field>
        <Field for="imp-encoding" label={m.encoding}>
          <Select<ImportEncoding | ''>
            id="imp-encoding"
            value={wizard.encoding.value}
            choices={[{ value: '', label: m.encodingAuto }, ...ENCODINGS]}
            onChange={wizard.setEncoding}
          />
        </Field>
        <div class="preview">
          {preview && (
            <PreviewSection
              preview={preview}
              layer={wizard.layer.value}
              mapping={wizard.mapping.value}
              onMap={wizard.setMapping}
            />
          )}
        </div>
        <Checkbox
          id="imp-skip"
          label={m.skipInvalid}
          checked={wizard.skipInvalid.value}
          onChange={wizard.setSkipInvalid}
        />
        <Field for="imp-report" label={m.reportPath}>
          <PathField
            id="imp-report"
            placeholder="/home/…/dong-loi.csv"
            value={wizard.reportPath.value}
            onChange={wizard.setReportPath}
            choice={() => ({
              mode: 'save',
              title: m.chooseReportTitle,
              extensions: ['csv'],
              defaultName: 'dong-loi.csv',
            })}
            onError={wizard.fail}
          />
        </Field>
        {running && (
          <ProgressBar
            label={m.doImport}
            done={progress?.done}
            total={progress?.phase === 'save' ? 0 : progress?.total}
          />
        )}
        <StatusText
          text={
            progress ? m.progress(progress.phase, progress.done, progress.total) : (message?.text(m) ?? '')
          }
          error={!progress && message?.error}
        />
        <div class="buttons">
          <button
            type="button"
            id="imp-preview"
            disabled={wizard.busy.value !== null}
            onClick={() => void wizard.runPreview()}
          >
            {m.preview}
          </button>
          <button
            type="button"
            id="imp-run"
            disabled={!wizard.canImport.value}
            onClick={() => void wizard.runImport()}
          >
            {m.doImport}
          </button>
          <button type="button" id="imp-cancel" onClick={() => void wizard.cancel()}>
            {m.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
