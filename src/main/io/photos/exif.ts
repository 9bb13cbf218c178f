// When and where a field photo was taken, from its EXIF: the camera's own time (local, as written, with its
// offset when the camera recorded one), the GPS time (UTC), position (WGS 84), altitude and the direction the
// camera faced. Read with exifr from the bytes already in memory; nothing else of the image is decoded.
import exifr from 'exifr';

export interface PhotoExif {
  /** "2026-10-05T08:15:30" (+ "+07:00" when the camera wrote OffsetTimeOriginal); null without EXIF time. */
  takenAt: string | null;
  /** GPSDateStamp + GPSTimeStamp as UTC ("2026-10-05T01:15:30Z"); null when the GPS wrote none. */
  gpsTime: string | null;
  /** [lon, lat] in WGS 84 (what phone GPS gives); null without a GPS fix. */
  position: [number, number] | null;
  /** Metres above sea level (negative below). */
  altitude: number | null;
  /** Degrees clockwise from north the camera faced (true or magnetic, as the camera says). */
  direction: number | null;
}

export type ExifRead =
  { ok: true; exif: PhotoExif } | { ok: false; code: 'not_jpeg' | 'unreadable'; detail: string };

const NONE: PhotoExif = { takenAt: null, gpsTime: null, position: null, altitude: null, direction: null };

type Tags = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A BYTE tag comes as a number, an array or a typed array depending on the writer and exifr's options. */
function firstNumber(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (Array.isArray(v) || v instanceof Uint8Array) return num(v[0]);
  return null;
}

/** Degrees from [deg, min, sec] (or a plain number), signed by its reference letter. */
function degrees(value: unknown, ref: unknown, negative: string): number | null {
  const parts = Array.isArray(value) ? value.map(num) : [num(value)];
  if (!parts.length || parts.some((p) => p === null)) return null;
  const [d = 0, m = 0, s = 0] = parts as number[];
  const dd = d + m / 60 + s / 3600;
  return typeof ref === 'string' && ref.trim().toUpperCase() === negative ? -dd : dd;
}

/** "2026:10:05 08:15:30" → "2026-10-05T08:15:30". */
function exifDateTime(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/u.exec(v.trim());
  if (!m || m[1] === '0000') return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
}

function gpsTime(date: unknown, time: unknown): string | null {
  if (typeof date !== 'string' || !Array.isArray(time) || time.length < 3) return null;
  const d = /^(\d{4}):(\d{2}):(\d{2})$/u.exec(date.trim());
  const [h, mi, s] = time.map(num);
  if (!d || h === null || mi === null || s === null || h === undefined || mi === undefined || s === undefined)
    return null;
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `${d[1]}-${d[2]}-${d[3]}T${pad(h)}:${pad(mi)}:${pad(s)}Z`;
}

export function exifFromTags(tags: Tags | undefined): PhotoExif {
  if (!tags) return NONE;
  const taken = exifDateTime(tags.DateTimeOriginal ?? tags.CreateDate ?? tags.ModifyDate);
  const offset =
    typeof tags.OffsetTimeOriginal === 'string' && /^[+-]\d{2}:\d{2}$/u.test(tags.OffsetTimeOriginal)
      ? tags.OffsetTimeOriginal
      : '';
  const lat = degrees(tags.GPSLatitude, tags.GPSLatitudeRef, 'S');
  const lon = degrees(tags.GPSLongitude, tags.GPSLongitudeRef, 'W');
  const position: [number, number] | null =
    lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0)
      ? [lon, lat]
      : null;
  const alt = num(tags.GPSAltitude);
  return {
    takenAt: taken ? taken + offset : null,
    gpsTime: gpsTime(tags.GPSDateStamp, tags.GPSTimeStamp),
    position,
    altitude: alt === null ? null : firstNumber(tags.GPSAltitudeRef) === 1 ? -alt : alt,
    direction: num(tags.GPSImgDirection),
  };
}

/** EXIF time and position of a JPEG held in memory. */
export async function readPhotoExif(bytes: Uint8Array): Promise<ExifRead> {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8)
    return { ok: false, code: 'not_jpeg', detail: 'the data does not start with a JPEG marker (FF D8)' };
  try {
    const tags = (await exifr.parse(bytes, {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      reviveValues: false,
      translateValues: false,
      mergeOutput: true,
    })) as Tags | undefined;
    return { ok: true, exif: exifFromTags(tags) };
  } catch (e) {
    return { ok: false, code: 'unreadable', detail: (e as Error).message };
  }
}
