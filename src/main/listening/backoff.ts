/** First retry after a failure waits up to this long. */
export const BACKOFF_BASE_MS = 5_000;
/** No retry waits longer than this (the cap). */
export const BACKOFF_CAP_MS = 15 * 60_000;

/**
 * Exponential backoff with full jitter: a uniform wait between 0 and base·2^(failures-1),
 * capped. Full jitter spreads retries of many clients so they don't hammer a recovering
 * server together.
 */
export function backoffDelay(failures: number, uniform: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.floor(uniform * ceiling);
}

/** ±10% around the interval, so sources configured alike don't poll in lockstep. */
export function jitteredInterval(intervalMs: number, uniform: number): number {
  return Math.round(intervalMs * (0.9 + 0.2 * uniform));
}
