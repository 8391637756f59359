import type { LuisterBridge } from '../shared/bridgeApi';
import { createWebShellBridge } from './webShellClient';

declare global {
  interface Window {
    /** Present in the Electron shell (exposed by the preload). */
    luister?: LuisterBridge;
  }
}

/**
 * Picks the transport: the preload's `window.luister` in the desktop app, else the web
 * shell's WebSocket. Nothing else in the renderer knows which shell it runs in.
 */
export function createBridge(): LuisterBridge {
  return window.luister ?? createWebShellBridge(window.location);
}

/** Unwraps a call's result, throwing the plain-words error for the UI to show. */
export async function unwrap<T>(
  pending: Promise<
    { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
  >,
): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new BridgeError(result.error.code, result.error.message);
}

export class BridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}
