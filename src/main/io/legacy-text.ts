// Text typed in TCVN3 or VNI fonts inside formats that store Unicode (XLSX, GeoJSON, KML, GeoPackage, UTF-8
// shapefiles): each font byte became the Latin-1 character with its code, so "Đường" reads "§­êng". Such text is
// found by reading a sample both ways and converted whole, with a warning; genuine Unicode text (any character
// above U+00FF) is never touched.
import { notice } from '../../domain/assets/interchange-notices';
import type { TextEncodingName } from './encoding';
import { ENCODING_LABELS } from './encoding';
import type { LegacyFont } from './legacy-vietnamese';
import { decodeLegacy, detectLegacyFont } from './legacy-vietnamese';
import type { SourceData, SourceRecord } from './records';

const SAMPLE_VALUES = 5000;
/** Rows looked at for the sample: enough to find font text, without a pass over a 100k-row file of Unicode. */
const SAMPLE_ROWS = 20_000;
const LATIN1_ONLY = /^[^\u0100-\u{10ffff}]*$/u;
const HIGH_LATIN1 = /[\x80-\xff]/u;

function sampleText(source: SourceData): string {
  const values: string[] = [];
  for (const r of source.records.slice(0, SAMPLE_ROWS)) {
    for (const v of Object.values(r.attributes))
      if (typeof v === 'string' && HIGH_LATIN1.test(v) && LATIN1_ONLY.test(v)) values.push(v);
    if (values.length >= SAMPLE_VALUES) break;
  }
  return values.join('\n');
}

/**
 * Converts legacy-font text in a decoded source: with the font the user named, or the one detected when none
 * was named and the file's text was not read through a legacy decoder already.
 */
export function convertLegacyFontText(source: SourceData, requested?: TextEncodingName): SourceData {
  if (source.encoding === 'tcvn3' || source.encoding === 'vni') return source;
  let font: LegacyFont | null = null;
  if (requested === 'tcvn3' || requested === 'vni') font = requested;
  else if (!requested) {
    const sample = sampleText(source);
    font = sample ? detectLegacyFont(sample, sample) : null;
  }
  if (!font) return source;
  const convert = (v: string) => (HIGH_LATIN1.test(v) && LATIN1_ONLY.test(v) ? decodeLegacy(v, font) : v);
  const converted = (attributes: SourceRecord['attributes']) => {
    for (const [k, v] of Object.entries(attributes)) if (typeof v === 'string') attributes[k] = convert(v);
    return attributes;
  };
  // Converted as read: records may decode themselves on access (shapefile), so they are wrapped, not edited.
  return {
    ...source,
    records: source.records.map((r) => ({
      row: r.row,
      get geometry() {
        return r.geometry;
      },
      get attributes() {
        return converted(r.attributes);
      },
    })),
    encoding: font,
    warnings: [...source.warnings, notice('legacy_font_text', { encoding: ENCODING_LABELS[font] })],
  };
}
