// Credentials (e.g. the provincial WFS-T password) encrypted with the OS keychain through safeStorage.
// The file holds only ciphertext; nothing is written when the OS offers no encryption.
import fs from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';

export class SecretStore {
  private readonly file: string;

  constructor(
    private readonly safeStorage: SafeStorage,
    dir: string,
  ) {
    this.file = path.join(dir, 'secrets.enc.json');
  }

  private readAll(): Record<string, string> {
    if (!fs.existsSync(this.file)) return {};
    return JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, string>;
  }

  set(key: string, value: string): void {
    if (!this.safeStorage.isEncryptionAvailable()) {
      throw new Error(
        'The operating system keychain is not available; RoadGIS will not store the password in plain text',
      );
    }
    const all = this.readAll();
    all[key] = this.safeStorage.encryptString(value).toString('base64');
    fs.writeFileSync(this.file, JSON.stringify(all), { mode: 0o600 });
  }

  get(key: string): string | null {
    const blob = this.readAll()[key];
    return blob ? this.safeStorage.decryptString(Buffer.from(blob, 'base64')) : null;
  }

  delete(key: string): void {
    const all = this.readAll();
    delete all[key];
    fs.writeFileSync(this.file, JSON.stringify(all), { mode: 0o600 });
  }
}
