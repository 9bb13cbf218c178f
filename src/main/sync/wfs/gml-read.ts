// GetFeature answers as GML 3 (WFS 1.1 FeatureCollection, also gml:featureMembers and WFS 2.0 wfs:member),
// read as a stream with saxes: the way to get positions at the server's full precision (QGIS Server's GeoJSON
// keeps 6 decimals). Values are typed by the DescribeFeatureType field types; xsi:nil is null.
// Axis order is NOT taken from the geometries' srsName: QGIS Server 3.22 labels every POSTed answer
// "EPSG:4326" while writing lat lon for an EPSG:4326 request and lon lat for a CRS84 one. Ask for CRS84 (or a
// projected CRS) and positions are x y as written; the query encoder refuses the ambiguous EPSG:4326 names.
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import type { Geometry, Position } from '../../../domain/geometry/geojson';
import { WfsError } from './errors';
import type { FeaturePage, FeatureValue, WfsFeature } from './feature';

const MEMBER = new Set(['featureMember', 'featureMembers', 'member']);
const COORDINATE_HOLDERS = new Set(['Point', 'LineString', 'LinearRing', 'LineStringSegment']);
const GEOMETRIES = new Set([
  ...COORDINATE_HOLDERS,
  'Polygon',
  'MultiPoint',
  'MultiCurve',
  'MultiLineString',
  'MultiSurface',
  'MultiPolygon',
  'Curve',
]);

interface GeometryNode {
  kind: string;
  coords: Position[];
  children: Geometry[];
  rings: Position[][];
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function attr(tag: SaxesTagPlain, local: string): string | undefined {
  const attributes = tag.attributes;
  for (const k in attributes) {
    if (
      k === local ||
      (k.length > local.length && k.endsWith(local) && k[k.length - local.length - 1] === ':')
    ) {
      return attributes[k];
    }
  }
  return undefined;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A decimal number from text[start, end). Plain decimals of up to 15 digits are exact integers divided by an
 * exact power of ten, which IEEE division rounds correctly: the same double as Number(); anything else
 * (exponents, longer digit runs) goes through Number().
 */
function parseDecimal(text: string, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (text.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) {
      scale = 0;
    } else {
      return Number(text.slice(start, end));
    }
  }
  if (digits === 0 || digits > 15) return Number(text.slice(start, end));
  const value = scale > 0 ? mantissa / POW10[scale]! : mantissa;
  return negative ? -value : value;
}

/** The numbers of a pos/posList (separated by whitespace) or GML 2 coordinates (also commas). */
function numbersOf(text: string, commas: boolean): number[] | undefined {
  const out: number[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isSpace(c) || (commas && c === 44)) {
      if (start >= 0) {
        const n = parseDecimal(text, start, i);
        if (!Number.isFinite(n)) return undefined;
        out.push(n);
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  return out;
}

function finish(node: GeometryNode): Geometry | Position[] {
  switch (node.kind) {
    case 'Point':
      return { type: 'Point', coordinates: node.coords[0]! };
    case 'LineString':
    case 'LineStringSegment':
      return { type: 'LineString', coordinates: node.coords };
    case 'LinearRing':
      return node.coords;
    case 'Curve':
      // A Curve's segments in order, as one line (consecutive segments share their joint).
      return {
        type: 'LineString',
        coordinates: node.children.flatMap((g, i) => {
          const c = (g as { coordinates: Position[] }).coordinates;
          return i === 0 ? c : c.slice(1);
        }),
      };
    case 'Polygon':
      return { type: 'Polygon', coordinates: node.rings };
    case 'MultiPoint':
      return {
        type: 'MultiPoint',
        coordinates: node.children.map((g) => (g as { coordinates: Position }).coordinates),
      };
    case 'MultiCurve':
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: node.children.map((g) => (g as { coordinates: Position[] }).coordinates),
      };
    default:
      return {
        type: 'MultiPolygon',
        coordinates: node.children.map((g) => (g as { coordinates: Position[][] }).coordinates),
      };
  }
}

export interface GmlReadOptions {
  /** Property name → XSD type (from DescribeFeatureType); untyped properties stay text. */
  fieldTypes?: Readonly<Record<string, string>>;
}

const INTEGER = new Set(['int', 'integer', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger']);
const REAL = new Set(['decimal', 'double', 'float']);

/** Reads a GML feature collection given in one or more chunks; `onFeature` sees each feature as it ends. */
export class Gml3FeatureReader {
  private readonly parser = new SaxesParser({ xmlns: false });
  private depth = 0;
  private memberDepth = -1;
  private feature: WfsFeature | undefined;
  private featureDepth = -1;
  private property: string | undefined;
  private propertyNil = false;
  private text = '';
  private geometryStack: GeometryNode[] = [];
  private geometry: Geometry | null = null;
  private srsDimension = 2;
  private rootSeen = false;
  numberMatched: number | undefined;

  constructor(
    private readonly onFeature: (f: WfsFeature) => void,
    private readonly options: GmlReadOptions = {},
  ) {
    this.parser.on('opentag', (t) => this.open(t));
    this.parser.on('closetag', (t) => this.closeTag(t));
    this.parser.on('text', (t) => {
      if (this.property !== undefined) this.text += t;
    });
    this.parser.on('cdata', (t) => {
      if (this.property !== undefined) this.text += t;
    });
  }

  write(chunk: string): void {
    try {
      this.parser.write(chunk);
    } catch (e) {
      throw this.malformed(e);
    }
  }

  /** Ends the input: an answer cut short (unclosed elements, no root) is malformed. */
  close(): void {
    if (this.rootSeen && this.depth !== 0) throw this.malformed('cut_short');
    try {
      this.parser.close();
    } catch (e) {
      throw this.malformed(e);
    }
    if (!this.rootSeen) throw this.malformed('cut_short');
  }

  private malformed(e: unknown): WfsError {
    if (e instanceof WfsError) return e;
    const reason = typeof e === 'string' ? e : 'not_xml';
    return new WfsError('malformed_answer', {
      operation: 'GetFeature',
      reason,
      serverText: e instanceof Error ? e.message.slice(0, 300) : undefined,
    });
  }

  private open(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    const depth = ++this.depth;
    if (depth === 1) {
      this.rootSeen = true;
      if (name === 'ExceptionReport' || name === 'ServiceExceptionReport') {
        throw new WfsError('server_exception', {
          operation: 'GetFeature',
          reason: 'exception_in_feature_stream',
        });
      }
      if (name !== 'FeatureCollection') throw this.malformed(`root_${name}`);
      const n = Number(attr(tag, 'numberOfFeatures') ?? attr(tag, 'numberMatched'));
      if (Number.isInteger(n)) this.numberMatched = n;
      return;
    }
    if (MEMBER.has(name) && this.feature === undefined) {
      this.memberDepth = depth;
      return;
    }
    if (this.memberDepth > 0 && this.feature === undefined && depth > this.memberDepth) {
      const fid = attr(tag, 'id') ?? attr(tag, 'fid');
      if (!fid) throw this.malformed('feature_without_id');
      this.feature = { fid, properties: {}, geometry: null };
      this.featureDepth = depth;
      return;
    }
    if (this.feature === undefined) return;
    if (depth === this.featureDepth + 1) {
      this.property = name;
      this.propertyNil = attr(tag, 'nil') === 'true';
      this.text = '';
      this.geometry = null;
      this.geometryStack = [];
      return;
    }
    if (this.property === undefined || this.property === 'boundedBy') return;
    if (GEOMETRIES.has(name)) {
      if (this.geometryStack.length === 0) {
        const dim = Number(attr(tag, 'srsDimension') ?? 2);
        this.srsDimension = dim === 3 ? 3 : 2;
      }
      this.geometryStack.push({ kind: name, coords: [], children: [], rings: [] });
    } else if (name === 'pos' || name === 'posList' || name === 'coordinates') {
      const dim = Number(attr(tag, 'srsDimension'));
      if (dim === 2 || dim === 3) this.srsDimension = dim;
    }
    this.text = '';
  }

  private closeTag(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    const depth = this.depth--;
    if (this.feature === undefined) {
      if (depth === this.memberDepth) this.memberDepth = -1;
      return;
    }
    if (depth === this.featureDepth) {
      this.onFeature(this.feature);
      this.feature = undefined;
      this.featureDepth = -1;
      // gml:featureMembers holds many features: stay in the member.
      return;
    }
    if (depth === this.featureDepth + 1 && this.property !== undefined) {
      if (name !== 'boundedBy') {
        if (this.geometry !== null || this.geometryStack.length > 0) {
          this.feature.geometry = this.geometry;
        } else {
          this.feature.properties[name] = this.propertyNil ? null : this.value(name, this.text);
        }
      }
      this.property = undefined;
      return;
    }
    if (this.property === undefined || this.property === 'boundedBy') return;
    if (name === 'pos' || name === 'posList' || name === 'coordinates') {
      const holder = this.geometryStack[this.geometryStack.length - 1];
      if (!holder || !COORDINATE_HOLDERS.has(holder.kind)) throw this.malformed(`stray_${name}`);
      holder.coords.push(...this.positions(this.text, name === 'coordinates'));
      return;
    }
    if (GEOMETRIES.has(name)) {
      const node = this.geometryStack.pop()!;
      const done = finish(node);
      const parent = this.geometryStack[this.geometryStack.length - 1];
      if (Array.isArray(done)) {
        if (!parent) throw this.malformed('ring_outside_polygon');
        parent.rings.push(done);
      } else if (parent) {
        parent.children.push(done);
      } else {
        this.geometry = done;
      }
    }
  }

  private positions(text: string, gml2: boolean): Position[] {
    // GML 2 <coordinates> is "x,y x,y"; GML 3 pos/posList is "x y x y".
    const numbers = numbersOf(text, gml2);
    const dim = gml2 ? 2 : this.srsDimension;
    if (!numbers || numbers.length === 0 || numbers.length % dim !== 0) {
      throw this.malformed('bad_coordinates');
    }
    const out: Position[] = [];
    for (let i = 0; i < numbers.length; i += dim) {
      out.push([numbers[i]!, numbers[i + 1]!]);
    }
    return out;
  }

  private value(name: string, text: string): FeatureValue {
    const type = this.options.fieldTypes?.[name];
    if (type === undefined) return text;
    if (INTEGER.has(type) || REAL.has(type)) {
      const n = Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(n) || (INTEGER.has(type) && !Number.isInteger(n))) {
        throw this.malformed(`bad_${type}_in_${name}`);
      }
      return n;
    }
    if (type === 'boolean') return text.trim() === 'true' || text.trim() === '1';
    return text;
  }
}

/** Reads a whole GML answer held in memory. */
export function decodeGml3Page(body: string, options: GmlReadOptions = {}): FeaturePage {
  const features: WfsFeature[] = [];
  const reader = new Gml3FeatureReader((f) => features.push(f), options);
  reader.write(body);
  reader.close();
  return { features, numberMatched: reader.numberMatched };
}
