// `shapefile` 0.6 ships no types; the part RoadGIS uses.
declare module 'shapefile' {
  import type { Geometry } from '../../../domain/geometry/geojson';
  export interface ShapefileFeature {
    type: 'Feature';
    properties: Record<string, string | number | boolean | Date | null>;
    geometry: Geometry | null;
  }
  export interface Source {
    bbox: number[];
    read(): Promise<{ done: boolean; value: ShapefileFeature }>;
  }
  export function open(
    shp: ArrayBuffer | Uint8Array,
    dbf?: ArrayBuffer | Uint8Array,
    options?: { encoding?: string },
  ): Promise<Source>;
}
