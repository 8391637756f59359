import type { MentionRecord } from './records';

type Listener = (changed: readonly MentionRecord[]) => void;

/**
 * Tells in-memory views (the queue index) which mentions the repositories just wrote, so
 * they update in place instead of re-reading 100,000 rows.
 */
export class MentionChangeFeed {
  private readonly listeners = new Set<Listener>();

  publish(changed: readonly MentionRecord[]): void {
    if (changed.length === 0) return;
    for (const listener of this.listeners) listener(changed);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
