// Serves the built renderer as app://roadgis/… with the app's CSP, confined to one folder (no file:// access).
import fs from 'node:fs';
import type { Protocol } from 'electron';
import { resolveStaticPath, staticHeaders } from '../web/static-files';

export const APP_SCHEME = {
  scheme: 'app',
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'roadgis' ? resolveStaticPath(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(await fs.promises.readFile(file)), { headers: staticHeaders(file) });
  });
}
