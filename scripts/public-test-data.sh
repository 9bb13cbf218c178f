#!/usr/bin/env bash
# Public shapefiles and GeoPackages written by other tools (the North Carolina SIDS counties, Olinda's census
# tracts, storm tracks with Z and M values, GeoPackages with non-spatial and several layers), taken from the
# Debian package of R's `sf` library: a source of real files the tests read with our readers and with GDAL,
# reachable from machines whose only network is the Debian archive. Extracted only, never installed.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=tests/artifacts/public-data
[ -f "$dest/.complete" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
download() { (cd "$work" && apt-get download -qq r-cran-sf 2>/dev/null); }
if ! download; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  download
fi
dpkg-deb -x "$work"/r-cran-sf_*.deb "$work/root"
rm -rf "$dest"
mkdir -p "$dest"
cp -r "$work"/root/usr/lib/R/site-library/sf/{shape,gpkg} "$dest/"
dpkg-deb -f "$work"/r-cran-sf_*.deb Package Version > "$dest/SOURCE"
touch "$dest/.complete"
echo "Public test data: $(tr '\n' ' ' < "$dest/SOURCE")→ $dest"
