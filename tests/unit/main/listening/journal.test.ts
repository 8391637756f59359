import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestJournal } from '../../../../src/main/listening/journal';
import { sampleMention } from '../../../helpers/sampleMention';

function journalPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'luister-journal-')), 'journal.ndjson');
}

describe('IngestJournal', () => {
  it('replays batches appended but not acknowledged before a crash', () => {
    const path = journalPath();
    const first = IngestJournal.open(path).journal;
    first.append('demo', { next: 1 }, [sampleMention('demo', 'p0')]);
    first.append('demo', { next: 2 }, [sampleMention('demo', 'p1')]);
    first.ack(1);
    // Crash: no close, no compaction. A new process opens the same file.
    const { journal } = IngestJournal.open(path);
    expect(journal.pending().map((batch) => batch.mentions.map((mention) => mention.id))).toEqual([
      ['demo:p1'],
    ]);
    expect(journal.cursorOf('demo')).toEqual({ next: 2 });
  });

  it('keeps sequence numbers rising across restarts and compaction', () => {
    const path = journalPath();
    const first = IngestJournal.open(path).journal;
    first.append('demo', 1, [sampleMention('demo', 'p0')]);
    first.ack(1);
    first.compact();
    const { journal } = IngestJournal.open(path);
    expect(journal.append('demo', 2, [sampleMention('demo', 'p1')]).seq).toBe(2);
  });

  it('compaction drops acknowledged batches but keeps every cursor', () => {
    const path = journalPath();
    const { journal } = IngestJournal.open(path);
    journal.append('a', { page: 1 }, [sampleMention('a', '1')]);
    journal.append('b', { page: 7 }, [sampleMention('b', '1')]);
    journal.ack(2);
    journal.compact();
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('"t":"batch"');
    const reopened = IngestJournal.open(path).journal;
    expect(reopened.pending()).toEqual([]);
    expect(reopened.cursorOf('a')).toEqual({ page: 1 });
    expect(reopened.cursorOf('b')).toEqual({ page: 7 });
  });

  it('skips and reports a line cut off by a crash, and still replays the lines after it', () => {
    const path = journalPath();
    const { journal } = IngestJournal.open(path);
    journal.append('demo', 1, [sampleMention('demo', 'p0')]);
    journal.close();
    appendFileSync(
      path,
      '{"t":"batch","seq":2,"sourceId":"demo","cursor":2,"mentions":[{"id":"demo:p1","sou\n',
    );
    const later = JSON.stringify({
      t: 'batch',
      seq: 3,
      sourceId: 'demo',
      cursor: 3,
      mentions: [sampleMention('demo', 'p2')],
    });
    appendFileSync(path, `${later}\n`);
    const { journal: reopened, report } = IngestJournal.open(path);
    expect(report.unreadableLines).toEqual([3]);
    expect(reopened.pending().map((batch) => batch.seq)).toEqual([1, 3]);
    expect(reopened.cursorOf('demo')).toBe(3);
  });

  it('an empty poll only moves the cursor, and only when it changed', () => {
    const path = journalPath();
    const { journal } = IngestJournal.open(path);
    journal.advanceCursor('rss', { etag: 'a' });
    const size = readFileSync(path, 'utf8').length;
    journal.advanceCursor('rss', { etag: 'a' });
    expect(readFileSync(path, 'utf8').length).toBe(size);
    expect(IngestJournal.open(path).journal.cursorOf('rss')).toEqual({ etag: 'a' });
  });

  it('treats a hand-edited line of the wrong shape as unreadable', () => {
    const path = journalPath();
    writeFileSync(path, '{"t":"batch","seq":"one"}\n');
    const { report, journal } = IngestJournal.open(path);
    expect(report.unreadableLines).toEqual([1]);
    expect(journal.pending()).toEqual([]);
  });
});

describe('IngestJournal compaction after a replay', () => {
  it('shrinks the file once replayed batches are acknowledged', async () => {
    const { statSync } = await import('node:fs');
    const path = journalPath();
    const first = IngestJournal.open(path).journal;
    const bulky = Array.from({ length: 400 }, (_, index) =>
      sampleMention('demo', `p${index}`, { text: 'x'.repeat(2_000) }),
    );
    first.append('demo', { next: 400 }, bulky);
    first.close();
    const { journal } = IngestJournal.open(path);
    const before = statSync(path).size;
    journal.ack(1);
    expect(statSync(path).size).toBeLessThan(before / 10);
    expect(IngestJournal.open(path).journal.cursorOf('demo')).toEqual({ next: 400 });
  });
});
