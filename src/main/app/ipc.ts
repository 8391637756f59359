import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { callNames } from '../../shared/contract';
import { dispatch } from '../dispatch';
import type { Luister } from '../luister';
import { APP_ORIGIN } from './rendererProtocol';

/**
 * Every contract call arrives here: the sender frame must be our own renderer (not an
 * iframe or a navigated-away page), then `dispatch` parses the input with the contract.
 */
export function serveContract(luister: Luister, window: () => BrowserWindow | null): () => void {
  for (const name of callNames) {
    ipcMain.handle(`luister:${name}`, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isOwnRenderer(event))
        return {
          ok: false,
          error: { code: 'forbidden', message: 'Calls are only accepted from Luister itself.' },
        };
      return dispatch(luister.handlers, name, input);
    });
  }
  const unsubscribe = luister.events.subscribe((event, payload) =>
    window()?.webContents.send(`luister:event:${event}`, payload),
  );
  return () => {
    unsubscribe();
    for (const name of callNames) ipcMain.removeHandler(`luister:${name}`);
  };
}

function isOwnRenderer(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}
