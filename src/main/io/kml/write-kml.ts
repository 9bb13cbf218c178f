// KML 2.2 (WGS 84) with a style per road class and per asset type, names in the balloon, attributes as
// ExtendedData so Google Earth and QGIS show them.
import type { Geometry } from '../../../domain/geometry/geojson';
import { writeFileAtomically } from '../chunked-file';
import type { FieldValue, RecordStream } from '../records';

const esc = (s: string) => s.replace(/[<>&"']/gu, (c) => `&#${c.charCodeAt(0)};`);

// KML colours are aabbggrr.
const STYLES: Record<string, string> = {
  quoc_lo: '<LineStyle><color>ff1c19d7</color><width>4</width></LineStyle>',
  duong_tinh: '<LineStyle><color>ff1482e0</color><width>3</width></LineStyle>',
  other: '<LineStyle><color>ff636363</color><width>2</width></LineStyle>',
  bridges:
    '<IconStyle><color>ffac6621</color><scale>1.1</scale><Icon><href>http://maps.google.com/mapfiles/kml/shapes/square.png</href></Icon></IconStyle>',
  culverts:
    '<IconStyle><color>ff50981a</color><scale>0.8</scale><Icon><href>http://maps.google.com/mapfiles/kml/shapes/triangle.png</href></Icon></IconStyle>',
};

function coords(cs: [number, number][]): string {
  return cs.map(([x, y]) => `${x},${y}`).join(' ');
}

function kmlGeometry(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `<Point><coordinates>${coords([g.coordinates])}</coordinates></Point>`;
    case 'LineString':
      return `<LineString><tessellate>1</tessellate><coordinates>${coords(g.coordinates)}</coordinates></LineString>`;
    case 'MultiLineString':
      return `<MultiGeometry>${g.coordinates.map((l) => kmlGeometry({ type: 'LineString', coordinates: l })).join('')}</MultiGeometry>`;
    default:
      throw new Error(`KML export does not handle ${g.type}`);
  }
}

const encoder = new TextEncoder();

/** Written a page at a time to a temporary file renamed at the end; returns how many placemarks were written. */
export function writeKml(out: string, data: RecordStream): Promise<number> {
  if (data.crs !== 'EPSG:4326')
    throw new Error(`KML is always WGS 84 (EPSG:4326); ${data.crs} was asked for`);
  return writeFileAtomically(out, async (file) => {
    const text = (t: string) => file.write(encoder.encode(t));
    text(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
        `<name>${esc(data.title)}</name>`,
        ...Object.entries(STYLES).map(([id, s]) => `<Style id="${id}">${s}</Style>`),
        '',
      ].join('\n'),
    );
    let count = 0;
    for await (const page of data.pages()) {
      const parts: string[] = [];
      for (const r of page) {
        if (!r.geometry) continue;
        parts.push(placemark(data, r.attributes, r.geometry));
        count++;
      }
      if (parts.length) text(`${parts.join('\n')}\n`);
    }
    text('</Document></kml>');
    return count;
  });
}

function placemark(data: RecordStream, a: Record<string, FieldValue>, geometry: Geometry): string {
  const name = String(a.name ?? a.code ?? a.road_code ?? '');
  const style =
    data.layer === 'roads'
      ? String(a.management_level) in STYLES
        ? String(a.management_level)
        : 'other'
      : data.layer;
  const extended = data.fields
    .filter((f) => a[f.name] !== null && a[f.name] !== undefined)
    .map(
      (f) =>
        `<Data name="${esc(f.name)}"><displayName>${esc(f.vi)}</displayName><value>${esc(String(a[f.name]))}</value></Data>`,
    )
    .join('');
  return `<Placemark><name>${esc(name)}</name><styleUrl>#${style}</styleUrl><ExtendedData>${extended}</ExtendedData>${kmlGeometry(geometry)}</Placemark>`;
}
