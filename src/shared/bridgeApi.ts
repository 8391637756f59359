import type { CallInput, CallName, CallOutput, EventName, EventPayload } from './contract';
import type { Result } from './result';

/**
 * What the renderer can call: one method per contract call, each answered with a Result,
 * plus event subscription. The preload and the web-shell client both implement it.
 */
export type LuisterBridge = {
  [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
} & {
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
};
