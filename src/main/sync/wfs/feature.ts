// A feature as a WFS server returns it: its server feature id (`roads.12`), its properties as the server
// typed them, and its geometry as GeoJSON in the order the query asked for (lon lat for CRS:84/EPSG:4326
// answers, x y for projected CRSs).
import type { Geometry } from '../../../domain/geometry/geojson';

export type FeatureValue =
  string | number | boolean | null | FeatureValue[] | { [key: string]: FeatureValue };

export interface WfsFeature {
  fid: string;
  properties: Record<string, FeatureValue>;
  geometry: Geometry | null;
}

export interface FeaturePage {
  features: WfsFeature[];
  /** GML `numberOfFeatures`/`numberMatched` or GeoJSON `totalFeatures`/`numberMatched`, when given. */
  numberMatched?: number;
}
