import { describe, expect, it } from 'vitest';
import { createDemoSource } from '../../../../src/main/sources/demo';
import type { RawMention } from '../../../../src/main/sources/source';
import { defaultDemoSource } from '../../../../src/shared/domain/sourceConfig';
import type { JsonValue } from '../../../../src/shared/json';
import { FakeClock } from '../../../helpers/fakeClock';

const signal = new AbortController().signal;

/** Polls a demo source every 2 s for `seconds`, returning everything it produced. */
async function run(seed: number, seconds: number) {
  const clock = new FakeClock();
  const source = createDemoSource({ ...defaultDemoSource(), seed }, { clock });
  let cursor: JsonValue | null = null;
  const mentions: RawMention[] = [];
  for (let elapsed = 0; elapsed <= seconds; elapsed += 2) {
    const result = await source.poll(cursor, signal);
    if (!result.ok) throw new Error('demo poll failed');
    mentions.push(...result.value.mentions);
    cursor = result.value.cursor;
    await clock.advance(2_000);
  }
  return { mentions, source, clock, cursor };
}

describe('demo source', () => {
  it('is deterministic for a given seed', async () => {
    const first = await run(7, 600);
    const second = await run(7, 600);
    expect(second.mentions).toEqual(first.mentions);
    const other = await run(8, 600);
    expect(other.mentions.map((mention) => mention.text)).not.toEqual(
      first.mentions.map((mention) => mention.text),
    );
  });

  it('fills the queue at once on a first start, with urgent kinds among the first posts', async () => {
    const { mentions } = await run(2026, 0);
    expect(mentions.length).toBeGreaterThanOrEqual(10);
    expect(
      mentions.some((mention) =>
        /opzeggen|Radar|storing|datalek|cancelling|outage|journalist|Gevaarlijke/i.test(
          mention.text,
        ),
      ),
    ).toBe(true);
  });

  it('writes about 60% Dutch and 40% English, across every kind of post', async () => {
    const { mentions } = await run(11, 3 * 3600);
    const dutch = mentions.filter((mention) =>
      /\b(de|het|een|niet|ik|mijn|jullie|van|is er)\b/i.test(mention.text),
    ).length;
    expect(mentions.length).toBeGreaterThan(1000);
    expect(dutch / mentions.length).toBeGreaterThan(0.5);
    expect(dutch / mentions.length).toBeLessThan(0.72);
    expect(
      mentions.some(
        (mention) => mention.author.followers !== null && mention.author.followers > 10_000,
      ),
    ).toBe(true);
    expect(mentions.some((mention) => mention.inReplyToId !== null)).toBe(true);
    expect(mentions.some((mention) => /alweer|nog steeds|again|still/i.test(mention.text))).toBe(
      true,
    );
    expect(
      mentions.some((mention) => /#polderstroom/.test(mention.text)) &&
        mentions.some((mention) => /(^|\s)polderstroom/i.test(mention.text)),
    ).toBe(true);
  });

  it('arrives at the configured pace, with bursts of 20-50 posts', async () => {
    const { mentions } = await run(5, 6 * 3600);
    const perMinute = mentions.length / (6 * 60);
    expect(perMinute).toBeGreaterThan(10);
    expect(perMinute).toBeLessThan(25);
    const times = mentions.map((mention) => Date.parse(mention.createdAt));
    const quickGaps = times.slice(1).filter((time, index) => time - (times[index] ?? 0) < 200);
    expect(quickGaps.length).toBeGreaterThan(20);
  });

  it('shows a reply in its thread on the next poll, once, whatever the retries', async () => {
    const { source, clock, cursor, mentions } = await run(3, 10);
    const target = mentions[0]!;
    const request = {
      idempotencyKey: 'key-123456',
      inReplyTo: target,
      text: 'Sorry dat het weer misgaat! We kijken het na.',
    };
    const first = await source.reply!(request, signal);
    const retry = await source.reply!(request, signal);
    expect(retry).toEqual(first);
    const next = await source.poll(cursor, signal);
    if (!next.ok) throw new Error('poll failed');
    const echoes = next.value.mentions.filter((mention) => mention.fromBrand);
    expect(echoes).toHaveLength(1);
    expect(echoes[0]).toMatchObject({
      text: request.text,
      threadId: target.threadId,
      inReplyToId: target.id,
    });
    await clock.advance(10_000);
    const later = await source.poll(next.value.cursor, signal);
    if (!later.ok) throw new Error('poll failed');
    expect(later.value.mentions.filter((mention) => mention.fromBrand)).toHaveLength(0);
  });
});

describe('demo links', () => {
  it('point at the author and the post, with one @', async () => {
    const { mentions } = await run(9, 0);
    for (const mention of mentions) {
      expect(mention.url).toBe(
        `https://social.example/@${mention.author.handle.slice(1)}/${mention.platformId}`,
      );
      expect(mention.url).not.toContain('@@');
    }
  });
});
