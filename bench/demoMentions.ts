import { classifyMention } from '../src/main/listening/ingest';
import { createDemoSource } from '../src/main/sources/demo';
import { defaultDemoSource } from '../src/shared/domain/sourceConfig';
import type { Mention } from '../src/shared/domain/mention';
import type { JsonValue } from '../src/shared/json';
import { FakeClock } from '../tests/helpers/fakeClock';

/** `count` classified demo mentions, exactly as the ingest path produces them. */
export async function demoMentions(count: number, sourceId = 'demo'): Promise<Mention[]> {
  const clock = new FakeClock(Date.now() - 48 * 3600_000);
  const source = createDemoSource(
    { ...defaultDemoSource(), id: sourceId, paceSeconds: 0.5, burstChance: 0.02 },
    { clock },
  );
  const signal = new AbortController().signal;
  const mentions: Mention[] = [];
  let cursor: JsonValue | null = null;
  while (mentions.length < count) {
    const result = await source.poll(cursor, signal);
    if (!result.ok) throw new Error('demo poll failed');
    mentions.push(...result.value.mentions.map(classifyMention));
    cursor = result.value.cursor;
    await clock.advance(60_000);
  }
  return mentions.slice(0, count);
}
