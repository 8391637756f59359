import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { callNames, eventNames, type CallName, type EventName } from '../shared/contract';
import type { LuisterBridge } from '../shared/bridgeApi';

/**
 * Exposes the contract as `window.luister`: one named method per call and `on(event)`.
 * Never a generic `send(channel, any)`: the renderer can reach exactly the contract.
 */
const calls = Object.fromEntries(
  callNames.map((name: CallName) => [
    name,
    (input: unknown) => ipcRenderer.invoke(`luister:${name}`, input),
  ]),
);

const bridge = {
  ...calls,
  on(event: EventName, handler: (payload: unknown) => void): () => void {
    if (!eventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const listener = (_event: IpcRendererEvent, payload: unknown) => handler(payload);
    ipcRenderer.on(`luister:event:${event}`, listener);
    return () => ipcRenderer.removeListener(`luister:event:${event}`, listener);
  },
} as unknown as LuisterBridge;

contextBridge.exposeInMainWorld('luister', bridge satisfies LuisterBridge);
