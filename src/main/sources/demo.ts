import { z } from 'zod';
import { mentionId } from '../../shared/domain/mention';
import type { DemoSourceConfig } from '../../shared/domain/sourceConfig';
import type { JsonValue } from '../../shared/json';
import { ok } from '../../shared/result';
import type { Clock } from '../ports';
import { DEMO_HOST, DemoGenerator } from './demoGenerator';
import { answerBacks } from './demoPosts';
import { createRandom, pick } from './demoRandom';
import { DemoTimeline } from './demoTimeline';
import type { RawMention, ReplyReceipt, Source } from './source';

/** Posts shown at once on a first start: the "last few minutes" of traffic. */
const OPENING_BACKLOG = 12;
/** After a long pause, deliver at most this many of the missed posts. */
const CATCH_UP_LIMIT = 200;
const MAX_PER_POLL = 500;
const ANSWER_BACK_DELAY_MS = 6_000;

const echoSchema = z.object({
  dueAt: z.number(),
  mention: z.custom<RawMention>((value) => typeof value === 'object' && value !== null),
});
const cursorSchema = z.object({
  epoch: z.number(),
  next: z.number().int().nonnegative(),
  echoes: z.array(echoSchema),
});
type DemoCursor = z.infer<typeof cursorSchema>;
type Echo = z.infer<typeof echoSchema>;

/**
 * The built-in demo source: a deterministic simulator of a Dutch brand's social traffic.
 * It goes through the same scheduler and ingest path as any real source. Replies sent to
 * it appear in its threads on the next poll, and some customers answer back.
 */
export function createDemoSource(config: DemoSourceConfig, deps: { clock: Clock }): Source {
  const generator = new DemoGenerator(config.id, config.seed);
  const timeline = new DemoTimeline(config);
  const random = createRandom(config.seed ^ 0xec40);
  const sentReplies = new Map<string, ReplyReceipt>();
  let freshEchoes: Echo[] = [];

  function startCursor(now: number): DemoCursor {
    return { epoch: now - timeline.offsetOf(OPENING_BACKLOG - 1) - 1, next: 0, echoes: [] };
  }

  return {
    id: config.id,
    platform: 'demo',
    poll(rawCursor: JsonValue | null) {
      const now = deps.clock.now();
      const parsed = cursorSchema.safeParse(rawCursor);
      const cursor = parsed.success ? parsed.data : startCursor(now);
      let arrived = timeline.countArrivedBy(now - cursor.epoch, cursor.next);
      let next = cursor.next;
      if (arrived - next > CATCH_UP_LIMIT) next = arrived - CATCH_UP_LIMIT;
      arrived = Math.min(arrived, next + MAX_PER_POLL);
      const fetchedAt = new Date(now).toISOString();
      const mentions: RawMention[] = [];
      for (let index = next; index < arrived; index += 1) {
        const createdAt = new Date(cursor.epoch + timeline.offsetOf(index)).toISOString();
        mentions.push(generator.post(index, createdAt, fetchedAt));
      }
      const echoes = mergeEchoes(cursor.echoes, freshEchoes);
      freshEchoes = [];
      const due = echoes.filter((echo) => echo.dueAt <= now);
      mentions.push(...due.map((echo) => ({ ...echo.mention, fetchedAt })));
      const waiting = echoes.filter((echo) => echo.dueAt > now);
      const nextCursor: DemoCursor = { epoch: cursor.epoch, next: arrived, echoes: waiting };
      return Promise.resolve(ok({ mentions, cursor: nextCursor, skipped: 0 }));
    },
    reply(request) {
      const known = sentReplies.get(request.idempotencyKey);
      if (known) return Promise.resolve(ok(known));
      const now = deps.clock.now();
      const platformId = `r-${request.idempotencyKey}`;
      const target = request.inReplyTo;
      const brandReply: RawMention = {
        id: mentionId(config.id, platformId),
        sourceId: config.id,
        platform: 'demo',
        platformId,
        url: `${DEMO_HOST}/@polderstroom/${platformId}`,
        text: request.text,
        title: null,
        createdAt: new Date(now).toISOString(),
        fetchedAt: new Date(now).toISOString(),
        author: {
          id: 'demo:polderstroom',
          platform: 'demo',
          handle: '@polderstroom',
          displayName: 'Polderstroom Webcare',
          followers: 23_000,
          profileUrl: `${DEMO_HOST}/@polderstroom`,
        },
        threadId: target.threadId,
        inReplyToId: mentionId(config.id, target.platformId),
        fromBrand: true,
        matchedTerm: null,
        replyTarget: null,
      };
      freshEchoes.push({ dueAt: now, mention: brandReply });
      const answerBack = answerBackTo(
        brandReply,
        target.author,
        random(hash(request.idempotencyKey), 1),
        now,
      );
      if (answerBack) freshEchoes.push(answerBack);
      const receipt = { platformId, url: brandReply.url };
      sentReplies.set(request.idempotencyKey, receipt);
      return Promise.resolve(ok(receipt));
    },
  };
}

/** Six in ten customers answer the brand back a few seconds later. */
function answerBackTo(
  brandReply: RawMention,
  customer: RawMention['author'],
  uniform: number,
  now: number,
): Echo | null {
  if (uniform > 0.6) return null;
  // Customers answer in the language the brand wrote to them in.
  const lang = /\b(je|jij|jullie|we|het|een|niet|graag|sorry dat)\b/i.test(brandReply.text)
    ? 'nl'
    : 'en';
  const pool = uniform < 0.4 ? answerBacks[lang].positive : answerBacks[lang].negative;
  const platformId = `a-${brandReply.platformId}`;
  return {
    dueAt: now + ANSWER_BACK_DELAY_MS,
    mention: {
      ...brandReply,
      id: mentionId(brandReply.sourceId, platformId),
      platformId,
      url: `${customer.profileUrl ?? DEMO_HOST}/${platformId}`,
      text: pick(pool, (uniform * 2.5) % 1),
      author: customer,
      inReplyToId: brandReply.id,
      fromBrand: false,
      matchedTerm: null,
    },
  };
}

function mergeEchoes(stored: Echo[], fresh: Echo[]): Echo[] {
  const seen = new Set(stored.map((echo) => echo.mention.id));
  return [...stored, ...fresh.filter((echo) => !seen.has(echo.mention.id))];
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (Math.imul(value, 31) + char.charCodeAt(0)) >>> 0;
  return value;
}
