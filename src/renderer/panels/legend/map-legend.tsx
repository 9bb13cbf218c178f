// The map legend: an ol-ext control on the map, refilled in the current language; removed on unmount.
import { effect } from '@preact/signals';
import type Map from 'ol/Map';
import { useEffect } from 'preact/hooks';
import { addLegend } from '../../map/legend';
import { useApp } from '../../state/app-context';

export function MapLegend({ map }: { map: Map }) {
  const app = useApp();
  useEffect(() => {
    const legend = addLegend(map);
    const stop = effect(() => legend.fill(app.language.texts.value));
    return () => {
      stop();
      legend.remove();
    };
  }, [app, map]);
  return null;
}
