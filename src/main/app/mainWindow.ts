import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './rendererProtocol';
import { secureWebContents } from './secureWebContents';

/** The app window: sandboxed, isolated, no Node; closing hides it so listening goes on. */
export function createMainWindow(preloadPath: string, isQuitting: () => boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Luister',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: true,
      // Threat: a middle-click on a link in a post opening it in a new app window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  secureWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (isQuitting()) return;
    // Closing the window hides it to the tray: alerts must still come after hours.
    event.preventDefault();
    window.hide();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
