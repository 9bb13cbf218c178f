// Electron main process: only wiring. Hardens the session, serves the renderer over app://, opens the project
// (the sample on first run), builds the services and connects them to the window through IPC.
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import path from 'node:path';
import { nodeHostPorts } from '../../services/host-ports';
import { openServices } from '../../services/open-project';
import { APP_SCHEME, registerAppProtocol } from './app-protocol';
import { fileDialog } from './file-dialog';
import { ensureProjectFile } from './first-run';
import { forwardEvents, registerIpc } from './ipc';
import { APP_ORIGIN, hardenSession, hardenWebContents, secureWebPreferences } from './security';

protocol.registerSchemesAsPrivileged([APP_SCHEME]);
app.enableSandbox();
app.on('web-contents-created', (_e, contents) => hardenWebContents(contents));

async function start(): Promise<void> {
  const appDir = app.getAppPath();
  const resourcesDir = app.isPackaged
    ? path.join(process.resourcesPath, 'resources')
    : path.join(appDir, 'resources');
  const ports = nodeHostPorts({
    resourcesDir,
    chooseFile: fileDialog(dialog, () => BrowserWindow.getFocusedWindow(), app.getPath('documents')),
  });
  hardenSession(session.defaultSession);
  registerAppProtocol(protocol, path.join(appDir, 'dist', 'renderer'));

  const projectArg = process.argv.find((a) => a.endsWith('.gpkg'));
  const services = await openServices(
    ensureProjectFile(app.getPath('userData'), resourcesDir, projectArg),
    ports,
  );
  registerIpc(ipcMain, services);

  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'RoadGIS',
    show: false,
    webPreferences: secureWebPreferences(path.join(appDir, 'dist', 'electron', 'preload.cjs')),
  });
  forwardEvents(services, win.webContents);
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`${APP_ORIGIN}/index.html`);

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void services.close().finally(() => app.quit());
  });
}

app.on('window-all-closed', () => app.quit());
app.whenReady().then(start, (e: unknown) => {
  console.error('RoadGIS could not start:', e);
  app.exit(1);
});
