import type { LuisterBridge } from '../../../shared/bridgeApi';
import type { IngestBatch } from '../../../shared/contract';
import type { MentionsRepo } from '../../db/mentionsRepo';

/**
 * Moves journaled batches from main into the database: first whatever main journaled but
 * we never acknowledged (a crash, a closed window), then live batches. Batches that pile
 * up while a write runs are written together in one transaction, then acknowledged, so
 * main can compact its journal.
 */
export class IngestSync {
  private readonly waiting: IngestBatch[] = [];
  private readonly seen = new Set<number>();
  private replayed = false;
  private writing: Promise<void> | null = null;
  private disposeListener: (() => void) | null = null;

  constructor(
    private readonly bridge: LuisterBridge,
    private readonly repo: MentionsRepo,
    private readonly onError: (message: string) => void,
  ) {}

  async start(): Promise<void> {
    // Live batches wait until the replay is in: acking a later seq first would acknowledge
    // earlier ones that were never stored.
    this.disposeListener = this.bridge.on('mentions', (batch) => this.enqueue([batch]));
    const pending = await this.bridge['ingest.pending']({});
    if (!pending.ok) {
      this.onError(pending.error.message);
      return;
    }
    this.replayed = true;
    this.enqueue(pending.value.batches);
  }

  /** Resolves once everything received so far is stored and acknowledged. */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }

  dispose(): void {
    this.disposeListener?.();
  }

  private enqueue(batches: readonly IngestBatch[]): void {
    for (const batch of batches) {
      if (this.seen.has(batch.seq)) continue;
      this.seen.add(batch.seq);
      this.waiting.push(batch);
    }
    this.waiting.sort((a, b) => a.seq - b.seq);
    this.kick();
  }

  /** Starts a write of everything waiting, unless one is running (it picks up the rest). */
  private kick(): void {
    if (!this.replayed || this.writing || this.waiting.length === 0) return;
    this.writing = this.writeWaiting().finally(() => {
      this.writing = null;
      this.kick();
    });
  }

  private async writeWaiting(): Promise<void> {
    const batches = this.waiting.splice(0, this.waiting.length);
    try {
      await this.repo.ingest(batches.flatMap((batch) => batch.mentions));
      const last = batches.at(-1);
      if (last) await this.bridge['ingest.ack']({ seq: last.seq });
    } catch (error) {
      // Not acknowledged: main keeps the batches and we replay them on the next start.
      // Stop writing: acknowledging a later batch would acknowledge this one too.
      this.replayed = false;
      this.onError(error instanceof Error ? error.message : String(error));
    }
  }
}
