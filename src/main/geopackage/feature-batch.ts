// A batch of feature rows in columns of bytes and numbers, ready to bind into SQLite: what the import job hands
// the store. Its buffers move between threads without copying (transferable), and the store copies each one
// into WASM memory once and binds pointers into it — no per-row objects, strings or blobs on the writing side.
// Measured on 100k roads: structured-cloning prepared feature objects cost 3.8 s; this shape costs milliseconds.
import type { Attributes } from '../../domain/assets/attributes';
import type { BBox, Geometry } from '../../domain/geometry/geojson';
import { encodeGpbTransient, gpbEnvelope } from './geometry-blob';

export const CELL_NULL = 0;
export const CELL_NUMBER = 1;
export const CELL_TEXT = 2;

export interface FeatureBatch {
  count: number;
  /** Table columns in cell order (row-major: cell = row × columns.length + column). */
  columns: string[];
  /** The source row each feature came from, for messages. */
  rows: Int32Array;
  /** uids the file carried, by feature index in this batch (kept when free in the project). */
  sourceUids: Array<[number, string]>;
  /** GeoPackage geometry blobs, back to back; feature i ends at geometryEnds[i]. */
  geometry: Uint8Array;
  geometryEnds: Uint32Array;
  /** minX, minY, maxX, maxY per feature; NaN for an empty geometry. */
  boxes: Float64Array;
  kinds: Uint8Array;
  numbers: Float64Array;
  /** UTF-8 text of every text cell, back to back; a text cell spans textStarts[c]…textEnds[c]. */
  text: Uint8Array;
  textStarts: Uint32Array;
  textEnds: Uint32Array;
}

/** Every buffer a batch owns, for postMessage's transfer list. */
export function batchTransferables(b: FeatureBatch): ArrayBuffer[] {
  return [
    b.rows,
    b.geometry,
    b.geometryEnds,
    b.boxes,
    b.kinds,
    b.numbers,
    b.text,
    b.textStarts,
    b.textEnds,
  ].map((a) => a.buffer as ArrayBuffer);
}

class Bytes {
  buf = new Uint8Array(1 << 16);
  length = 0;

  reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  take(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

const encoder = new TextEncoder();

/** Fills one batch of at most `capacity` features; `take()` hands it over and starts the next. */
export class FeatureBatchBuilder {
  private rows: number[] = [];
  private sourceUids: Array<[number, string]> = [];
  private ends: number[] = [];
  private boxes: number[] = [];
  private kinds: number[] = [];
  private numbers: number[] = [];
  private starts: number[] = [];
  private textEnds: number[] = [];
  private geometry = new Bytes();
  private text = new Bytes();

  constructor(
    readonly columns: readonly string[],
    private readonly srsId: number,
  ) {}

  get count(): number {
    return this.rows.length;
  }

  /** One feature; a column's value comes from `computed` when it has the column, else from `attributes`. */
  add(
    row: number,
    geometry: Geometry,
    attributes: Attributes,
    computed: Attributes,
    sourceUid?: string,
  ): void {
    if (sourceUid) this.sourceUids.push([this.rows.length, sourceUid]);
    this.rows.push(row);
    const blob = encodeGpbTransient(geometry, this.srsId);
    this.geometry.reserve(blob.length);
    this.geometry.buf.set(blob, this.geometry.length);
    this.geometry.length += blob.length;
    this.ends.push(this.geometry.length);
    const box: BBox | null = gpbEnvelope(blob);
    if (box) this.boxes.push(box[0], box[1], box[2], box[3]);
    else this.boxes.push(NaN, NaN, NaN, NaN);
    for (const c of this.columns) {
      const v = c in computed ? computed[c] : attributes[c];
      if (typeof v === 'number') {
        this.kinds.push(CELL_NUMBER);
        this.numbers.push(v);
        this.starts.push(0);
        this.textEnds.push(0);
      } else if (typeof v === 'string') {
        this.text.reserve(v.length * 3);
        const at = this.text.length;
        const { written } = encoder.encodeInto(v, this.text.buf.subarray(at));
        this.text.length += written;
        this.kinds.push(CELL_TEXT);
        this.numbers.push(0);
        this.starts.push(at);
        this.textEnds.push(at + written);
      } else {
        this.kinds.push(CELL_NULL);
        this.numbers.push(0);
        this.starts.push(0);
        this.textEnds.push(0);
      }
    }
  }

  take(): FeatureBatch {
    const batch: FeatureBatch = {
      count: this.rows.length,
      columns: [...this.columns],
      rows: Int32Array.from(this.rows),
      sourceUids: this.sourceUids,
      geometry: this.geometry.take(),
      geometryEnds: Uint32Array.from(this.ends),
      boxes: Float64Array.from(this.boxes),
      kinds: Uint8Array.from(this.kinds),
      numbers: Float64Array.from(this.numbers),
      text: this.text.take(),
      textStarts: Uint32Array.from(this.starts),
      textEnds: Uint32Array.from(this.textEnds),
    };
    this.rows = [];
    this.sourceUids = [];
    this.ends = [];
    this.boxes = [];
    this.kinds = [];
    this.numbers = [];
    this.starts = [];
    this.textEnds = [];
    this.geometry.length = 0;
    this.text.length = 0;
    return batch;
  }
}
