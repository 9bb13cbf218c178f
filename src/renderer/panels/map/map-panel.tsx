// Mounts the imperative OpenLayers map (src/renderer/map) into its element and wires it to the app state:
// layers reload when their revision moves (project.changed), the import preview follows its signal, and
// pointer, clicks and pans go back into the state. Everything is released on unmount.
import { effect } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LayerName } from '../../../domain/assets/layers';
import { LAYER_NAMES } from '../../../domain/assets/layers';
import type { RoadGisMap, RoadGisMapFactory } from '../../map/roadgis-map';
import { createRoadGisMap } from '../../map/roadgis-map';
import { useApp, useTexts } from '../../state/app-context';
import { MapLegend } from '../legend/map-legend';

declare global {
  interface Window {
    /** The live OpenLayers map, for end-to-end tests and support sessions. */
    roadgisMap?: RoadGisMap['map'];
  }
}

/** `createMap` is the OpenLayers map; tests give a stand-in (happy-dom has no canvas). */
export function MapPanel({ createMap = createRoadGisMap }: { createMap?: RoadGisMapFactory }) {
  const app = useApp();
  const m = useTexts();
  const target = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<RoadGisMap | null>(null);

  useEffect(() => {
    const view = createMap(target.current!, app.client);
    window.roadgisMap = view.map;
    let mounted = true;
    const drawn: Partial<Record<LayerName, number>> = {};
    const basemap = view.loadBasemap().then(
      () => true,
      (e: unknown) => {
        app.status.fail(e);
        return false;
      },
    );
    let fitted = false;
    const stops = [
      view.onPointer(app.map.pointerAt),
      view.onClick((hit) => void app.selection.identify(hit)),
      view.onView(app.map.viewed),
      effect(() => {
        const revisions = app.layers.revisions.value;
        for (const layer of LAYER_NAMES) {
          if (drawn[layer] === revisions[layer]) continue;
          drawn[layer] = revisions[layer];
          view.reloadLayer(layer).then((count) => {
            if (mounted && count !== null) app.layers.setCount(layer, count);
          }, app.status.fail);
        }
      }),
      effect(() => view.showPreview(app.map.preview.value)),
      // Once: fit the view to the project when its extents are known and the basemap is in.
      effect(() => {
        const info = app.project.info.value;
        if (!info || fitted) return;
        fitted = true;
        void basemap.then((loaded) => {
          if (!mounted || !loaded) return;
          view.fitProject(info.layers.map((l) => l.extent));
          app.map.markDrawn();
        });
      }),
    ];
    setShown(view);
    return () => {
      mounted = false;
      stops.forEach((stop) => stop());
      view.dispose();
      if (window.roadgisMap === view.map) delete window.roadgisMap;
    };
  }, [app, createMap]);

  return (
    <>
      <div id="map" class="map" tabIndex={0} role="region" aria-label={m.map} ref={target} />
      {shown && <MapLegend view={shown} />}
    </>
  );
}
