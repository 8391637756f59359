import { session, shell, type WebContents } from 'electron';
import { checkExternalUrl } from '../../shared/externalUrl';
import { APP_ORIGIN } from './rendererProtocol';

/**
 * The Electron security checklist applied to every web contents: deny permissions but
 * notifications, block webviews, deny window.open and navigation away from the app, and
 * open https links in the system browser only after the one URL check.
 */
export function secureSession(): void {
  // Threat: a hostile post tricks the renderer into asking for camera, location, etc.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'notifications'),
  );
  session.defaultSession.setPermissionCheckHandler(
    (_contents, permission) => permission === 'notifications',
  );
}

export function secureWebContents(contents: WebContents): void {
  // Threat: an injected <webview> gets a less restricted renderer.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Threat: window.open / target=_blank loads remote content inside the app.
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  // Threat: navigating the app window itself to an attacker's page.
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin === APP_ORIGIN) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (new URL(url).origin !== APP_ORIGIN) event.preventDefault();
  });
}

/** Opens a link in the system browser if it passes the URL check; otherwise does nothing. */
export function openExternally(url: string): boolean {
  const checked = checkExternalUrl(url);
  if (!checked.ok) return false;
  void shell.openExternal(checked.url);
  return true;
}
