import type * as NodeFs from 'node:fs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sampleMention } from '../../../helpers/sampleMention';

/** When set, the next write puts half its bytes on disk and then fails as a full disk does. */
const disk = vi.hoisted(() => ({ fullAfterHalf: false }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  return {
    ...fs,
    writeSync: (fd: number, data: Buffer | string, offset?: number) => {
      if (!disk.fullAfterHalf)
        return typeof data === 'string'
          ? fs.writeSync(fd, data)
          : fs.writeSync(fd, data, offset ?? 0);
      disk.fullAfterHalf = false;
      const bytes = typeof data === 'string' ? Buffer.from(data) : data.subarray(offset ?? 0);
      fs.writeSync(fd, bytes, 0, Math.floor(bytes.length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
});

describe('IngestJournal on a full disk', () => {
  it('cuts a half-written line back off, so the next batch is still readable after a restart', async () => {
    const { IngestJournal } = await import('../../../../src/main/listening/journal');
    const path = join(mkdtempSync(join(tmpdir(), 'luister-journal-full-')), 'journal.ndjson');
    const { journal } = IngestJournal.open(path);
    journal.append('demo', { next: 1 }, [sampleMention('demo', 'p0')]);
    disk.fullAfterHalf = true;
    expect(() => journal.append('demo', { next: 2 }, [sampleMention('demo', 'p1')])).toThrow(
      'ENOSPC',
    );
    journal.append('demo', { next: 2 }, [sampleMention('demo', 'p1')]);
    expect(
      readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .every((line) => line.startsWith('{') && line.endsWith('}')),
    ).toBe(true);
    const { journal: reopened, report } = IngestJournal.open(path);
    expect(report.unreadableLines).toEqual([]);
    expect(reopened.pending().map((batch) => batch.mentions[0]?.id)).toEqual([
      'demo:p0',
      'demo:p1',
    ]);
    expect(reopened.cursorOf('demo')).toEqual({ next: 2 });
  });
});
