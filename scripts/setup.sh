#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for RoadGIS: the system packages the app and its tests use
# (Chromium for browser tests, GDAL as the reference reader), then the exact npm dependencies, the build
# and the sample province. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium gdal-bin python3-gdal fonts-noto-core)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# PostgreSQL + PostGIS, QGIS Server and lighttpd for the sync tests (tests/integration/sync-*.test.ts start
# them privately on 127.0.0.1 with scripts/gis-server.sh); nothing is started here.
bash scripts/gis-server.sh install

# Electron's binary and Playwright's browsers are not downloaded: tests use Debian's Chromium, and the
# Electron binary is fetched only on machines that can (npm run electron:install).
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --ignore-scripts --no-audit --no-fund
npm run build
npm run sample
# Public shapefiles and GeoPackages other tools wrote, for the reader tests (from the Debian archive).
bash scripts/public-test-data.sh ||
  echo "warning: public test data not fetched; tests/integration/public-data-gdal.test.ts needs it" >&2
