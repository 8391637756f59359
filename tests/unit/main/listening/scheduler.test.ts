import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS } from '../../../../src/main/listening/backoff';
import { PollScheduler } from '../../../../src/main/listening/scheduler';
import type { PollBatch, PollError, Source } from '../../../../src/main/sources/source';
import type { SourceHealth } from '../../../../src/shared/domain/sourceHealth';
import type { Result } from '../../../../src/shared/result';
import { FakeClock } from '../../../helpers/fakeClock';

type Outcome = Result<PollBatch, PollError>;
const empty: Outcome = { ok: true, value: { mentions: [], cursor: null, skipped: 0 } };

/** A source that answers each poll from a script and records when it was polled. */
function scriptedSource(
  id: string,
  clock: FakeClock,
  script: (call: number) => Outcome | Promise<Outcome>,
) {
  const polledAt: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const source: Source = {
    id,
    platform: 'rss',
    async poll() {
      polledAt.push(clock.now());
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await script(polledAt.length);
      } finally {
        inFlight -= 1;
      }
    },
  };
  return { source, polledAt, maxInFlight: () => maxInFlight };
}

function setup(uniform = 0.5) {
  const clock = new FakeClock();
  const health = new Map<string, SourceHealth>();
  const ingested: string[] = [];
  const scheduler = new PollScheduler({
    clock,
    random: () => uniform,
    cursorOf: () => null,
    ingest: (sourceId, batch) => {
      ingested.push(sourceId);
      return Promise.resolve(batch.mentions.length);
    },
    onHealth: (sourceId, value) => health.set(sourceId, value),
  });
  return { clock, health, ingested, scheduler };
}

const transient: Outcome = {
  ok: false,
  error: { kind: 'transient', message: '503 Service Unavailable' },
};

describe('PollScheduler', () => {
  it('polls at once, then on the interval with jitter', async () => {
    const { clock, scheduler } = setup(1);
    const { source, polledAt } = scriptedSource('a', clock, () => empty);
    const start = clock.now();
    scheduler.add(source, 60_000);
    await clock.advance(200_000);
    // uniform 1 → +10% jitter: 66 s between polls.
    expect(polledAt.map((at) => at - start)).toEqual([0, 66_000, 132_000, 198_000]);
    scheduler.dispose();
  });

  it('backs off exponentially with full jitter on transient errors, up to the cap', async () => {
    const { clock, scheduler, health } = setup(1);
    const { source, polledAt } = scriptedSource('a', clock, () => transient);
    scheduler.add(source, 60_000);
    await clock.advance(2 * 60 * 60_000);
    const gaps = polledAt.slice(1).map((at, index) => at - (polledAt[index] ?? 0));
    expect(gaps.slice(0, 6)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000]);
    expect(Math.max(...gaps)).toBe(BACKOFF_CAP_MS);
    expect(health.get('a')?.state).toBe('backingOff');
    expect(health.get('a')?.lastError?.message).toBe('503 Service Unavailable');
    scheduler.dispose();
  });

  it('full jitter: a uniform draw of 0.25 waits a quarter of the ceiling', async () => {
    const { clock, scheduler } = setup(0.25);
    const { source, polledAt } = scriptedSource('a', clock, (call) =>
      call <= 3 ? transient : empty,
    );
    scheduler.add(source, 60_000);
    await clock.advance(60_000);
    expect(polledAt.slice(1).map((at, index) => at - (polledAt[index] ?? 0))).toEqual([
      1_250, 2_500, 5_000,
    ]);
    scheduler.dispose();
  });

  it('honours Retry-After on 429 and then returns to the interval', async () => {
    const { clock, scheduler, health } = setup(0.5);
    const { source, polledAt } = scriptedSource('a', clock, (call) =>
      call === 1
        ? {
            ok: false,
            error: { kind: 'rateLimited', retryAfterMs: 120_000, message: 'Too many requests' },
          }
        : empty,
    );
    const start = clock.now();
    scheduler.add(source, 60_000);
    await clock.advance(1);
    expect(health.get('a')?.state).toBe('rateLimited');
    await clock.advance(200_000);
    expect(polledAt.map((at) => at - start)).toEqual([0, 120_000, 180_000]);
    scheduler.dispose();
  });

  it('stops a source on 401/403 until the user reconnects', async () => {
    const { clock, scheduler, health } = setup();
    const { source, polledAt } = scriptedSource('a', clock, () => ({
      ok: false,
      error: { kind: 'auth', message: 'The access token was revoked' },
    }));
    scheduler.add(source, 60_000);
    await clock.advance(60 * 60_000);
    expect(polledAt).toHaveLength(1);
    expect(health.get('a')?.state).toBe('reconnectNeeded');
    scheduler.pollAllNow();
    await clock.advance(60_000);
    expect(polledAt).toHaveLength(1);
    scheduler.dispose();
  });

  it('polls every source at once on resume, but not before a rate limit ends', async () => {
    const { clock, scheduler } = setup(0.5);
    const healthy = scriptedSource('healthy', clock, () => empty);
    const limited = scriptedSource('limited', clock, (call) =>
      call === 1
        ? { ok: false, error: { kind: 'rateLimited', retryAfterMs: 300_000, message: 'slow down' } }
        : empty,
    );
    scheduler.add(healthy.source, 600_000);
    scheduler.add(limited.source, 600_000);
    await clock.advance(10_000);
    scheduler.pollAllNow();
    await clock.advance(1);
    expect(healthy.polledAt).toHaveLength(2);
    expect(limited.polledAt).toHaveLength(1);
    await clock.advance(300_000);
    expect(limited.polledAt).toHaveLength(2);
    scheduler.dispose();
  });

  it("one source's trouble never delays another", async () => {
    const { clock, scheduler } = setup(0.5);
    const hanging = scriptedSource('hanging', clock, () => new Promise<Outcome>(() => undefined));
    const failing = scriptedSource('failing', clock, () => transient);
    const healthy = scriptedSource('healthy', clock, () => empty);
    scheduler.add(hanging.source, 60_000);
    scheduler.add(failing.source, 60_000);
    scheduler.add(healthy.source, 60_000);
    const start = clock.now();
    await clock.advance(185_000);
    expect(healthy.polledAt.map((at) => at - start)).toEqual([0, 60_000, 120_000, 180_000]);
    expect(hanging.polledAt).toHaveLength(1);
    scheduler.dispose();
  });

  it('never runs two polls of one source at once', async () => {
    const { clock, scheduler } = setup(0.5);
    let release: (() => void) | null = null;
    const slow = scriptedSource(
      'slow',
      clock,
      () => new Promise<Outcome>((resolve) => (release = () => resolve(empty))),
    );
    scheduler.add(slow.source, 60_000);
    await clock.advance(1);
    scheduler.pollAllNow();
    scheduler.pollAllNow();
    await clock.advance(1);
    expect(slow.maxInFlight()).toBe(1);
    release!();
    scheduler.dispose();
  });

  it('treats a batch that could not be journaled as a failure, so the cursor does not move', async () => {
    const clock = new FakeClock();
    const health = new Map<string, SourceHealth>();
    const scheduler = new PollScheduler({
      clock,
      random: () => 0.5,
      cursorOf: () => null,
      ingest: () =>
        Promise.reject(
          Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
        ),
      onHealth: (sourceId, value) => health.set(sourceId, value),
    });
    const { source } = scriptedSource('a', clock, () => empty);
    scheduler.add(source, 60_000);
    await clock.advance(1);
    expect(health.get('a')?.state).toBe('backingOff');
    expect(health.get('a')?.lastError?.message).toBe(
      'The disk is full, so new mentions could not be saved. Luister fetches them again once there is space.',
    );
    scheduler.dispose();
  });

  it('counts mentions ingested today and skipped items', async () => {
    const { clock, scheduler, health } = setup();
    const batch: Outcome = {
      ok: true,
      value: { mentions: [{} as never, {} as never], cursor: 1, skipped: 1 },
    };
    const { source } = scriptedSource('a', clock, () => batch);
    scheduler.add(source, 60_000);
    await clock.advance(70_000);
    expect(health.get('a')?.mentionsToday).toBe(4);
    expect(health.get('a')?.skippedItems).toBe(2);
    scheduler.dispose();
  });
});
