-- RoadGIS server kit: prepares a provincial PostGIS database for RoadGIS sync over WFS-T.
-- Run with psql as a role that may create tables and the postgis extension:
--   psql -v ON_ERROR_STOP=1 -d DBNAME -f roadgis-server-kit.sql
-- Safe to run again (every statement is idempotent); the roadgis_server_kit table records which kit version
-- the database has, and a newer database is never touched by an older kit. One transaction: a failed run
-- changes nothing.
--
-- What every asset table gets, and why (measured against QGIS Server 3.22, see README.md):
--   id          integer key: the WFS feature id is <table>.<id> (int4, so QGIS's fid equals the key)
--   uid         the client's UUID, unique and immutable: how RoadGIS recognises a feature on any laptop
--   version     1 on insert, +1 on every update; an Update carrying another version is refused (stale edit)
--   change_seq  one global sequence for all tables and deletions: clients pull "change_seq > watermark"
--   updated_at, updated_by, created_at, created_by
-- all set by one BEFORE INSERT OR UPDATE trigger, unconditionally: QGIS Server sends NULL for every
-- attribute an Insert omits, so column defaults never apply. Deletions leave a row in roadgis_tombstones.

\set ON_ERROR_STOP 1
BEGIN;

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE IF NOT EXISTS roadgis_server_kit (
  version integer PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
);

DO $$
BEGIN
  IF (SELECT max(version) FROM roadgis_server_kit) > 1 THEN
    RAISE EXCEPTION 'roadgis_server_kit: this database has kit version %, newer than this file (1)',
      (SELECT max(version) FROM roadgis_server_kit);
  END IF;
END $$;

-- Kit version 1 -------------------------------------------------------------------------------------------

CREATE SEQUENCE IF NOT EXISTS roadgis_change_seq AS bigint;

CREATE TABLE IF NOT EXISTS roads (
  id serial PRIMARY KEY,
  uid uuid NOT NULL,
  road_code varchar(40),
  road_code_raw varchar(80),
  name varchar(200),
  management_level text,
  technical_grade text,
  surface_type text,
  width_m double precision,
  lanes integer,
  managing_unit varchar(200),
  start_chainage_m double precision,
  length_m double precision,
  year_built integer,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  version integer NOT NULL,
  change_seq bigint NOT NULL,
  geometry geometry(LineString, 4326)
);

CREATE TABLE IF NOT EXISTS bridges (
  id serial PRIMARY KEY,
  uid uuid NOT NULL,
  name varchar(200),
  route_code varchar(40),
  chainage_m double precision,
  crossing text,
  length_m double precision,
  width_m double precision,
  spans integer,
  span_arrangement varchar(120),
  structure text,
  design_load varchar(60),
  year_built integer,
  managing_unit varchar(200),
  notes varchar(2000),
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  version integer NOT NULL,
  change_seq bigint NOT NULL,
  geometry geometry(Point, 4326)
);

CREATE TABLE IF NOT EXISTS culverts (
  id serial PRIMARY KEY,
  uid uuid NOT NULL,
  code varchar(40),
  route_code varchar(40),
  chainage_m double precision,
  culvert_type text,
  aperture varchar(40),
  length_m double precision,
  material text,
  side text,
  year_built integer,
  managing_unit varchar(200),
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  version integer NOT NULL,
  change_seq bigint NOT NULL,
  geometry geometry(Point, 4326)
);

-- One row per deleted feature. geometry is a point on the deleted shape, so clients can pull the deletions
-- of their area with the same BBOX filter as the features; last_row keeps the whole deleted row (geometry
-- as EWKB hex), so no deleted edit is beyond recovery. Published read-only.
CREATE TABLE IF NOT EXISTS roadgis_tombstones (
  id serial PRIMARY KEY,
  layer text NOT NULL,
  uid uuid NOT NULL,
  deleted_at timestamptz NOT NULL,
  deleted_by text NOT NULL,
  change_seq bigint NOT NULL,
  last_version integer,
  last_updated_by text,
  last_row jsonb,
  geometry geometry(Point, 4326)
);

CREATE UNIQUE INDEX IF NOT EXISTS roads_uid_key ON roads (uid);
CREATE UNIQUE INDEX IF NOT EXISTS bridges_uid_key ON bridges (uid);
CREATE UNIQUE INDEX IF NOT EXISTS culverts_uid_key ON culverts (uid);
CREATE INDEX IF NOT EXISTS roads_change_seq_idx ON roads (change_seq);
CREATE INDEX IF NOT EXISTS bridges_change_seq_idx ON bridges (change_seq);
CREATE INDEX IF NOT EXISTS culverts_change_seq_idx ON culverts (change_seq);
CREATE INDEX IF NOT EXISTS roadgis_tombstones_change_seq_idx ON roadgis_tombstones (change_seq);
CREATE INDEX IF NOT EXISTS roadgis_tombstones_uid_idx ON roadgis_tombstones (uid);
CREATE INDEX IF NOT EXISTS roads_geometry_idx ON roads USING gist (geometry);
CREATE INDEX IF NOT EXISTS bridges_geometry_idx ON bridges USING gist (geometry);
CREATE INDEX IF NOT EXISTS culverts_geometry_idx ON culverts USING gist (geometry);
CREATE INDEX IF NOT EXISTS roadgis_tombstones_geometry_idx ON roadgis_tombstones USING gist (geometry);
CREATE INDEX IF NOT EXISTS roads_road_code_idx ON roads (road_code);
CREATE INDEX IF NOT EXISTS bridges_route_code_idx ON bridges (route_code);
CREATE INDEX IF NOT EXISTS culverts_route_code_idx ON culverts (route_code);

-- Writers take change sequence numbers one transaction at a time (the lock is held until commit), so the
-- order of change_seq is the order of commits: a client that has seen change_seq N has seen every change
-- below N, and "change_seq > watermark" never skips a change that committed late.
CREATE OR REPLACE FUNCTION roadgis_take_change_seq_lock() RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('roadgis_change_seq'))
$$;

-- The stamp trigger. Errors start with a stable code ("roadgis_stale_version", "roadgis_uid_immutable") for
-- clients that can see database messages (GeoServer passes them on; QGIS Server answers a generic failure).
CREATE OR REPLACE FUNCTION roadgis_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.id := coalesce(NEW.id, nextval(pg_get_serial_sequence(
      quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id')));
    NEW.uid := coalesce(NEW.uid, gen_random_uuid());
    NEW.version := 1;
    -- A feature created offline keeps its creation time and author; the server stamps the rest.
    NEW.updated_by := coalesce(NEW.updated_by, NEW.created_by, session_user);
    NEW.created_at := coalesce(NEW.created_at, now());
    NEW.created_by := coalesce(NEW.created_by, NEW.updated_by);
  ELSE
    IF NEW.uid IS DISTINCT FROM OLD.uid THEN
      RAISE EXCEPTION 'roadgis_uid_immutable: % % keeps uid %', TG_TABLE_NAME, OLD.id, OLD.uid;
    END IF;
    IF NEW.version IS DISTINCT FROM OLD.version THEN
      RAISE EXCEPTION 'roadgis_stale_version: % % is at version %, the update was based on %',
        TG_TABLE_NAME, OLD.id, OLD.version, NEW.version;
    END IF;
    NEW.id := OLD.id;
    NEW.version := OLD.version + 1;
    NEW.created_at := OLD.created_at;
    NEW.created_by := OLD.created_by;
    -- An Update that does not name updated_by keeps the previous author (RoadGIS always sends it).
    NEW.updated_by := coalesce(NEW.updated_by, session_user);
  END IF;
  NEW.updated_at := now();
  PERFORM roadgis_take_change_seq_lock();
  NEW.change_seq := nextval('roadgis_change_seq');
  RETURN NEW;
END $$;

-- SECURITY DEFINER: the editing role may delete features but not write tombstones itself.
CREATE OR REPLACE FUNCTION roadgis_tombstone() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM roadgis_take_change_seq_lock();
  INSERT INTO roadgis_tombstones (layer, uid, deleted_at, deleted_by, change_seq, last_version,
                                  last_updated_by, last_row, geometry)
  VALUES (TG_TABLE_NAME, OLD.uid, now(), session_user, nextval('roadgis_change_seq'), OLD.version,
          OLD.updated_by, to_jsonb(OLD), CASE WHEN OLD.geometry IS NULL OR ST_IsEmpty(OLD.geometry) THEN NULL
                               ELSE ST_PointOnSurface(OLD.geometry) END);
  RETURN OLD;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['roads', 'bridges', 'culverts'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS roadgis_stamp ON %I', t);
    EXECUTE format('CREATE TRIGGER roadgis_stamp BEFORE INSERT OR UPDATE ON %I
                    FOR EACH ROW EXECUTE FUNCTION roadgis_stamp()', t);
    EXECUTE format('DROP TRIGGER IF EXISTS roadgis_tombstone ON %I', t);
    EXECUTE format('CREATE TRIGGER roadgis_tombstone AFTER DELETE ON %I
                    FOR EACH ROW EXECUTE FUNCTION roadgis_tombstone()', t);
  END LOOP;
END $$;

-- A role to grant to the database user QGIS Server or GeoServer connects as:
--   GRANT roadgis_editor TO qgis_server;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roadgis_editor') THEN
    CREATE ROLE roadgis_editor NOLOGIN;
  END IF;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON roads, bridges, culverts TO roadgis_editor;
GRANT SELECT ON roadgis_tombstones, roadgis_server_kit TO roadgis_editor;
GRANT USAGE ON SEQUENCE roadgis_change_seq, roads_id_seq, bridges_id_seq, culverts_id_seq,
  roadgis_tombstones_id_seq TO roadgis_editor;

\ir vn2000-srs.sql

INSERT INTO roadgis_server_kit (version) VALUES (1) ON CONFLICT (version) DO NOTHING;

COMMIT;
