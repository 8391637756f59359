import type { SourceHealth } from '../../shared/domain/sourceHealth';
import { initialHealth } from '../../shared/domain/sourceHealth';
import type { JsonValue } from '../../shared/json';
import { missingCase } from '../../shared/result';
import type { Clock, TimerHandle } from '../ports';
import type { PollBatch, PollError, Source } from '../sources/source';
import { backoffDelay, jitteredInterval } from './backoff';

export interface SchedulerDeps {
  clock: Clock;
  /** Uniform [0, 1); tests pass a fixed sequence. */
  random: () => number;
  /** The source's cursor as last journaled. */
  cursorOf(sourceId: string): JsonValue | null;
  /** Classifies and journals a batch; resolves with the number of mentions ingested. Throws when it could not be saved. */
  ingest(sourceId: string, batch: PollBatch): Promise<number>;
  onHealth(sourceId: string, health: SourceHealth): void;
}

interface Entry {
  source: Source;
  intervalMs: number;
  health: SourceHealth;
  timer: TimerHandle | null;
  polling: Promise<void> | null;
  abort: AbortController | null;
  failures: number;
  /** A rate limit's end: even an immediate poll waits for it. */
  notBefore: number;
  today: string;
}

/**
 * Runs every enabled source on its own interval. Each source has its own timer and its own
 * failure state, so one source's trouble never delays another; a source never has two
 * polls in flight.
 */
export class PollScheduler {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly deps: SchedulerDeps) {}

  /** Starts listening to a source; its first poll runs at once. */
  add(source: Source, intervalMs: number): void {
    this.remove(source.id);
    const entry: Entry = {
      source,
      intervalMs,
      health: initialHealth(true),
      timer: null,
      polling: null,
      abort: null,
      failures: 0,
      notBefore: 0,
      today: this.day(),
    };
    this.entries.set(source.id, entry);
    this.schedule(entry, 0);
  }

  remove(sourceId: string): void {
    const entry = this.entries.get(sourceId);
    if (!entry) return;
    this.clearTimer(entry);
    entry.abort?.abort();
    this.entries.delete(sourceId);
  }

  health(sourceId: string): SourceHealth | null {
    return this.entries.get(sourceId)?.health ?? null;
  }

  /** Polls now (system resumed, network back): skips sources that need the user, honours rate limits. */
  pollAllNow(): void {
    for (const entry of this.entries.values()) {
      if (entry.health.state === 'reconnectNeeded' || entry.polling) continue;
      this.schedule(entry, Math.max(0, entry.notBefore - this.deps.clock.now()));
    }
  }

  /** Resolves when the source's current poll (if any) has finished: for tests and shutdown. */
  async settled(sourceId: string): Promise<void> {
    await this.entries.get(sourceId)?.polling;
  }

  dispose(): void {
    for (const sourceId of [...this.entries.keys()]) this.remove(sourceId);
  }

  private schedule(entry: Entry, delayMs: number): void {
    this.clearTimer(entry);
    entry.health = {
      ...entry.health,
      nextPollAt: new Date(this.deps.clock.now() + delayMs).toISOString(),
    };
    this.publish(entry);
    entry.timer = this.deps.clock.setTimeout(() => {
      entry.timer = null;
      entry.polling = this.poll(entry).finally(() => {
        entry.polling = null;
      });
    }, delayMs);
  }

  private async poll(entry: Entry): Promise<void> {
    const abort = new AbortController();
    entry.abort = abort;
    this.update(entry, { state: 'polling', nextPollAt: null });
    const result = await entry.source
      .poll(this.deps.cursorOf(entry.source.id), abort.signal)
      .catch((error: unknown) => ({
        ok: false as const,
        error: { kind: 'transient' as const, message: describe(error) },
      }));
    entry.abort = null;
    if (abort.signal.aborted || this.entries.get(entry.source.id) !== entry) return;
    if (result.ok) await this.succeed(entry, result.value);
    else this.fail(entry, result.error);
  }

  private async succeed(entry: Entry, batch: PollBatch): Promise<void> {
    let count: number;
    try {
      count = await this.deps.ingest(entry.source.id, batch);
    } catch (error) {
      this.fail(entry, { kind: 'transient', message: describeSaveError(error) });
      return;
    }
    entry.failures = 0;
    const today = this.day();
    const base = today === entry.today ? entry.health.mentionsToday : 0;
    entry.today = today;
    this.update(entry, {
      state: 'ok',
      lastSuccessAt: new Date(this.deps.clock.now()).toISOString(),
      mentionsToday: base + count,
      skippedItems: entry.health.skippedItems + batch.skipped,
    });
    this.schedule(entry, jitteredInterval(entry.intervalMs, this.deps.random()));
  }

  private fail(entry: Entry, error: PollError): void {
    const lastError = { message: error.message, at: new Date(this.deps.clock.now()).toISOString() };
    switch (error.kind) {
      case 'auth':
        this.update(entry, { state: 'reconnectNeeded', lastError, nextPollAt: null });
        return;
      case 'rateLimited': {
        const wait = Math.max(error.retryAfterMs, 1_000);
        entry.notBefore = this.deps.clock.now() + wait;
        this.update(entry, { state: 'rateLimited', lastError });
        this.schedule(entry, wait);
        return;
      }
      case 'transient':
        entry.failures += 1;
        this.update(entry, { state: 'backingOff', lastError });
        this.schedule(entry, backoffDelay(entry.failures, this.deps.random()));
        return;
      default:
        missingCase(error);
    }
  }

  private update(entry: Entry, patch: Partial<SourceHealth>): void {
    entry.health = { ...entry.health, ...patch };
    this.publish(entry);
  }

  private publish(entry: Entry): void {
    this.deps.onHealth(entry.source.id, entry.health);
  }

  private clearTimer(entry: Entry): void {
    if (entry.timer) this.deps.clock.clearTimeout(entry.timer);
    entry.timer = null;
  }

  private day(): string {
    return new Date(this.deps.clock.now()).toDateString();
  }
}

/** Why a polled batch could not be journaled, in plain words; the poll is retried, nothing is lost. */
export function describeSaveError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC')
    return 'The disk is full, so new mentions could not be saved. Luister fetches them again once there is space.';
  if (code === 'EACCES' || code === 'EPERM')
    return 'Luister may not write to its profile folder, so new mentions could not be saved. They are fetched again once it can.';
  return `Could not save new mentions (${describe(error)}). Luister fetches them again on the next try.`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
