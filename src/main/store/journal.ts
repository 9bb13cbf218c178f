// Append-only journal of committed transactions (design.md §3). A line is "<sha256/16>\t<json>\n" and is fsynced
// before the edit is acknowledged; a torn last line (killed mid-write) fails its checksum and is dropped.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ChangeTransaction } from '../../domain/changes/change';

const checksum = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

export class Journal {
  private fd: number;

  constructor(readonly path: string) {
    this.fd = fs.openSync(path, 'a');
  }

  append(tx: ChangeTransaction): void {
    const json = JSON.stringify(tx);
    fs.writeSync(this.fd, `${checksum(json)}\t${json}\n`);
    fs.fsyncSync(this.fd);
  }

  /** Empties the journal once a checkpoint holds everything it had. */
  truncate(): void {
    fs.ftruncateSync(this.fd, 0);
    fs.fsyncSync(this.fd);
  }

  size(): number {
    return fs.fstatSync(this.fd).size;
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  /** Reads every intact transaction; cuts a torn tail off the file so later appends start clean. */
  static read(path: string): ChangeTransaction[] {
    if (!fs.existsSync(path)) return [];
    const data = fs.readFileSync(path);
    const out: ChangeTransaction[] = [];
    let offset = 0;
    while (offset < data.length) {
      const nl = data.indexOf(0x0a, offset);
      if (nl < 0) break;
      const line = data.subarray(offset, nl).toString('utf8');
      const tab = line.indexOf('\t');
      const json = line.slice(tab + 1);
      if (tab !== 16 || checksum(json) !== line.slice(0, 16)) break;
      out.push(JSON.parse(json) as ChangeTransaction);
      offset = nl + 1;
    }
    if (offset < data.length) fs.truncateSync(path, offset);
    return out;
  }
}
