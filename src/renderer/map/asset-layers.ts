// The three asset layers plus the offline basemap, loaded through the API as GeoJSON (EPSG:4326).
import GeoJSON from 'ol/format/GeoJSON';
import type Feature from 'ol/Feature';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import type { RoadGisClient } from '../../api/contract';
import type { LayerName } from '../../domain/assets/layers';
import type { StyleLike } from 'ol/style/Style';
import type { FlatStyleLike } from 'ol/style/flat';
import { basemapStyle, bridgeStyle, culvertStyle, roadFeatureStyle } from './styles';

const format = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

export type AssetLayers = Record<LayerName, VectorLayer<VectorSource>>;

export function createAssetLayers(): {
  basemap: VectorLayer<VectorSource>;
  labels: VectorLayer<VectorSource>;
  assets: AssetLayers;
} {
  const make = (name: string, style: StyleLike | FlatStyleLike, zIndex: number) =>
    new VectorLayer({ source: new VectorSource(), style, zIndex, properties: { layerName: name } });
  return {
    basemap: make('basemap', basemapStyle, 0),
    // Town names sit above the assets and give way to each other (declutter) so they stay legible.
    labels: new VectorLayer({
      source: new VectorSource(),
      style: basemapStyle,
      zIndex: 40,
      declutter: true,
      properties: { layerName: 'basemap' },
    }),
    assets: {
      roads: make('roads', roadFeatureStyle, 10),
      culverts: make('culverts', culvertStyle(), 20),
      bridges: make('bridges', bridgeStyle(), 30),
    },
  };
}

/** A layer's features, read through the API and ready to draw. */
export async function readLayer(client: RoadGisClient, layer: LayerName): Promise<Feature[]> {
  return format.readFeatures(await client.call('features.list', { layer }));
}

export function replaceFeatures(target: VectorLayer<VectorSource>, features: Feature[]): void {
  const source = target.getSource()!;
  source.clear();
  source.addFeatures(features);
}

export async function loadBasemap(
  client: RoadGisClient,
  areas: VectorLayer<VectorSource>,
  labels: VectorLayer<VectorSource>,
): Promise<void> {
  const features = format.readFeatures(await client.call('project.basemap', {}));
  const isPoint = (f: (typeof features)[number]) => f.getGeometry()?.getType() === 'Point';
  areas.getSource()!.addFeatures(features.filter((f) => !isPoint(f)));
  labels.getSource()!.addFeatures(features.filter(isPoint));
}
