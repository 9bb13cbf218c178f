// Stored features ↔ API features (GeoJSON in EPSG:4326, uid as id).
import type { Feature } from '../../api/contract';
import type { StoredFeature } from '../store/project-reader';

export function toApiFeature(f: StoredFeature): Feature {
  return {
    type: 'Feature',
    id: f.uid,
    geometry: f.geometry as Feature['geometry'],
    properties: { uid: f.uid, ...f.properties },
  };
}
