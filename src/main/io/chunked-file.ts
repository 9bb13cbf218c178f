// Writes a file through one 4 MB buffer: a shapefile export made three write calls per feature, 300k system
// calls for 100k roads. Callers either copy bytes in or reserve space and fill it in place.
import fs from 'node:fs';

export class ChunkedFileWriter {
  private readonly fd: number;
  private readonly buf: Buffer;
  private used = 0;

  constructor(file: string, chunkBytes = 4 << 20) {
    this.fd = fs.openSync(file, 'w');
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }

  get chunkBytes(): number {
    return this.buf.length;
  }

  /** `n` bytes (at most the chunk size) to fill in place at `buf[at…at+n)`, valid until the next call. */
  reserve(n: number): { buf: Uint8Array; at: number } {
    if (n > this.buf.length)
      throw new RangeError(`cannot reserve ${n} bytes in a ${this.buf.length}-byte chunk`);
    if (this.used + n > this.buf.length) this.flush();
    const at = this.used;
    this.used += n;
    return { buf: this.buf, at };
  }

  write(bytes: Uint8Array): void {
    if (bytes.length > this.buf.length) {
      this.flush();
      fs.writeSync(this.fd, bytes);
      return;
    }
    const { buf, at } = this.reserve(bytes.length);
    buf.set(bytes, at);
  }

  /** Overwrites bytes already written at `position` (a header whose sizes are known only at the end). */
  patch(bytes: Uint8Array, position: number): void {
    this.flush();
    fs.writeSync(this.fd, bytes, 0, bytes.length, position);
  }

  private flush(): void {
    if (this.used) fs.writeSync(this.fd, this.buf, 0, this.used);
    this.used = 0;
  }

  /** Flushes and closes; `abandon` closes without writing what is buffered (the caller removes the file). */
  close(abandon = false): void {
    try {
      if (!abandon) this.flush();
    } finally {
      fs.closeSync(this.fd);
    }
  }
}

/**
 * Writes `out` through a ChunkedFileWriter on `out.tmp`, renamed over `out` once `fill` returns: a failed or
 * interrupted export leaves no partial file behind.
 */
export async function writeFileAtomically<T>(
  out: string,
  fill: (file: ChunkedFileWriter) => Promise<T>,
): Promise<T> {
  const tmp = `${out}.tmp`;
  const file = new ChunkedFileWriter(tmp);
  let done = false;
  try {
    const result = await fill(file);
    done = true;
    return result;
  } finally {
    file.close(!done);
    if (done) fs.renameSync(tmp, out);
    else fs.rmSync(tmp, { force: true });
  }
}
