// ol-ext ships no type declarations (stack-notes.md); these cover the parts RoadGIS uses.
declare module 'ol-ext/legend/Legend' {
  import type BaseObject from 'ol/Object';
  import type { StyleLike } from 'ol/style/Style';
  export interface LegendItemOptions {
    title: string;
    typeGeom?: 'Point' | 'LineString' | 'Polygon';
    style?: StyleLike;
    properties?: Record<string, unknown>;
  }
  export default class Legend extends BaseObject {
    constructor(options: { title?: string; margin?: number; size?: [number, number]; maxWidth?: number });
    addItem(item: LegendItemOptions): void;
    getItems(): { clear(): void };
    setTitle(title: string): void;
    refresh(): void;
  }
}
declare module 'ol-ext/control/Legend' {
  import Control from 'ol/control/Control';
  import type Legend from 'ol-ext/legend/Legend';
  export default class LegendControl extends Control {
    constructor(options: { legend: Legend; collapsed?: boolean; className?: string; target?: HTMLElement });
  }
}
