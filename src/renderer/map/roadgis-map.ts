// The whole OpenLayers side behind one small interface: basemap, asset layers, import preview, and what the
// person does on the map (pointer, click, pan/zoom). The MapPanel component wires it to the app state.
import type Map from 'ol/Map';
import type { EventsKey } from 'ol/events';
import { unByKey } from 'ol/Observable';
import { toLonLat, transformExtent } from 'ol/proj';
import type { Feature, RoadGisClient } from '../../api/contract';
import type { LayerName } from '../../domain/assets/layers';
import { createAssetLayers, loadBasemap, readLayer, replaceFeatures } from './asset-layers';
import type { MapLegend } from './legend';
import { addLegend } from './legend';
import { assetAtPixel, createMapView } from './map-view';
import { PreviewLayer } from './preview-layer';

type Bbox = [number, number, number, number];

export interface RoadGisMap {
  readonly map: Map;
  loadBasemap(): Promise<void>;
  /** Reads a layer again and draws it; null when a later reload of the same layer overtook this one. */
  reloadLayer(layer: LayerName): Promise<number | null>;
  /** Fits the view to the union of the layers' extents (EPSG:4326), else to the basemap. */
  fitProject(extents: ReadonlyArray<Bbox | null>): void;
  showPreview(features: readonly Feature[] | null): void;
  onPointer(listener: (lonLat: [number, number]) => void): () => void;
  onClick(listener: (hit: { layer: LayerName; uid: string } | null) => void): () => void;
  onView(listener: (box: Bbox) => void): () => void;
  /** The ol-ext legend control, filled by the caller in its language. */
  addLegend(): MapLegend;
  dispose(): void;
}

export type RoadGisMapFactory = (target: HTMLElement, client: RoadGisClient) => RoadGisMap;

export function createRoadGisMap(target: HTMLElement, client: RoadGisClient): RoadGisMap {
  const { basemap, labels, assets } = createAssetLayers();
  const view = createMapView(target, basemap, labels, assets);
  const { map } = view;
  const preview = new PreviewLayer(map);
  const requests: Partial<Record<LayerName, number>> = {};
  const listen = (key: EventsKey) => () => unByKey(key);

  return {
    map,
    loadBasemap: () => loadBasemap(client, basemap, labels),
    async reloadLayer(layer) {
      const mine = (requests[layer] ?? 0) + 1;
      requests[layer] = mine;
      const features = await readLayer(client, layer);
      if (requests[layer] !== mine) return null;
      replaceFeatures(assets[layer], features);
      return features.length;
    },
    fitProject(extents) {
      const boxes = extents.filter((e): e is Bbox => e !== null);
      const basemapExtent = basemap.getSource()!.getExtent();
      if (boxes.length) {
        view.fitTo([
          Math.min(...boxes.map((e) => e[0])),
          Math.min(...boxes.map((e) => e[1])),
          Math.max(...boxes.map((e) => e[2])),
          Math.max(...boxes.map((e) => e[3])),
        ]);
      } else if (basemapExtent && Number.isFinite(basemapExtent[0])) {
        map.getView().fit(basemapExtent, { padding: [40, 40, 40, 40] });
      }
    },
    showPreview(features) {
      if (features?.length) preview.show(features);
      else preview.clear();
    },
    onPointer: (listener) =>
      listen(map.on('pointermove', (e) => listener(toLonLat(e.coordinate) as [number, number]))),
    onClick: (listener) =>
      listen(
        map.on('singleclick', (e) => {
          const hit = assetAtPixel(map, e.pixel);
          listener(hit ? { layer: hit.layer, uid: String(hit.feature.getId()) } : null);
        }),
      ),
    onView: (listener) =>
      listen(
        map.on('moveend', () =>
          listener(transformExtent(map.getView().calculateExtent(), 'EPSG:3857', 'EPSG:4326') as Bbox),
        ),
      ),
    addLegend: () => addLegend(map),
    dispose() {
      map.setTarget(undefined);
      map.dispose();
    },
  };
}
