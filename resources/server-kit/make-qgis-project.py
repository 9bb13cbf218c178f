#!/usr/bin/python3
"""Writes a QGIS Server project (.qgs) that publishes the RoadGIS server kit's tables over WFS:
roads, bridges and culverts with WFS-T Insert/Update/Delete, roadgis_tombstones read-only.

  QT_QPA_PLATFORM=offscreen /usr/bin/python3 make-qgis-project.py "CONNINFO" OUT.qgs

CONNINFO is a libpq connection string, e.g. "service=roadgis" (credentials in pg_service.conf, kept out of
the project) or "host=127.0.0.1 port=5432 dbname=roadgis user=qgis_server". Written with PyQGIS so layer
ids and CRS entries are what QGIS Server expects (a hand-written project whose layer id has 10 characters or
fewer, or whose <spatialrefsys> lacks <srsid>, loses the layer without a word). The database must be
reachable: a layer QGIS cannot open is an error here, not a silently missing WFS type.
"""
import sys

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

EDITABLE = [("roads", QgsWkbTypes.LineString), ("bridges", QgsWkbTypes.Point), ("culverts", QgsWkbTypes.Point)]
READ_ONLY = [("roadgis_tombstones", QgsWkbTypes.Point)]
# 1e-9 degree is 0.1 mm: GetFeature answers keep positions well inside RoadGIS's 1 mm round-trip promise.
PRECISION = 9
# Output CRSs offered besides the layers' own: web mercator and every VN-2000 zone.
CRS_LIST = ["EPSG:4326", "EPSG:3857", "EPSG:4756", "EPSG:3405", "EPSG:3406"] + [
    f"EPSG:{c}" for c in [5896, 5897, 5898, 5899, *range(9205, 9219)]
]


def main(conninfo: str, out: str) -> None:
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    project.setTitle("RoadGIS")
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    ids = {}
    for name, wkb in EDITABLE + READ_ONLY:
        uri = QgsDataSourceUri(conninfo)
        uri.setDataSource("public", name, "geometry", "", "id")
        uri.setSrid("4326")
        uri.setWkbType(wkb)
        layer = QgsVectorLayer(uri.uri(False), name, "postgres")
        if not layer.isValid():
            raise SystemExit(f"make-qgis-project: QGIS cannot open table {name} with '{conninfo}'")
        project.addMapLayer(layer)
        ids[name] = layer.id()
    editable = [ids[n] for n, _ in EDITABLE]
    project.writeEntry("WFSLayers", "/", list(ids.values()))
    for op in ("Insert", "Update", "Delete"):
        project.writeEntry("WFSTLayers", op, editable)
    for layer_id in ids.values():
        project.writeEntry("WFSLayersPrecision", "/" + layer_id, PRECISION)
    project.writeEntry("WMSCrsList", "/", CRS_LIST)
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", "RoadGIS")
    if not project.write(out):
        raise SystemExit(f"make-qgis-project: cannot write {out}")
    app.exitQgis()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: make-qgis-project.py CONNINFO OUT.qgs")
    main(sys.argv[1], sys.argv[2])
