import { eventNames, type CallName, type EventName } from '../shared/contract';
import type { LuisterBridge } from '../shared/bridgeApi';
import type { Result } from '../shared/result';

const CALL_TIMEOUT_MS = 60_000;

/** Fired on window when the web shell goes away (stopped, crashed, restarted with a new token). */
export const CONNECTION_LOST_EVENT = 'luister:connection-lost';

type Pending = { resolve: (result: Result<unknown>) => void; timer: ReturnType<typeof setTimeout> };

/**
 * The contract over the web shell's WebSocket (token from the page URL). Reconnects when
 * the shell restarts; calls made while disconnected wait for the connection.
 */
export function createWebShellBridge(location: Location): LuisterBridge {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws?token=${encodeURIComponent(token)}`;
  const pending = new Map<number, Pending>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let ready: Promise<WebSocket> | null = null;

  function connect(): Promise<WebSocket> {
    ready ??= new Promise((resolve) => {
      const open = (attempt: number) => {
        const ws = new WebSocket(url);
        ws.onopen = () => {
          socket = ws;
          resolve(ws);
        };
        ws.onmessage = (message) => receive(String(message.data));
        ws.onclose = () => {
          if (socket === ws) {
            socket = null;
            ready = null;
            failAll('The connection to Luister was lost.');
            // Tell the interface; the Electron shell never fires this.
            window.dispatchEvent(new Event(CONNECTION_LOST_EVENT));
          } else setTimeout(() => open(attempt + 1), Math.min(5_000, 250 * 2 ** attempt));
        };
      };
      open(0);
    });
    return ready;
  }

  function receive(data: string): void {
    const message = JSON.parse(data) as {
      id?: number;
      result?: Result<unknown>;
      event?: EventName;
      payload?: unknown;
    };
    if (typeof message.id === 'number' && message.result) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (waiting) {
        clearTimeout(waiting.timer);
        waiting.resolve(message.result);
      }
    } else if (message.event && eventNames.includes(message.event)) {
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    }
  }

  function failAll(message: string): void {
    for (const [id, waiting] of pending) {
      clearTimeout(waiting.timer);
      waiting.resolve({ ok: false, error: { code: 'disconnected', message } });
      pending.delete(id);
    }
  }

  async function call(name: CallName, input: unknown): Promise<Result<unknown>> {
    const ws = await connect();
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve({
          ok: false,
          error: { code: 'timeout', message: `Luister did not answer in time (${name}).` },
        });
      }, CALL_TIMEOUT_MS);
      pending.set(id, { resolve, timer });
      ws.send(JSON.stringify({ id, call: name, input }));
    });
  }

  void connect();
  return new Proxy({} as LuisterBridge, {
    get(_target, property) {
      if (property === 'on') {
        return (event: EventName, handler: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          set.add(handler);
          listeners.set(event, set);
          return () => set.delete(handler);
        };
      }
      return (input: unknown) => call(property as CallName, input);
    },
  });
}
