// The app's state in one place, built around the client it talks through (no module-level singletons):
// each slice is a plain object of signals and actions; connect() follows the service's events.
import type { ReadonlySignal } from '@preact/signals';
import { computed, effect, signal } from '@preact/signals';
import type { RoadGisClient } from '../../api/contract';
import type { Lang } from '../i18n/i18n';
import type { HistoryState } from './history';
import { createHistory } from './history';
import type { JobsState } from './jobs';
import { createJobs } from './jobs';
import type { LanguageState } from './language';
import { createLanguage } from './language';
import type { LayersState } from './layers';
import { createLayers, totalCount } from './layers';
import type { MapState } from './map-state';
import { createMapState } from './map-state';
import type { ProjectState } from './project';
import { createProject } from './project';
import type { SelectionState } from './selection';
import { createSelection } from './selection';
import type { StatusState } from './status';
import { createStatus } from './status';

export type DialogName = 'import' | 'export';

export interface AppState {
  client: RoadGisClient;
  language: LanguageState;
  status: StatusState;
  project: ProjectState;
  layers: LayersState;
  history: HistoryState;
  selection: SelectionState;
  jobs: JobsState;
  map: MapState;
  /** The open dialog, if any. */
  dialog: ReadonlySignal<DialogName | null>;
  openDialog(name: DialogName | null): void;
  /** Everything is loaded and drawn: people (and tests) may act. */
  ready: ReadonlySignal<boolean>;
  /** Loads the project, its CRSs and the undo state; failures go to the status line. */
  start(): Promise<void>;
  /** Follows project.changed and job.progress; returns what stops following. */
  connect(): () => void;
}

export interface AppOptions {
  lang: Lang;
  rememberLang?: (lang: Lang) => void;
  newJobId?: () => string;
}

export function createAppState(client: RoadGisClient, options: AppOptions): AppState {
  const language = createLanguage(options.lang, options.rememberLang);
  const status = createStatus();
  const project = createProject(client);
  const layers = createLayers();
  const history = createHistory(client, status);
  const selection = createSelection(client, status);
  const jobs = createJobs(options.newJobId);
  const map = createMapState();
  const dialog = signal<DialogName | null>(null);
  const ready = computed(
    () =>
      project.info.value !== null &&
      history.state.value !== null &&
      layers.allLoaded.value &&
      map.drawn.value,
  );

  return {
    client,
    language,
    status,
    project,
    layers,
    history,
    selection,
    jobs,
    map,
    dialog,
    openDialog: (name) => (dialog.value = name),
    ready,
    async start() {
      status.show((m) => m.loading);
      try {
        await Promise.all([project.load(), history.refresh()]);
      } catch (e) {
        status.fail(e);
      }
    },
    connect() {
      const stops = [
        client.onEvent('project.changed', (e) => {
          layers.changed(e.layers);
          void history.refresh();
          void selection.changed(e.layers);
        }),
        client.onEvent('job.progress', (e) => jobs.progressed(e)),
        // Once every layer is drawn the first time, say how many features there are (unless an error
        // is already showing).
        effect(() => {
          if (!layers.allLoaded.value) return;
          const total = totalCount(layers.counts.peek());
          if (!status.line.peek()?.error) status.show((m) => m.loaded(total));
          return undefined;
        }),
      ];
      return () => stops.forEach((stop) => stop());
    },
  };
}
