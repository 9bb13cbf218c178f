// The Electron shell with the electron module replaced (no binary here): security settings, the app://
// protocol, IPC sender checks, keychain-backed secrets and the preload's exposed surface.
import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, IpcMain, Protocol, SafeStorage, Session, WebContents } from 'electron';
import {
  isTrustedUrl,
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
} from '../../src/main/hosts/electron/security';
import { registerAppProtocol } from '../../src/main/hosts/electron/app-protocol';
import { registerIpc } from '../../src/main/hosts/electron/ipc';
import { SecretStore } from '../../src/main/hosts/electron/secrets';
import { ensureProjectFile } from '../../src/main/hosts/electron/first-run';
import { fileDialog } from '../../src/main/hosts/electron/file-dialog';
import { newProject } from '../support/project';
import { tempDir } from '../support/temp';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ result: 'ok' }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke: (...a: unknown[]) => invoke(...a), on: vi.fn(), removeListener: vi.fn() },
}));

describe('Electron security', () => {
  it('renderer runs isolated and sandboxed without Node', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/p.cjs',
    });
  });

  it('blocks navigation away from the app and every new window', () => {
    const handlers: Record<string, (e: { preventDefault: () => void }, url: string) => void> = {};
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, h: (e: { preventDefault: () => void }, url: string) => void) => (handlers[name] = h),
      setWindowOpenHandler: (h: () => { action: string }) => (openHandler = h),
    } as unknown as WebContents;
    hardenWebContents(contents);
    const prevented = (event: string, url: string) => {
      const e = { preventDefault: vi.fn() };
      handlers[event]!(e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://roadgis/index.html')).toBe(false);
    expect(prevented('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(openHandler!()).toEqual({ action: 'deny' });
  });

  it('denies every permission request', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as unknown as Session);
    const cb = vi.fn();
    request!(null, 'geolocation', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });

  it('trusts only app://roadgis pages', () => {
    expect(isTrustedUrl('app://roadgis/index.html')).toBe(true);
    expect(isTrustedUrl('app://roadgis.evil/index.html')).toBe(false);
    expect(isTrustedUrl('https://roadgis/')).toBe(false);
    expect(isTrustedUrl(undefined)).toBe(false);
  });
});

describe('app:// protocol', () => {
  it('serves the renderer with the CSP and nothing outside it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    let handle: ((req: { url: string }) => Promise<Response>) | undefined;
    registerAppProtocol(
      { handle: (_s: string, h: typeof handle) => (handle = h) } as unknown as Protocol,
      dir,
    );
    const ok = await handle!({ url: 'app://roadgis/index.html' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await handle!({ url: 'app://roadgis/../../etc/passwd' })).status).toBe(404);
    expect((await handle!({ url: 'app://other/index.html' })).status).toBe(404);
  });
});

describe('IPC', () => {
  it('refuses calls from other frames and validates the rest through dispatch', async () => {
    const p = await newProject();
    let handler: ((event: unknown, method: unknown, input: unknown) => Promise<unknown>) | undefined;
    registerIpc({ handle: (_c: string, h: typeof handler) => (handler = h) } as unknown as IpcMain, p);
    const fromPage = (url: string) => ({ senderFrame: { url } });
    expect(await handler!(fromPage('https://evil.example/'), 'project.info', {})).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await handler!(fromPage('app://roadgis/index.html'), 42, {})).toMatchObject({
      error: { message: 'method must be a string' },
    });
    expect(
      await handler!(fromPage('app://roadgis/index.html'), 'features.list', { layer: 'x' }),
    ).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(await handler!(fromPage('app://roadgis/index.html'), 'project.info', {})).toMatchObject({
      result: { workingCrs: 'EPSG:9216' },
    });
    await p.store.close();
  });
});

describe('secrets via the OS keychain', () => {
  const fakeSafeStorage = (available: boolean) =>
    ({
      isEncryptionAvailable: () => available,
      encryptString: (s: string) => Buffer.from([...Buffer.from(s)].map((b) => b ^ 0x5a)),
      decryptString: (b: Buffer) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString(),
    }) as unknown as SafeStorage;

  it('stores only ciphertext and reads it back', () => {
    const dir = tempDir();
    const store = new SecretStore(fakeSafeStorage(true), dir);
    store.set('wfs:http://gis.kontum.gov.vn', 'mật-khẩu-bí-mật');
    expect(store.get('wfs:http://gis.kontum.gov.vn')).toBe('mật-khẩu-bí-mật');
    const onDisk = fs.readFileSync(path.join(dir, 'secrets.enc.json'), 'utf8');
    expect(onDisk).not.toContain('mật-khẩu');
    store.delete('wfs:http://gis.kontum.gov.vn');
    expect(store.get('wfs:http://gis.kontum.gov.vn')).toBeNull();
  });

  it('refuses to store anything when the keychain is unavailable', () => {
    const dir = tempDir();
    expect(() => new SecretStore(fakeSafeStorage(false), dir).set('k', 'v')).toThrow(
      /not store the password in plain text/u,
    );
    expect(fs.existsSync(path.join(dir, 'secrets.enc.json'))).toBe(false);
  });
});

describe('preload', () => {
  it('exposes only call and onEvent, over the one IPC channel', async () => {
    await import('../../src/preload/preload');
    const bridge = exposed.roadgisBridge as { call: (m: string, i: unknown) => Promise<unknown> };
    expect(Object.keys(exposed)).toEqual(['roadgisBridge']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent']);
    await bridge.call('project.info', {});
    expect(invoke).toHaveBeenCalledWith('roadgis:call', 'project.info', {});
  });
});

describe('first run', () => {
  it('copies the sample project into the user data folder once', () => {
    const userData = tempDir();
    const resources = tempDir();
    fs.mkdirSync(path.join(resources, 'sample'));
    fs.writeFileSync(path.join(resources, 'sample', 'kon-tum.gpkg'), 'sample');
    const file = ensureProjectFile(userData, resources);
    expect(fs.readFileSync(file, 'utf8')).toBe('sample');
    fs.writeFileSync(file, 'edited');
    expect(fs.readFileSync(ensureProjectFile(userData, resources), 'utf8')).toBe('edited');
  });
});

describe('native file dialog', () => {
  const win = { id: 1 } as unknown as BrowserWindow;
  it('opens filtered by extension, attached to the window, and returns only the chosen path', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/du-lieu/duong.shp'] }));
    const choose = fileDialog(
      { showOpenDialog, showSaveDialog: vi.fn() } as never,
      () => win,
      '/home/ks/Documents',
    );
    expect(await choose({ mode: 'open', title: 'Chọn tệp', extensions: ['shp', 'zip'] })).toBe(
      '/du-lieu/duong.shp',
    );
    expect(showOpenDialog).toHaveBeenCalledWith(win, {
      title: 'Chọn tệp',
      filters: [{ name: '.shp, .zip', extensions: ['shp', 'zip'] }],
      properties: ['openFile'],
    });
  });

  it('saves under the documents folder with the suggested name; cancel gives null', async () => {
    const showSaveDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePath: '/home/ks/Documents/cau.gpkg' })
      .mockResolvedValueOnce({ canceled: true, filePath: '' });
    const choose = fileDialog(
      { showOpenDialog: vi.fn(), showSaveDialog } as never,
      () => null,
      '/home/ks/Documents',
    );
    const choice = { mode: 'save' as const, title: 'Xuất', extensions: ['gpkg'], defaultName: 'cau.gpkg' };
    expect(await choose(choice)).toBe('/home/ks/Documents/cau.gpkg');
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: 'Xuất',
      filters: [{ name: '.gpkg', extensions: ['gpkg'] }],
      defaultPath: '/home/ks/Documents/cau.gpkg',
    });
    expect(await choose(choice)).toBeNull();
  });
});

const bundle = path.resolve(import.meta.dirname, '../../dist/electron');
const built = fs.existsSync(path.join(bundle, 'main.cjs'));
if (!built)
  console.warn('skipping the Electron bundle worker test: dist/electron is not built (npm run build)');

describe('Electron bundle', () => {
  it.skipIf(!built)('ships the jobs worker next to main.cjs, and it runs under Node', async () => {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(path.join(bundle, 'jobs-worker.cjs'), {
      workerData: { job: 'reproject', input: { from: 'EPSG:4326', to: 'EPSG:9216' } },
    });
    try {
      const coords = new Float64Array([107.9, 14.4]);
      const reply = new Promise<{ id: number; coords: Float64Array }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      worker.postMessage({ id: 1, coords }, [coords.buffer]);
      const { coords: out } = await reply;
      // Kon Tum's VN-2000 TM-3 zone: about 543 km east, 1 593 km north.
      expect(out[0]).toBeCloseTo(542938.63, 1);
      expect(out[1]).toBeCloseTo(1592593.17, 1);
      expect(fs.readFileSync(path.join(bundle, 'main.cjs'), 'utf8')).toContain('jobs-worker');
    } finally {
      await worker.terminate();
    }
  });
});
