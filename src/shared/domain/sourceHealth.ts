import { z } from 'zod';

/** How a source is doing, as the scheduler sees it; shown per source in the UI. */
export const sourceStateSchema = z.enum([
  'idle',
  'polling',
  'ok',
  'backingOff',
  'rateLimited',
  'reconnectNeeded',
  'disabled',
]);
export type SourceState = z.infer<typeof sourceStateSchema>;

export const sourceHealthSchema = z.object({
  state: sourceStateSchema,
  lastSuccessAt: z.string().nullable(),
  lastError: z.object({ message: z.string(), at: z.string() }).nullable(),
  nextPollAt: z.string().nullable(),
  /** Mentions ingested since local midnight. */
  mentionsToday: z.number().int().nonnegative(),
  /** Items the adapter could not parse, since start. */
  skippedItems: z.number().int().nonnegative(),
});
export type SourceHealth = z.infer<typeof sourceHealthSchema>;

export function initialHealth(enabled: boolean): SourceHealth {
  return {
    state: enabled ? 'idle' : 'disabled',
    lastSuccessAt: null,
    lastError: null,
    nextPollAt: null,
    mentionsToday: 0,
    skippedItems: 0,
  };
}
