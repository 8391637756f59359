/**
 * The small ports main-side services take instead of globals, so the same code runs in
 * Electron, in the web shell and in tests (with fakes).
 */

/** Wall-clock time and timers. Tests pass a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export interface TimerHandle {
  readonly id: unknown;
}

/** The platform fetch (undici in Node, net.fetch in Electron). */
export type FetchPort = typeof fetch;

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => ({ id: setTimeout(callback, ms) }),
  clearTimeout: (handle) => clearTimeout(handle.id as ReturnType<typeof setTimeout>),
};

/** Something that can be stopped: timers, pollers, listeners. */
export type Disposer = () => void;
