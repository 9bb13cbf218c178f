// The whole window: toolbar, map with the identify panel beside it, status bar, and the open dialog.
import { useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ExportDialog } from './panels/export/export-dialog';
import { IdentifyPanel } from './panels/identify/identify-panel';
import { ImportDialog } from './panels/import/import-dialog';
import { MapPanel } from './panels/map/map-panel';
import { StatusBar } from './panels/statusbar/statusbar';
import { Toolbar } from './panels/toolbar/toolbar';
import { AppContext } from './state/app-context';
import type { AppState } from './state/app-state';

export function App({ state }: { state: AppState }) {
  useEffect(() => state.connect(), [state]);
  useEffect(() => void state.start(), [state]);
  useSignalEffect(() => {
    document.documentElement.lang = state.language.lang.value;
    document.title = state.language.texts.value.appTitle;
  });
  useSignalEffect(() => {
    // Last: tests and people may act once this is set.
    if (state.ready.value) document.body.dataset.ready = 'true';
  });
  const dialog = state.dialog.value;
  return (
    <AppContext.Provider value={state}>
      <Toolbar />
      <main>
        <MapPanel />
        <IdentifyPanel />
      </main>
      <StatusBar />
      {dialog === 'import' && <ImportDialog />}
      {dialog === 'export' && <ExportDialog />}
    </AppContext.Provider>
  );
}
