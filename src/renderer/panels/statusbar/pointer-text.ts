// The pointer position as Vietnamese survey tables write it: X = northing, Y = easting in the working CRS
// (VN-2000 TM-3), then latitude and longitude.
import { transformPosition } from '../../../domain/location/transform';

export function pointerText([lon, lat]: [number, number], crs: string): string {
  const [east, north] = transformPosition([lon, lat], 'EPSG:4326', crs);
  return `${crs}  X ${north.toFixed(1)}  Y ${east.toFixed(1)}   (${lat.toFixed(5)}°, ${lon.toFixed(5)}°)`;
}
