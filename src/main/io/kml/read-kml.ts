// KML and KMZ (always WGS 84): placemarks with names, descriptions and ExtendedData.
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { kml } from '@tmcw/togeojson';
import { unzipSync } from 'fflate';
import type { Geometry } from '../../../domain/geometry/geojson';
import type { FieldValue, SourceData, SourceField } from '../records';
import { readError } from '../../../domain/assets/read-errors';
import { InputError } from '../records';

function kmlText(file: string): string {
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (!/\.kmz$/iu.test(file)) return new TextDecoder().decode(bytes);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw new InputError(
      path.basename(file),
      readError('archive_unreadable', { kind: 'KMZ', detail: (e as Error).message }),
    );
  }
  const doc =
    Object.keys(entries).find((n) => n.toLowerCase() === 'doc.kml') ??
    Object.keys(entries).find((n) => /\.kml$/iu.test(n));
  if (!doc) throw new InputError(path.basename(file), readError('kmz_no_kml'));
  return new TextDecoder().decode(entries[doc]);
}

export function readKml(file: string): SourceData {
  const name = path.basename(file);
  const errors: string[] = [];
  const dom = new DOMParser({
    onError: (level, msg) => (level !== 'warning' ? errors.push(msg) : undefined),
  }).parseFromString(kmlText(file), 'text/xml');
  if (errors.length || !dom.documentElement)
    throw new InputError(name, readError('kml_invalid', { detail: errors[0] ?? 'empty' }));
  // togeojson's types refer to @types/geojson; the shape we use is small enough to state here.
  const fc = kml(dom as unknown as Document) as unknown as {
    features: Array<{ properties: Record<string, unknown> | null; geometry: unknown }>;
  };
  const types = new Map<string, SourceField['type']>();
  const records = fc.features.map((f, i) => {
    const attributes: Record<string, FieldValue> = {};
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      if (k.startsWith('style') || k === 'icon' || typeof v === 'object') continue;
      attributes[k] =
        typeof v === 'number' ? v : v === null || v === undefined ? null : String(v).normalize('NFC');
      types.set(k, 'text');
    }
    return { row: i + 1, geometry: (f.geometry as Geometry | null) ?? null, attributes };
  });
  return {
    file: name,
    layer: path.basename(file, path.extname(file)),
    crs: 'EPSG:4326',
    fields: [...types].map(([n, t]) => ({ name: n, type: t })),
    records,
    warnings: [],
  };
}
