import { waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Feature, RoadGisClient } from '../../../api/contract';
import type { LayerName } from '../../../domain/assets/layers';
import type { LegendTexts } from '../../map/legend';
import type { RoadGisMap } from '../../map/roadgis-map';
import { cleanup, renderWith, testApp } from '../../testing/render';
import { bridge, bridgeFeature } from '../../testing/sample';
import { MapPanel } from './map-panel';

afterEach(cleanup);

type Bbox = [number, number, number, number];

/** Stands in for the OpenLayers map (happy-dom has no canvas): reads layers through the client like the real
 * one, and records what the panel asks of it. */
function fakeMap() {
  const record = {
    target: null as HTMLElement | null,
    reloads: [] as LayerName[],
    fitted: [] as Array<ReadonlyArray<Bbox | null>>,
    previews: [] as Array<readonly Feature[] | null>,
    legend: [] as string[],
    legendRemoved: false,
    disposed: false,
    listeners: {
      pointer: new Set<(p: [number, number]) => void>(),
      click: new Set<(hit: { layer: LayerName; uid: string } | null) => void>(),
      view: new Set<(box: Bbox) => void>(),
    },
  };
  const olMap = { fake: true } as unknown as RoadGisMap['map'];
  const subscribe =
    <T,>(set: Set<T>) =>
    (l: T) => {
      set.add(l);
      return () => set.delete(l);
    };
  const create = (target: HTMLElement, client: RoadGisClient): RoadGisMap => {
    record.target = target;
    return {
      map: olMap,
      loadBasemap: async () => {},
      async reloadLayer(layer) {
        record.reloads.push(layer);
        return (await client.call('features.list', { layer })).features.length;
      },
      fitProject: (extents) => void record.fitted.push(extents),
      showPreview: (features) => void record.previews.push(features),
      onPointer: subscribe(record.listeners.pointer),
      onClick: subscribe(record.listeners.click),
      onView: subscribe(record.listeners.view),
      addLegend: () => ({
        fill: (t: LegendTexts) => void record.legend.push(t.nationalRoad),
        remove: () => void (record.legendRemoved = true),
      }),
      dispose: () => void (record.disposed = true),
    };
  };
  return { record, create, olMap };
}

function layerHandlers(bridges: () => number) {
  return {
    'features.list': ({ layer }: { layer: LayerName }) => ({
      type: 'FeatureCollection' as const,
      features: layer === 'bridges' ? Array.from({ length: bridges() }, () => bridgeFeature()) : [],
    }),
    'features.get': () => bridgeFeature(),
  };
}

describe('MapPanel', () => {
  it('mounts the map in its element, draws every layer, fits the project and then the app is ready', async () => {
    const { record, create, olMap } = fakeMap();
    const { app } = testApp(layerHandlers(() => 3));
    const stop = app.connect();
    await renderWith(app, <MapPanel createMap={create} />);
    await app.start();

    await waitFor(() => expect(app.ready.value).toBe(true));
    expect(record.target?.id).toBe('map');
    expect(window.roadgisMap).toBe(olMap);
    expect([...record.reloads].sort()).toEqual(['bridges', 'culverts', 'roads']);
    expect(app.layers.counts.value).toEqual({ roads: 0, bridges: 3, culverts: 0 });
    expect(record.fitted).toEqual([app.project.info.value!.layers.map((l) => l.extent)]);
    expect(app.status.line.value!.text(app.language.texts.value)).toBe('Đã tải 3 đối tượng');
    stop();
  });

  it('redraws only the layers a project.changed names', async () => {
    let bridges = 1;
    const { record, create } = fakeMap();
    const { app, fake } = testApp(layerHandlers(() => bridges));
    const stop = app.connect();
    await renderWith(app, <MapPanel createMap={create} />);
    await waitFor(() => expect(app.layers.allLoaded.value).toBe(true));

    bridges = 2;
    fake.emit('project.changed', { seq: 30, layers: ['bridges'] });

    await waitFor(() => expect(app.layers.counts.value.bridges).toBe(2));
    expect(record.reloads.slice(3)).toEqual(['bridges']);
    stop();
  });

  it('puts pointer, clicks and pans into the state, and draws the import preview it is given', async () => {
    const { record, create } = fakeMap();
    const { app, fake } = testApp(layerHandlers(() => 1));
    await renderWith(app, <MapPanel createMap={create} />);
    for (const l of record.listeners.pointer) l([108.0, 14.35]);
    for (const l of record.listeners.view) l([107.9, 14.3, 108.1, 14.5]);
    for (const l of record.listeners.click) l({ layer: 'bridges', uid: bridge.uid });
    expect(app.map.pointer.value).toEqual([108.0, 14.35]);
    expect(app.map.viewBox.value).toEqual([107.9, 14.3, 108.1, 14.5]);
    await waitFor(() => expect(app.selection.current.value.kind).toBe('feature'));
    expect(fake.inputsOf('features.get')).toEqual([{ layer: 'bridges', uid: bridge.uid }]);

    const features = [bridgeFeature()];
    app.map.showPreview(features);
    app.map.showPreview(null);
    expect(record.previews).toEqual([null, features, null]);
  });

  it('fills the legend in the current language', async () => {
    const { record, create } = fakeMap();
    const { app } = testApp(layerHandlers(() => 1));
    await renderWith(app, <MapPanel createMap={create} />);
    await waitFor(() => expect(record.legend).toEqual(['Quốc lộ']));
    app.language.setLang('en');
    expect(record.legend).toEqual(['Quốc lộ', 'National road']);
  });

  it('lets go of everything on unmount: listeners, legend, map, window handle, event-driven reloads', async () => {
    const { record, create } = fakeMap();
    const { app, fake } = testApp(layerHandlers(() => 1));
    const stop = app.connect();
    await renderWith(app, <MapPanel createMap={create} />);
    await waitFor(() => expect(app.layers.allLoaded.value).toBe(true));

    cleanup();

    expect(record.disposed).toBe(true);
    expect(record.legendRemoved).toBe(true);
    expect(Object.values(record.listeners).map((s) => s.size)).toEqual([0, 0, 0]);
    expect(window.roadgisMap).toBeUndefined();
    fake.emit('project.changed', { seq: 31, layers: ['roads'] });
    await new Promise((r) => setTimeout(r, 10));
    expect(record.reloads).toHaveLength(3);
    stop();
  });
});
