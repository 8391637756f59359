import { join } from 'node:path';
import { app, net, powerMonitor, type BrowserWindow } from 'electron';
import { createLuister } from '../luister';
import { systemClock } from '../ports';
import { createSource } from '../sources/createSource';
import { ElectronNotifier } from './electronNotifier';
import { serveContract } from './ipc';
import { createMainWindow } from './mainWindow';
import { registerRendererScheme, serveRenderer } from './rendererProtocol';
import { createSafeStorageSecrets } from './safeStorageSecrets';
import { openExternally, secureSession } from './secureWebContents';
import { createTray } from './tray';

// Every renderer sandboxed, before anything else runs.
app.enableSandbox();
registerRendererScheme();

let quitting = false;
let window: BrowserWindow | null = null;

// One instance at a time: a second start focuses the first one's window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showWindow());
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    // Stay alive in the tray; Quit is explicit.
  });
  void app.whenReady().then(start);
}

function start(): void {
  secureSession();
  serveRenderer(join(import.meta.dirname, '..', 'renderer'));
  const profileDir = app.getPath('userData');
  const notifier = new ElectronNotifier();
  const secrets = createSafeStorageSecrets(join(profileDir, 'secrets.json'));
  const luister = createLuister({
    profileDir,
    shell: 'electron',
    version: app.getVersion(),
    locale: app.getLocale(),
    clock: systemClock,
    random: Math.random,
    notifier,
    secrets,
    createSource: (config) =>
      createSource(config, {
        fetch: (input, init) => net.fetch(input instanceof URL ? input.href : input, init),
        clock: systemClock,
        secrets,
        userAgent: `Luister/${app.getVersion()} (webcare client)`,
      }),
    openExternal: (url) => void openExternally(url),
  });
  serveContract(luister, () => window);
  notifier.onClick(() => showWindow());
  window = createMainWindow(
    join(import.meta.dirname, '..', 'preload', 'preload.cjs'),
    () => quitting,
  );
  createTray(trayIconPath(), {
    show: showWindow,
    quit: () => app.quit(),
  });
  // Poll at once after sleep: the night's complaints should not wait for the next interval.
  powerMonitor.on('resume', () => luister.pollAllNow());
  app.on('will-quit', () => luister.dispose());
}

/** electron-builder copies the tray icon into the app's resources; in development it is in build/. */
function trayIconPath(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'tray.png')
    : join(import.meta.dirname, '..', '..', 'build', 'tray.png');
}

function showWindow(): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
