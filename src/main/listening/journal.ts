import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { IngestBatch } from '../../shared/contract';
import { mentionSchema, type Mention } from '../../shared/domain/mention';
import { jsonValueSchema, type JsonValue } from '../../shared/json';

/** Rewrite the journal once this many bytes of acknowledged lines have piled up. */
const COMPACT_AFTER_BYTES = 512 * 1024;

const lineSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('seq'), next: z.number().int().positive() }),
  z.object({ t: z.literal('cursor'), sourceId: z.string(), cursor: jsonValueSchema }),
  z.object({
    t: z.literal('batch'),
    seq: z.number().int().positive(),
    sourceId: z.string(),
    cursor: jsonValueSchema,
    mentions: z.array(mentionSchema),
  }),
  z.object({ t: z.literal('ack'), seq: z.number().int().nonnegative() }),
]);
type JournalLine = z.infer<typeof lineSchema>;

export interface JournalOpenReport {
  /** Lines that could not be read (cut off by a crash, or edited by hand); skipped. */
  unreadableLines: number[];
}

/**
 * The ingest journal: append-only NDJSON in the profile folder, fsynced before a batch
 * counts as ingested. A source's cursor only advances through it, so a crash anywhere
 * between a poll and the renderer's ack loses nothing; the renderer's writes are
 * idempotent, so replaying duplicates nothing.
 */
export class IngestJournal {
  private fd: number;
  private nextSeq = 1;
  private ackedSeq = 0;
  private ackedBytes = 0;
  private readonly pendingBatches = new Map<
    number,
    IngestBatch & { cursor: JsonValue; bytes: number }
  >();
  private readonly cursors = new Map<string, JsonValue>();

  private constructor(private readonly path: string) {
    this.fd = -1;
  }

  /** Opens (or creates) the journal and reads it back; a damaged line is reported, not fatal. */
  static open(path: string): { journal: IngestJournal; report: JournalOpenReport } {
    const journal = new IngestJournal(path);
    const report = journal.load();
    journal.compact();
    return { journal, report };
  }

  /** Appends one polled batch with the source's new cursor and syncs it to disk. */
  append(sourceId: string, cursor: JsonValue, mentions: Mention[]): IngestBatch {
    const seq = this.nextSeq;
    const line = serialize({ t: 'batch', seq, sourceId, cursor, mentions });
    this.write(line);
    this.nextSeq += 1;
    this.cursors.set(sourceId, cursor);
    const batch = { seq, sourceId, mentions, cursor, bytes: line.length };
    this.pendingBatches.set(seq, batch);
    return { seq, sourceId, mentions };
  }

  /** Records a new cursor for a poll that found nothing (skipped when unchanged). */
  advanceCursor(sourceId: string, cursor: JsonValue): void {
    if (JSON.stringify(this.cursors.get(sourceId) ?? null) === JSON.stringify(cursor)) return;
    const line = serialize({ t: 'cursor', sourceId, cursor });
    this.write(line);
    this.cursors.set(sourceId, cursor);
    this.ackedBytes += line.length;
  }

  /** The renderer stored every batch up to `seq`. */
  ack(seq: number): void {
    if (seq <= this.ackedSeq) return;
    this.write(serialize({ t: 'ack', seq }));
    this.ackedSeq = Math.min(seq, this.nextSeq - 1);
    for (const [batchSeq, batch] of this.pendingBatches) {
      if (batchSeq > this.ackedSeq) continue;
      this.ackedBytes += batch.bytes;
      this.pendingBatches.delete(batchSeq);
    }
    if (this.ackedBytes > COMPACT_AFTER_BYTES) this.compact();
  }

  /** Batches written but not acknowledged, oldest first. */
  pending(): IngestBatch[] {
    return [...this.pendingBatches.values()]
      .sort((a, b) => a.seq - b.seq)
      .map(({ seq, sourceId, mentions }) => ({ seq, sourceId, mentions }));
  }

  /** The cursor of the last batch journaled for a source. */
  cursorOf(sourceId: string): JsonValue | null {
    return this.cursors.get(sourceId) ?? null;
  }

  /** Forgets a removed source's cursor. */
  forgetSource(sourceId: string): void {
    this.cursors.delete(sourceId);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  /** Rewrites the file as: next sequence, cursors, unacknowledged batches. Atomic by rename. */
  compact(): void {
    const lines: JournalLine[] = [{ t: 'seq', next: this.nextSeq }];
    for (const [sourceId, cursor] of this.cursors) lines.push({ t: 'cursor', sourceId, cursor });
    for (const batch of this.pendingBatches.values()) {
      lines.push({
        t: 'batch',
        seq: batch.seq,
        sourceId: batch.sourceId,
        cursor: batch.cursor,
        mentions: batch.mentions,
      });
    }
    const temporary = `${this.path}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, lines.map(serialize).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.close();
    renameSync(temporary, this.path);
    syncDirectory(dirname(this.path));
    this.fd = openSync(this.path, 'a', 0o600);
    this.ackedBytes = 0;
  }

  private load(): JournalOpenReport {
    const unreadableLines: number[] = [];
    if (!existsSync(this.path)) return { unreadableLines };
    const lines = readFileSync(this.path, 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (text.trim() === '') return;
      const line = parseLine(text);
      if (line) this.apply(line, text.length + 1);
      else unreadableLines.push(index + 1);
    });
    return { unreadableLines };
  }

  /** Replays one line read back from disk; `bytes` is its size, so acking it can trigger compaction. */
  private apply(line: JournalLine, bytes: number): void {
    switch (line.t) {
      case 'seq':
        this.nextSeq = Math.max(this.nextSeq, line.next);
        return;
      case 'cursor':
        this.cursors.set(line.sourceId, line.cursor);
        return;
      case 'batch':
        this.pendingBatches.set(line.seq, { ...line, bytes });
        this.cursors.set(line.sourceId, line.cursor);
        this.nextSeq = Math.max(this.nextSeq, line.seq + 1);
        return;
      case 'ack':
        this.ackedSeq = Math.max(this.ackedSeq, line.seq);
        for (const seq of this.pendingBatches.keys())
          if (seq <= this.ackedSeq) this.pendingBatches.delete(seq);
        return;
    }
  }

  /**
   * Appends and syncs one line. If the write fails half-way (disk full), the file is cut
   * back to where it was: a torn fragment would otherwise merge with the next line.
   */
  private write(line: string): void {
    const bytes = Buffer.from(line, 'utf8');
    const sizeBefore = fstatSync(this.fd).size;
    try {
      for (let offset = 0; offset < bytes.length;) offset += writeSync(this.fd, bytes, offset);
      fsyncSync(this.fd);
    } catch (error) {
      try {
        ftruncateSync(this.fd, sizeBefore);
      } catch {
        // Nothing more to do: the next start skips and reports the torn line.
      }
      throw error;
    }
  }
}

function serialize(line: JournalLine): string {
  return `${JSON.stringify(line)}\n`;
}

function parseLine(text: string): JournalLine | null {
  try {
    const parsed = lineSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Makes the rename itself durable (a no-op where directories cannot be synced). */
function syncDirectory(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open directories; the rename is still atomic there.
  }
}
