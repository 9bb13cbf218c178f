// The file formats and text encodings of import and export, listed once: the API schemas, the CLI, the
// readers and the dialogs all take them from here.

/** The file kinds an import reads, by extension (lower case, no dot); the desktop file dialog filters by them. */
export const IMPORT_EXTENSIONS = ['shp', 'zip', 'gpkg', 'geojson', 'json', 'kml', 'kmz', 'csv', 'xlsx'];

export const EXPORT_FORMATS = ['shp', 'gpkg', 'geojson', 'kml', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Text encodings of Vietnamese files: UTF-8 and CP1258 in practice, TCVN3 and VNI in older data. */
export const TEXT_ENCODINGS = ['utf-8', 'windows-1258', 'windows-1252', 'tcvn3', 'vni'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'windows-1258': 'Windows-1258 (CP1258)',
  'windows-1252': 'Windows-1252 (Latin-1)',
  tcvn3: 'TCVN3 (ABC, .VnTime)',
  vni: 'VNI (VNI-Windows)',
};

/** An encoding as people and `.cpg` files name it ("cp1258", "UTF8", "ABC" …); null when unknown. */
export function encodingByName(text: string): TextEncodingName | null {
  const t = text.trim().toLowerCase().replace(/[\s_]/gu, '');
  if (['utf-8', 'utf8', '65001'].includes(t)) return 'utf-8';
  if (['1258', 'cp1258', 'windows-1258', 'ansi1258'].includes(t)) return 'windows-1258';
  if (['1252', 'cp1252', 'windows-1252', 'ansi1252', 'latin1', 'iso-8859-1', '88591'].includes(t))
    return 'windows-1252';
  if (['tcvn3', 'tcvn', 'abc', 'tcvn5712'].includes(t)) return 'tcvn3';
  if (['vni', 'vniwindows', 'vni-windows'].includes(t)) return 'vni';
  return null;
}
