// GeoJSON in EPSG:4326 as it crosses the API: positions are checked for range, lines for length.
import { z } from 'zod';

const lon = z.number().finite().min(-180).max(180);
const lat = z.number().finite().min(-90).max(90);
export const positionSchema = z.tuple([lon, lat]);

export const pointSchema = z.object({ type: z.literal('Point'), coordinates: positionSchema });
export const lineStringSchema = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(positionSchema).min(2, 'a line needs at least two vertices'),
});
export const assetGeometrySchema = z.discriminatedUnion('type', [pointSchema, lineStringSchema]);
export type AssetGeometry = z.infer<typeof assetGeometrySchema>;

export const bboxSchema = z.tuple([lon, lat, lon, lat]).refine((b) => b[0] <= b[2] && b[1] <= b[3], {
  message: 'bbox must be [minLon, minLat, maxLon, maxLat]',
});
