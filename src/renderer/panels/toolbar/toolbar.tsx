// The top bar: app name, project and working CRS, import / export, undo / redo (what they would do in their
// tooltips) and the language.
import { useApp, useTexts } from '../../state/app-context';
import type { Lang } from '../../i18n/i18n';
import { Select } from '../../components/select';
import { historyTooltip } from './history-label';

const LANGUAGES = [
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'en', label: 'English' },
] as const satisfies ReadonlyArray<{ value: Lang; label: string }>;

export function Toolbar() {
  const app = useApp();
  const m = useTexts();
  const info = app.project.info.value;
  const history = app.history.state.value;
  const busy = app.history.busy.value;
  const undoTip = historyTooltip('undo', history?.undo, m);
  const redoTip = historyTooltip('redo', history?.redo, m);
  return (
    <header class="toolbar">
      <h1 id="app-title" title={m.appTitle}>
        RoadGIS
      </h1>
      <span id="project-name" class="project">
        {info ? `${info.name} · ${m.workingCrs}: ${info.workingCrs}` : ''}
      </span>
      <div class="spacer" />
      <button id="import" type="button" onClick={() => app.openDialog('import')}>
        {m.importData}
      </button>
      <button id="export" type="button" onClick={() => app.openDialog('export')}>
        {m.exportData}
      </button>
      <button
        id="undo"
        type="button"
        disabled={!history?.canUndo || busy}
        title={undoTip || undefined}
        onClick={() => void app.history.undo()}
      >
        <span aria-hidden="true">↶ </span>
        {m.undo}
      </button>
      <button
        id="redo"
        type="button"
        disabled={!history?.canRedo || busy}
        title={redoTip || undefined}
        onClick={() => void app.history.redo()}
      >
        <span aria-hidden="true">↷ </span>
        {m.redo}
      </button>
      <label class="lang">
        <span>{m.language}</span>
        <Select
          id="lang"
          value={app.language.lang.value}
          choices={LANGUAGES}
          onChange={app.language.setLang}
        />
      </label>
    </header>
  );
}
