import { describe, expect, it } from 'vitest';
import type { Geometry } from '../../domain/geometry/geojson';
import { decodeGpb, encodeGpb } from './geometry-blob';
import { columnBox, columnGpbTransient, GeometryColumnBuilder } from './geometry-column';

const GEOMETRIES: Array<Geometry | null> = [
  { type: 'Point', coordinates: [107.91, 14.35] },
  null,
  {
    type: 'LineString',
    coordinates: [
      [107.9, 14.3],
      [107.95, 14.31],
      [108.0, 14.29],
    ],
  },
  {
    type: 'MultiLineString',
    coordinates: [
      [
        [108.1, 14.5],
        [108.2, 14.6],
      ],
      [
        [108.3, 14.7],
        [108.35, 14.65],
        [108.4, 14.8],
      ],
    ],
  },
];

/** A big-endian 2D LineString WKB inside a GeoPackage header: the general decoder's path. */
function bigEndianLine(): Uint8Array {
  const b = new DataView(new ArrayBuffer(8 + 9 + 32));
  b.setUint8(0, 0x47);
  b.setUint8(1, 0x50);
  b.setUint8(3, 0); // no envelope, big-endian header
  b.setInt32(4, 4326, false);
  b.setUint8(8, 0); // big-endian WKB
  b.setUint32(9, 2, false);
  b.setUint32(13, 2, false);
  [107.5, 14.1, 107.6, 14.2].forEach((v, k) => b.setFloat64(17 + 8 * k, v, false));
  return new Uint8Array(b.buffer);
}

describe('geometry columns', () => {
  it('hold what GeoPackage blobs hold, and write the same blobs back', () => {
    const fromBlobs = new GeometryColumnBuilder();
    const fromGeoJson = new GeometryColumnBuilder();
    for (const g of GEOMETRIES) {
      fromBlobs.addGpb(g ? encodeGpb(g, 4326) : null);
      fromGeoJson.addGeometry(g);
    }
    const a = fromBlobs.take();
    const b = fromGeoJson.take();
    expect(a).toEqual(b);
    GEOMETRIES.forEach((g, i) => {
      const blob = columnGpbTransient(a, i, 4326);
      expect(blob && [...blob]).toEqual(g && [...encodeGpb(g, 4326)]);
    });
    expect(columnBox(a, 3)).toEqual([108.1, 14.5, 108.4, 14.8]);
    expect(columnBox(a, 1)).toBeNull();
  });

  it('read other byte orders through the general decoder', () => {
    const b = new GeometryColumnBuilder();
    b.addGpb(encodeGpb(GEOMETRIES[0]!, 4326));
    b.addGpb(bigEndianLine());
    const c = b.take();
    expect(decodeGpb(columnGpbTransient(c, 1, 4326)!.slice()).geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [107.5, 14.1],
        [107.6, 14.2],
      ],
    });
    expect(c.count).toBe(2);
  });
});
