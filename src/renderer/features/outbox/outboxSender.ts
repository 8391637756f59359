import type { LuisterBridge } from '../../../shared/bridgeApi';
import type { OutboxRepo } from '../../db/outboxRepo';
import type { OutboxRecord } from '../../db/records';

/** Failures worth retrying with the same key; anything else needs the agent. */
const RETRYABLE = new Set(['reply.transient', 'reply.rateLimited', 'timeout', 'disconnected']);
const RETRY_BASE_MS = 5_000;
const RETRY_CAP_MS = 5 * 60_000;

/**
 * Drains the outbox: one reply at a time, always with its own idempotency key, so a
 * retry after a lost answer or a crash mid-send never posts twice. Offline, replies wait.
 */
export class OutboxSender {
  private draining: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly repo: OutboxRepo,
    private readonly bridge: LuisterBridge,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Sends whatever is due; safe to call often (runs one drain at a time). */
  drain(): Promise<void> {
    this.draining ??= this.run().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    for (const record of await this.repo.due(this.now())) await this.send(record);
    this.scheduleNext();
  }

  private async send(record: OutboxRecord): Promise<void> {
    await this.repo.update(record.id, { state: 'sending', attempts: record.attempts + 1 });
    const result = await this.bridge['replies.send']({
      idempotencyKey: record.id,
      sourceId: record.sourceId,
      inReplyTo: record.inReplyTo,
      text: record.text,
    });
    if (result.ok) {
      await this.repo.update(record.id, {
        state: 'sent',
        platformId: result.value.platformId,
        url: result.value.url,
        lastError: null,
        retryAt: null,
      });
    } else if (RETRYABLE.has(result.error.code)) {
      const wait = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** record.attempts);
      await this.repo.update(record.id, {
        state: 'queued',
        lastError: result.error.message,
        retryAt: new Date(this.now().getTime() + wait).toISOString(),
      });
    } else {
      await this.repo.update(record.id, {
        state: 'failed',
        lastError: result.error.message,
        retryAt: null,
      });
    }
  }

  private scheduleNext(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.drain(), RETRY_BASE_MS);
  }
}
