// Identify: the attributes of the clicked feature, labelled and formatted for people (coded values by name,
// chainage as Km+m, units), then its change history. Follows the selection, which follows project.changed.
import { LAYERS } from '../../../domain/assets/layers';
import { useApp, useTexts } from '../../state/app-context';
import { formatValue } from './format-value';
import { HistoryList } from './history-list';

export function IdentifyPanel() {
  const app = useApp();
  const m = useTexts();
  const selection = app.selection.current.value;
  if (selection.kind !== 'feature') {
    return (
      <aside id="identify" class="panel" aria-live="polite">
        <p class="hint">{selection.kind === 'nothing-here' ? m.noFeatureHere : m.identifyHint}</p>
      </aside>
    );
  }
  const { layer, uid, properties, version } = selection;
  const def = LAYERS[layer];
  const name = properties.name ?? properties.code ?? properties.road_code ?? '';
  return (
    <aside id="identify" class="panel" aria-live="polite">
      <h2>{`${def.item[m.lang]}: ${String(name)}`}</h2>
      <table class="attributes" data-layer={layer}>
        <tbody>
          {def.fields
            .filter((f) => f.name !== 'road_code_raw')
            .map((f) => (
              <tr key={f.name}>
                <th scope="row">{f[m.lang]}</th>
                <td>{formatValue(f, properties[f.name], m.lang)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <HistoryList key={`${layer}:${uid}`} layer={layer} uid={uid} version={version} />
    </aside>
  );
}
