// The map legend: an ol-ext control on the map, refilled in the current language; removed on unmount.
import { effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { RoadGisMap } from '../../map/roadgis-map';
import { useApp } from '../../state/app-context';

export function MapLegend({ view }: { view: RoadGisMap }) {
  const app = useApp();
  useEffect(() => {
    const legend = view.addLegend();
    const stop = effect(() => legend.fill(app.language.texts.value));
    return () => {
      stop();
      legend.remove();
    };
  }, [app, view]);
  return null;
}
