// The file kinds an import reads, by extension (lower case, no dot): the readers dispatch on them
// (src/main/io/read-source.ts) and the desktop file dialog filters by them.
export const IMPORT_EXTENSIONS = ['shp', 'zip', 'gpkg', 'geojson', 'json', 'kml', 'kmz', 'csv', 'xlsx'];
