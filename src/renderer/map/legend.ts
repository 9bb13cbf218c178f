// Map legend (ol-ext control), refilled with the texts of the current language.
import Legend from 'ol-ext/legend/Legend';
import LegendControl from 'ol-ext/control/Legend';
import type Map from 'ol/Map';
import { bridgeStyle, culvertStyle, roadStyle } from './styles';

export interface LegendTexts {
  legend: string;
  nationalRoad: string;
  provincialRoad: string;
  otherRoad: string;
  bridge: string;
  culvert: string;
}

export interface MapLegend {
  fill(texts: LegendTexts): void;
  remove(): void;
}

export function addLegend(map: Map): MapLegend {
  const legend = new Legend({ title: '', margin: 4, size: [36, 18] });
  const control = new LegendControl({ legend, collapsed: false });
  map.addControl(control);
  return {
    fill(t) {
      legend.getItems().clear();
      legend.setTitle(t.legend);
      legend.addItem({ title: t.nationalRoad, typeGeom: 'LineString', style: roadStyle('quoc_lo') });
      legend.addItem({ title: t.provincialRoad, typeGeom: 'LineString', style: roadStyle('duong_tinh') });
      legend.addItem({ title: t.otherRoad, typeGeom: 'LineString', style: roadStyle('other') });
      legend.addItem({ title: t.bridge, typeGeom: 'Point', style: bridgeStyle() });
      legend.addItem({ title: t.culvert, typeGeom: 'Point', style: culvertStyle() });
    },
    remove() {
      map.removeControl(control);
    },
  };
}
