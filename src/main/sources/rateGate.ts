import type { Clock } from '../ports';

/**
 * Remembers until when a platform asked us to wait, so the next poll does not spend a
 * request (and annoy the platform) before the limit has reset.
 */
export interface RateGate {
  /** Milliseconds still to wait; 0 when requests may go out. */
  waitMs(): number;
  /** Blocks requests until the given epoch milliseconds. */
  blockUntil(epochMs: number): void;
}

export function createRateGate(clock: Clock): RateGate {
  let blockedUntil = 0;
  return {
    waitMs: () => Math.max(0, blockedUntil - clock.now()),
    blockUntil: (epochMs) => {
      blockedUntil = Math.max(blockedUntil, epochMs);
    },
  };
}
