// Map legend (ol-ext), rebuilt when the language changes.
import Legend from 'ol-ext/legend/Legend';
import LegendControl from 'ol-ext/control/Legend';
import type Map from 'ol/Map';
import { t } from '../i18n/i18n';
import { bridgeStyle, culvertStyle, roadStyle } from './styles';

export function addLegend(map: Map): () => void {
  const legend = new Legend({ title: t().legend, margin: 4, size: [36, 18] });
  const fill = () => {
    legend.getItems().clear();
    legend.setTitle(t().legend);
    legend.addItem({ title: t().nationalRoad, typeGeom: 'LineString', style: roadStyle('quoc_lo') });
    legend.addItem({ title: t().provincialRoad, typeGeom: 'LineString', style: roadStyle('duong_tinh') });
    legend.addItem({ title: t().otherRoad, typeGeom: 'LineString', style: roadStyle('other') });
    legend.addItem({ title: t().bridge, typeGeom: 'Point', style: bridgeStyle() });
    legend.addItem({ title: t().culvert, typeGeom: 'Point', style: culvertStyle() });
  };
  fill();
  map.addControl(new LegendControl({ legend, collapsed: false }));
  return fill;
}
