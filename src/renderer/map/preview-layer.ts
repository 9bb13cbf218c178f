// Features of a file being imported, drawn dashed over the map before anything lands in the project.
import GeoJSON from 'ol/format/GeoJSON';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Circle, Fill, Stroke, Style } from 'ol/style';
import type Map from 'ol/Map';
import type { Feature } from '../../api/contract';

const style = new Style({
  stroke: new Stroke({ color: '#6a00f4', width: 3, lineDash: [6, 4] }),
  image: new Circle({
    radius: 6,
    fill: new Fill({ color: 'rgba(106,0,244,0.35)' }),
    stroke: new Stroke({ color: '#6a00f4', width: 2 }),
  }),
});

export class PreviewLayer {
  private readonly layer = new VectorLayer({
    source: new VectorSource(),
    style,
    zIndex: 50,
    properties: { layerName: 'preview' },
  });
  private readonly format = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

  constructor(private readonly map: Map) {
    map.addLayer(this.layer);
  }

  show(features: readonly Feature[]): void {
    const source = this.layer.getSource()!;
    source.clear();
    source.addFeatures(this.format.readFeatures({ type: 'FeatureCollection', features: [...features] }));
    const extent = source.getExtent();
    if (source.getFeatures().length && extent)
      this.map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 16 });
  }

  clear(): void {
    this.layer.getSource()!.clear();
  }
}
