import { Dexie } from 'dexie';
import type { MentionChangeFeed } from '../../db/changeFeed';
import type { LuisterDatabase } from '../../db/database';
import type { MentionRecord } from '../../db/records';
import { toQueueEntry, type QueueEntry } from './queueEntry';
import { matcher, type QueueFilters } from './queueFilters';

export type QueueLoadState =
  | { phase: 'loading' }
  | { phase: 'partial' }
  | { phase: 'ready' }
  | { phase: 'error'; message: string };

const FIRST_PAGE = 80;
/** Above this many changed rows, re-sort instead of inserting one by one. */
const BULK_REBUILD = 256;

/**
 * The queue's in-memory index: one compact entry per mention, kept in queue order, so a
 * filter change over 100,000 mentions is a single pass in memory. The database stays the
 * system of record; the repositories' change feed keeps the index in step with it.
 */
export class QueueIndex {
  private entries: QueueEntry[] = [];
  private readonly byId = new Map<string, QueueEntry>();
  private readonly listeners = new Set<() => void>();
  private cache: { version: number; key: string; result: QueueEntry[] } | null = null;
  version = 0;
  state: QueueLoadState = { phase: 'loading' };

  constructor(
    private readonly db: LuisterDatabase,
    feed: MentionChangeFeed,
  ) {
    feed.subscribe((changed) => this.upsert(changed));
  }

  /** Shows the first page at once, then loads everything in the background. */
  async load(): Promise<void> {
    try {
      const firstPage = await this.db.mentions
        .where('[status+rank]')
        .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
        .limit(FIRST_PAGE)
        .toArray();
      this.replaceAll(firstPage, { phase: 'partial' });
      const all = await this.db.mentions.toArray();
      this.replaceAll(all, { phase: 'ready' });
    } catch (error) {
      this.state = {
        phase: 'error',
        message: error instanceof Error ? error.message : String(error),
      };
      this.changed();
    }
  }

  /** Entries matching the filters, in queue order (memoised per version and filters). */
  query(filters: QueueFilters): QueueEntry[] {
    const key = JSON.stringify(filters);
    if (this.cache?.version === this.version && this.cache.key === key) return this.cache.result;
    const result = this.entries.filter(matcher(filters));
    this.cache = { version: this.version, key, result };
    return result;
  }

  get(id: string): QueueEntry | undefined {
    return this.byId.get(id);
  }

  /** Source ids present in the queue (for the channel filter). */
  sourceIds(): string[] {
    return [...new Set(this.entries.map((entry) => entry.sourceId))].sort();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private replaceAll(records: MentionRecord[], state: QueueLoadState): void {
    // Keep rows that arrived live while the full load was running.
    const loaded = new Set(records.map((record) => record.id));
    const live = this.entries.filter((entry) => !loaded.has(entry.id));
    this.entries = [];
    this.byId.clear();
    const fresh = records.filter((record) => !record.fromBrand).map(toQueueEntry);
    for (const entry of [...fresh, ...(state.phase === 'ready' ? live : [])])
      this.byId.set(entry.id, entry);
    this.entries = [...this.byId.values()].sort(compareRank);
    this.state = state;
    this.changed();
  }

  private upsert(records: readonly MentionRecord[]): void {
    if (records.length > BULK_REBUILD) return this.bulkUpsert(records);
    for (const record of records) {
      if (record.fromBrand) continue;
      const entry = toQueueEntry(record);
      const previous = this.byId.get(entry.id);
      if (previous) this.entries.splice(this.positionOf(previous), 1);
      this.entries.splice(this.insertionPoint(entry), 0, entry);
      this.byId.set(entry.id, entry);
    }
    this.changed();
  }

  /** Many rows at once (a replay after days offline): one sort beats thousands of splices. */
  private bulkUpsert(records: readonly MentionRecord[]): void {
    for (const record of records)
      if (!record.fromBrand) this.byId.set(record.id, toQueueEntry(record));
    this.entries = [...this.byId.values()].sort(compareRank);
    this.changed();
  }

  private positionOf(entry: QueueEntry): number {
    const start = this.insertionPoint(entry);
    for (let index = Math.max(0, start - 1); index < this.entries.length; index += 1)
      if (this.entries[index]?.id === entry.id) return index;
    return this.entries.findIndex((candidate) => candidate.id === entry.id);
  }

  /** Binary search for the first position whose entry sorts after this one. */
  private insertionPoint(entry: QueueEntry): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = this.entries[middle];
      if (other && compareRank(other, entry) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

function compareRank(a: QueueEntry, b: QueueEntry): number {
  return a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
