// What the preview found: notices on how the file was read, the field mapping with text samples (to check
// the Vietnamese reads right), and the rows that would be rejected, with why.
import type { LayerName } from '../../../domain/assets/layers';
import { LAYERS } from '../../../domain/assets/layers';
import { DataTable } from '../../components/data-table';
import { Select } from '../../components/select';
import { noticeText, reasonText } from '../../i18n/api-messages';
import { useTexts } from '../../state/app-context';
import type { Mapping, Preview } from './import-wizard';

/** The wizard lists this many rejected rows; the CSV report has them all. */
const REJECTED_SHOWN = 100;

interface PreviewSectionProps {
  preview: Preview;
  layer: LayerName;
  mapping: Mapping;
  onMap: (source: string, target: string | null) => void;
}

export function PreviewSection({ preview, layer, mapping, onMap }: PreviewSectionProps) {
  const m = useTexts();
  const targets = [
    { value: '', label: m.notImported },
    ...LAYERS[layer].fields.filter((f) => !f.computed).map((f) => ({ value: f.name, label: f[m.lang] })),
  ];
  return (
    <>
      {preview.notices.map((n, i) => (
        <p key={i} class="warning">
          {`⚠ ${noticeText(m, n, preview.warnings[i] ?? n.code)}`}
        </p>
      ))}
      <h3>{m.mapping}</h3>
      <DataTable
        class="mapping"
        rows={preview.fields}
        rowKey={(f) => f.name}
        columns={[
          { heading: m.sourceField, cell: (f) => f.name },
          {
            heading: m.textPreview,
            class: 'samples',
            cell: (f) => f.samples.slice(0, 3).map(String).join(' · '),
          },
          {
            heading: m.targetField,
            cell: (f) => (
              <Select
                data-source={f.name}
                aria-label={`${m.targetField}: ${f.name}`}
                value={mapping[f.name] ?? ''}
                choices={targets}
                onChange={(v) => onMap(f.name, v || null)}
              />
            ),
          },
        ]}
      />
      {preview.rejected.length > 0 && (
        <details class="rejected" open>
          <summary>{m.rejectedRows(preview.rejected.length)}</summary>
          <DataTable
            rows={preview.rejected.slice(0, REJECTED_SHOWN)}
            rowKey={(_, i) => i}
            columns={[
              { heading: m.row, cell: (r) => String(r.row) },
              { heading: m.field, cell: (r) => r.field },
              { heading: m.reason, cell: (r) => reasonText(m, r) },
            ]}
          />
        </details>
      )}
    </>
  );
}
