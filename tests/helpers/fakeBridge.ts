import type { LuisterBridge } from '../../src/shared/bridgeApi';
import type { CallName, EventName } from '../../src/shared/contract';
import type { Result } from '../../src/shared/result';

type Handler = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

/** A bridge for renderer tests: answers calls from a table and lets the test emit events. */
export function createFakeBridge(answers: Partial<Record<CallName, Handler>>) {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: { name: CallName; input: unknown }[] = [];
  const bridge = new Proxy({} as LuisterBridge, {
    get(_target, property) {
      if (property === 'on') {
        return (event: EventName, handler: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          set.add(handler);
          listeners.set(event, set);
          return () => set.delete(handler);
        };
      }
      return async (input: unknown) => {
        const name = property as CallName;
        calls.push({ name, input });
        const answer = answers[name];
        if (!answer)
          return { ok: false, error: { code: 'unexpected', message: `no answer for ${name}` } };
        return answer(input);
      };
    },
  });
  return {
    bridge,
    calls,
    emit(event: EventName, payload: unknown) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}
