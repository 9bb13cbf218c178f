// Renderer entry: wires the map, the identify panel, undo/redo and the language switch to the API client.
import 'ol/ol.css';
import 'ol-ext/dist/ol-ext.css';
import './styles/app.css';
import type { LayerName } from '../domain/assets/layers';
import { LAYER_NAMES } from '../domain/assets/layers';
import { ApiError } from '../api/errors';
import { createClient } from './api/client';
import type { Lang } from './i18n/i18n';
import { lang, onLangChange, setLang, t } from './i18n/i18n';
import { createAssetLayers, loadBasemap, loadLayer } from './map/asset-layers';
import { addLegend } from './map/legend';
import { assetAtPixel, createMapView, showPointerCoordinates } from './map/map-view';
import { IdentifyPanel } from './panels/identify-panel';
import { ImportDialog } from './panels/import-dialog';
import { ExportDialog } from './panels/export-dialog';
import type { FileChooser } from './panels/path-field';
import { PreviewLayer } from './map/preview-layer';
import { transformExtent } from 'ol/proj';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function start(): Promise<void> {
  const client = createClient();
  const status = $('status');
  const setStatus = (text: string, isError = false) => {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  };
  const reportError = (e: unknown) => {
    const code = e instanceof ApiError ? e.code : 'NETWORK';
    setStatus(`${t().errorPrefix}: ${t().errors[code]} — ${(e as Error).message}`, true);
  };

  const { basemap, labels, assets } = createAssetLayers();
  const view = createMapView($('map'), basemap, labels, assets);
  // For end-to-end tests and support sessions: a handle on the map, set before anything can report "ready".
  (window as unknown as { roadgisMap: unknown }).roadgisMap = view.map;
  const panel = new IdentifyPanel($('identify'), client);
  const refillLegend = addLegend(view.map);
  let workingCrs = 'EPSG:4326';
  let projectName = '';
  let loadedCount: number | null = null;
  showPointerCoordinates(view.map, $('coords'), () => workingCrs);

  const applyTexts = () => {
    document.title = t().appTitle;
    $('app-title').textContent = 'RoadGIS';
    $('app-title').title = t().appTitle;
    $('import').textContent = t().importData;
    $('export').textContent = t().exportData;
    $('undo').textContent = `↶ ${t().undo}`;
    $('redo').textContent = `↷ ${t().redo}`;
    $('lang-label').textContent = t().language;
    ($('lang') as HTMLSelectElement).value = lang();
    $('project-name').textContent = projectName ? `${projectName} · ${t().workingCrs}: ${workingCrs}` : '';
    if (loadedCount !== null && !status.classList.contains('error')) setStatus(t().loaded(loadedCount));
    refillLegend();
    panel.refresh();
  };
  applyTexts();
  onLangChange(applyTexts);
  $('lang').addEventListener('change', (e) => setLang((e.target as HTMLSelectElement).value as Lang));

  const refreshHistoryButtons = async () => {
    const h = await client.call('history.state', {});
    ($('undo') as HTMLButtonElement).disabled = !h.canUndo;
    ($('redo') as HTMLButtonElement).disabled = !h.canRedo;
    $('undo').title = h.undo?.text ?? '';
    $('redo').title = h.redo?.text ?? '';
  };
  const reload = async (layers: readonly LayerName[]) => {
    let total = 0;
    for (const l of layers) total += await loadLayer(client, l, assets[l]);
    return total;
  };
  for (const id of ['undo', 'redo'] as const) {
    $(id).addEventListener('click', () => {
      client
        .call(id === 'undo' ? 'history.undo' : 'history.redo', {})
        .then(() => reload(LAYER_NAMES))
        .then(refreshHistoryButtons)
        .catch(reportError);
    });
  }
  client.onEvent('project.changed', () => void refreshHistoryButtons());

  let crsList: Array<{ code: string; label: string }> = [];
  // The desktop's file dialog when the host has one (Electron); in a browser paths are typed.
  const chooser: FileChooser = (await client.call('host.capabilities', {})).fileDialog
    ? async (choice) => (await client.call('host.chooseFile', choice)).path
    : null;
  const preview = new PreviewLayer(view.map);
  const importDialog = new ImportDialog(
    client,
    preview,
    () => crsList,
    (layer, message) => {
      void reload([layer]).then(refreshHistoryButtons);
      setStatus(message);
    },
    chooser,
  );
  const exportDialog = new ExportDialog(
    client,
    () => crsList,
    () => workingCrs,
    () =>
      transformExtent(view.map.getView().calculateExtent(), 'EPSG:3857', 'EPSG:4326') as [
        number,
        number,
        number,
        number,
      ],
    (message) => setStatus(message),
    chooser,
  );
  $('import').addEventListener('click', () => importDialog.open());
  $('export').addEventListener('click', () => exportDialog.open());

  view.map.on('singleclick', async (e) => {
    const hit = assetAtPixel(view.map, e.pixel);
    if (!hit) return panel.renderEmpty(t().noFeatureHere);
    const uid = String(hit.feature.getId());
    try {
      const f = await client.call('features.get', { layer: hit.layer, uid });
      panel.show(hit.layer, uid, f.properties);
    } catch (err) {
      reportError(err);
    }
  });

  try {
    setStatus(t().loading);
    const info = await client.call('project.info', {});
    workingCrs = info.workingCrs;
    projectName = info.name;
    crsList = await client.call('crs.list', {});
    await loadBasemap(client, basemap, labels);
    const total = await reload(LAYER_NAMES);
    const extents = info.layers
      .map((l) => l.extent)
      .filter((e): e is [number, number, number, number] => e !== null);
    const basemapExtent = basemap.getSource()!.getExtent();
    if (extents.length) {
      view.fitTo([
        Math.min(...extents.map((e) => e[0])),
        Math.min(...extents.map((e) => e[1])),
        Math.max(...extents.map((e) => e[2])),
        Math.max(...extents.map((e) => e[3])),
      ]);
    } else if (basemapExtent && Number.isFinite(basemapExtent[0])) {
      view.map.getView().fit(basemapExtent, { padding: [40, 40, 40, 40] });
    }
    loadedCount = total;
    applyTexts();
    await refreshHistoryButtons();
    // Last: tests and people may act once this is set.
    document.body.dataset.ready = 'true';
  } catch (e) {
    reportError(e);
  }
}

void start();
