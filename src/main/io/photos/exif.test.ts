// A real JPEG (2×2 grey, made with ImageMagick, no metadata) given an EXIF segment written here by the TIFF
// rules, in both byte orders phones use; the positions expected are computed by hand from the DMS values.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readPhotoExif } from './exif';

const GREY_2X2 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/wAALCAACAAIBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z';

type Entry = { tag: number; type: 1 | 2 | 4 | 5; value: number[] | string };

/** One IFD's bytes at `offset` (from the TIFF header): entries, next-IFD 0, then the values that do not fit. */
function ifd(entries: Entry[], offset: number, little: boolean): Uint8Array {
  const size = { 1: 1, 2: 1, 4: 4, 5: 8 } as const;
  const head = 2 + entries.length * 12 + 4;
  const extra: number[] = [];
  const out = new DataView(new ArrayBuffer(head + 512));
  out.setUint16(0, entries.length, little);
  const bytesOf = (e: Entry): number[] => {
    if (e.type === 2) return [...new TextEncoder().encode(e.value as string), 0];
    const b = new DataView(new ArrayBuffer((e.value as number[]).length * size[e.type]));
    (e.value as number[]).forEach((v, i) => {
      if (e.type === 1) b.setUint8(i, v);
      else if (e.type === 4) b.setUint32(i * 4, v, little);
      else {
        // RATIONAL: the value × 1000 over 1000, exact for the decimals used here.
        b.setUint32(i * 8, Math.round(v * 1000), little);
        b.setUint32(i * 8 + 4, 1000, little);
      }
    });
    return [...new Uint8Array(b.buffer)];
  };
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    const data = bytesOf(e);
    out.setUint16(at, e.tag, little);
    out.setUint16(at + 2, e.type, little);
    out.setUint32(at + 4, e.type === 2 ? data.length : (e.value as number[]).length, little);
    if (data.length <= 4) data.forEach((b, k) => out.setUint8(at + 8 + k, b));
    else {
      out.setUint32(at + 8, offset + head + extra.length, little);
      extra.push(...data, ...(data.length % 2 ? [0] : []));
    }
  });
  out.setUint32(2 + entries.length * 12, 0, little);
  extra.forEach((b, k) => out.setUint8(head + k, b));
  return new Uint8Array(out.buffer, 0, head + extra.length);
}

interface Fix {
  lat: [number, number, number];
  latRef: string;
  lon: [number, number, number];
  lonRef: string;
  altitude: number;
  below?: boolean;
  direction: number;
  taken: string;
  offset?: string;
  gpsDate: string;
  gpsTime: [number, number, number];
}

/** The grey JPEG with an APP1 Exif segment holding IFD0 → Exif IFD (time) and GPS IFD (fix). */
function jpegWithExif(fix: Fix, little: boolean): Uint8Array {
  const ifd0At = 8;
  const ifd0Size = 2 + 2 * 12 + 4;
  const exifAt = ifd0At + ifd0Size;
  const exifEntries: Entry[] = [{ tag: 0x9003, type: 2, value: fix.taken }];
  if (fix.offset) exifEntries.push({ tag: 0x9011, type: 2, value: fix.offset });
  const exifIfd = ifd(exifEntries, exifAt, little);
  const gpsAt = exifAt + exifIfd.length;
  const gps = ifd(
    [
      { tag: 0x0000, type: 1, value: [2, 3, 0, 0] },
      { tag: 0x0001, type: 2, value: fix.latRef },
      { tag: 0x0002, type: 5, value: fix.lat },
      { tag: 0x0003, type: 2, value: fix.lonRef },
      { tag: 0x0004, type: 5, value: fix.lon },
      { tag: 0x0005, type: 1, value: [fix.below ? 1 : 0] },
      { tag: 0x0006, type: 5, value: [fix.altitude] },
      { tag: 0x0007, type: 5, value: fix.gpsTime },
      { tag: 0x0011, type: 5, value: [fix.direction] },
      { tag: 0x001d, type: 2, value: fix.gpsDate },
    ],
    gpsAt,
    little,
  );
  const ifd0 = ifd(
    [
      { tag: 0x8769, type: 4, value: [exifAt] },
      { tag: 0x8825, type: 4, value: [gpsAt] },
    ],
    ifd0At,
    little,
  );
  const tiffHeader = new Uint8Array(
    little ? [0x49, 0x49, 42, 0, 8, 0, 0, 0] : [0x4d, 0x4d, 0, 42, 0, 0, 0, 8],
  );
  const tiff = new Uint8Array([...tiffHeader, ...ifd0, ...exifIfd, ...gps]);
  const payload = new Uint8Array([...new TextEncoder().encode('Exif\0\0'), ...tiff]);
  const app1 = new Uint8Array([
    0xff,
    0xe1,
    (payload.length + 2) >> 8,
    (payload.length + 2) & 0xff,
    ...payload,
  ]);
  const jpeg = Buffer.from(GREY_2X2, 'base64');
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

// Kon Tum city: 14°21′16.2″ N, 108°0′1.8″ E = 14.3545, 108.0005 (hand-computed: 21/60 + 16.2/3600, 1.8/3600).
const konTum: Fix = {
  lat: [14, 21, 16.2],
  latRef: 'N',
  lon: [108, 0, 1.8],
  lonRef: 'E',
  altitude: 525.3,
  direction: 87.5,
  taken: '2026:10:05 08:15:30',
  offset: '+07:00',
  gpsDate: '2026:10:05',
  gpsTime: [1, 15, 30],
};

describe('EXIF time and GPS of a field photo', () => {
  it.each([
    ['little-endian (II)', true],
    ['big-endian (MM)', false],
  ])('reads a %s EXIF block', async (_name, little) => {
    const read = await readPhotoExif(jpegWithExif(konTum, little));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.exif.takenAt).toBe('2026-10-05T08:15:30+07:00');
    expect(read.exif.gpsTime).toBe('2026-10-05T01:15:30Z');
    expect(read.exif.position![0]).toBeCloseTo(108.0005, 9);
    expect(read.exif.position![1]).toBeCloseTo(14.3545, 9);
    expect(read.exif.altitude).toBeCloseTo(525.3, 9);
    expect(read.exif.direction).toBeCloseTo(87.5, 9);
  });

  it('signs southern and western positions, and altitudes below sea level', async () => {
    const read = await readPhotoExif(
      jpegWithExif({ ...konTum, latRef: 'S', lonRef: 'W', below: true, offset: undefined }, true),
    );
    expect(read.ok && read.exif.position![1]).toBeCloseTo(-14.3545, 9);
    expect(read.ok && read.exif.position![0]).toBeCloseTo(-108.0005, 9);
    expect(read.ok && read.exif.altitude).toBeCloseTo(-525.3, 9);
    expect(read.ok && read.exif.takenAt).toBe('2026-10-05T08:15:30');
  });

  it('gives nulls for a JPEG without EXIF, and refuses what is not a JPEG', async () => {
    const plain = await readPhotoExif(new Uint8Array(Buffer.from(GREY_2X2, 'base64')));
    expect(plain).toEqual({
      ok: true,
      exif: { takenAt: null, gpsTime: null, position: null, altitude: null, direction: null },
    });
    const png = await readPhotoExif(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    expect(png).toMatchObject({ ok: false, code: 'not_jpeg' });
  });

  // An independent reader agrees with what was written (ExifTool, Debian libimage-exiftool-perl).
  const exiftool = ['/usr/bin/exiftool'].find((p) => fs.existsSync(p));
  if (!exiftool)
    console.log(
      'exif.test: ExifTool not installed (apt-get install libimage-exiftool-perl): cross-check skipped',
    );
  it.skipIf(!exiftool)('writes EXIF that ExifTool reads the same way', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'exif-')), 'photo.jpg');
    fs.writeFileSync(file, jpegWithExif(konTum, false));
    const out = JSON.parse(
      execFileSync(exiftool!, ['-json', '-n', '-GPSLatitude', '-GPSLongitude', '-DateTimeOriginal', file], {
        encoding: 'utf8',
      }),
    ) as Array<Record<string, unknown>>;
    expect(out[0]!.GPSLatitude).toBeCloseTo(14.3545, 9);
    expect(out[0]!.GPSLongitude).toBeCloseTo(108.0005, 9);
    expect(out[0]!.DateTimeOriginal).toBe('2026:10:05 08:15:30');
  });
});
