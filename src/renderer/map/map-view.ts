// The map: OpenLayers view in Web Mercator over the offline basemap, scale in metres.
import Map from 'ol/Map';
import View from 'ol/View';
import { ScaleLine, defaults as defaultControls } from 'ol/control';
import { transformExtent } from 'ol/proj';
import type { Feature } from 'ol';
import type VectorLayer from 'ol/layer/Vector';
import type VectorSource from 'ol/source/Vector';
import type { Extent } from 'ol/extent';
import type { LayerName } from '../../domain/assets/layers';
import type { AssetLayers } from './asset-layers';

export interface MapView {
  map: Map;
  fitTo(extent4326: Extent): void;
}

export function createMapView(
  target: HTMLElement,
  basemap: VectorLayer<VectorSource>,
  labels: VectorLayer<VectorSource>,
  assets: AssetLayers,
): MapView {
  const map = new Map({
    target,
    layers: [basemap, assets.roads, assets.culverts, assets.bridges, labels],
    controls: defaultControls({ attribution: false }).extend([
      new ScaleLine({ units: 'metric', bar: true, steps: 4, minWidth: 120 }),
    ]),
    view: new View({ center: [0, 0], zoom: 2, maxZoom: 20 }),
  });
  return {
    map,
    fitTo(extent4326) {
      map.getView().fit(transformExtent(extent4326, 'EPSG:4326', 'EPSG:3857'), {
        padding: [40, 40, 40, 40],
        maxZoom: 17,
      });
    },
  };
}

export interface Hit {
  layer: LayerName;
  feature: Feature;
}

/** The topmost asset under a pixel: bridges over culverts over roads, with a finger-friendly tolerance. */
export function assetAtPixel(map: Map, pixel: number[]): Hit | null {
  let best: Hit | null = null;
  let bestZ = -1;
  map.forEachFeatureAtPixel(
    pixel,
    (feature, layer) => {
      const name = layer?.get('layerName') as LayerName | 'basemap' | undefined;
      if (!name || name === 'basemap') return;
      const z = layer.getZIndex() ?? 0;
      if (z > bestZ) {
        bestZ = z;
        best = { layer: name, feature: feature as Feature };
      }
    },
    { hitTolerance: 6 },
  );
  return best;
}
