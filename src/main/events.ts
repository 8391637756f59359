import type { EventName, EventPayload } from '../shared/contract';
import type { Disposer } from './ports';

type Listener = (name: EventName, payload: unknown) => void;

/** Fans contract events out to every connected renderer (IPC window or WebSocket clients). */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  subscribe(listener: Listener): Disposer {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
