import { z } from 'zod';
import type { BlueskySourceConfig } from '../../../shared/domain/sourceConfig';
import type { JsonValue } from '../../../shared/json';
import { err, ok, type Result } from '../../../shared/result';
import type { SecretStore } from '../../settings/secretStore';
import type { HttpDeps } from '../http';
import type { PollBatch, PollError, RawMention, Source } from '../source';
import { createTermMatcher, decideByTerms } from '../terms';
import { sendBlueskyReply } from './blueskyReply';
import { notificationSchema, postViewSchema, type PostView } from './entities';
import { createFollowerCache } from './followerCache';
import {
  streamStateSchema,
  walkFromHead,
  WATERMARK_MARGIN_MS,
  type StreamState,
  type WalkPage,
} from './feedWalk';
import { postText, postToMention } from './postMention';
import { describeXrpcFailure } from './xrpcHttp';
import { createXrpcClient, type XrpcClient } from './xrpcClient';

const cursorSchema = z.object({
  search: z.record(z.string(), streamStateSchema),
  notifications: streamStateSchema,
});
type BlueskyCursor = z.infer<typeof cursorSchema>;

const EMPTY: StreamState = { watermark: null, seen: [] };
const SEARCH_LIMIT = 50;
const NOTIFICATION_REASONS = ['mention', 'reply', 'quote'];

export type BlueskyDeps = HttpDeps & { secrets: SecretStore };

/**
 * A Bluesky account listening for brand terms (searchPosts, newest first) and for
 * mentions, replies and quotes of the brand account (notifications), replying as it.
 */
export function createBlueskySource(config: BlueskySourceConfig, deps: BlueskyDeps): Source {
  const client = createXrpcClient(
    { sourceId: config.id, entryway: config.baseUrl, handle: config.handle },
    deps,
  );
  const followers = createFollowerCache(client, deps.clock);
  const matcher = createTermMatcher(config.terms, config.exclude);

  async function poll(
    cursorValue: JsonValue | null,
    signal: AbortSignal,
  ): Promise<Result<PollBatch, PollError>> {
    const session = await client.session(signal);
    if (!session.ok) return session;
    const parsedCursor = cursorSchema.safeParse(cursorValue);
    const cursor: BlueskyCursor = parsedCursor.success
      ? parsedCursor.data
      : { search: {}, notifications: EMPTY };
    const kept: { post: PostView; matchedTerm: string | null }[] = [];
    const byUri = new Set<string>();
    let skipped = 0;
    const keep = (post: PostView, keepWithoutTerm: boolean): void => {
      const decision = decideByTerms(matcher, postText(post), keepWithoutTerm);
      if (!decision.keep || byUri.has(post.uri)) return;
      byUri.add(post.uri);
      kept.push({ post, matchedTerm: decision.matchedTerm });
    };

    for (const term of config.terms) {
      const state = cursor.search[term] ?? EMPTY;
      const walked = await walkFromHead(state, (page) =>
        searchPage(client, term, state, page, signal),
      );
      if (!walked.ok) return walked;
      skipped += walked.value.skipped;
      walked.value.posts.forEach((post) => keep(post, false));
      cursor.search[term] = walked.value.state;
    }
    if (config.notifications) {
      const walked = await walkFromHead(cursor.notifications, (page) =>
        notificationPage(client, page, signal),
      );
      if (!walked.ok) return walked;
      skipped += walked.value.skipped;
      walked.value.posts.forEach((post) => keep(post, true));
      cursor.notifications = walked.value.state;
    }

    await followers.load(
      kept.map(({ post }) => post.author.did),
      signal,
    );
    const context = {
      sourceId: config.id,
      brandDid: session.value.did,
      followers: (did: string) => followers.get(did),
      now: deps.clock.now(),
    };
    const mentions: RawMention[] = kept.map(({ post, matchedTerm }) =>
      postToMention(post, context, matchedTerm),
    );
    return ok({ mentions, skipped, cursor });
  }

  return {
    id: config.id,
    platform: 'bluesky',
    poll,
    reply: (request, signal) => sendBlueskyReply(client, deps.clock, request, signal),
  };
}

async function searchPage(
  client: XrpcClient,
  term: string,
  state: StreamState,
  cursor: string | null,
  signal: AbortSignal,
): Promise<Result<WalkPage, PollError>> {
  const params: [string, string][] = [
    ['q', term],
    ['sort', 'latest'],
    ['limit', String(SEARCH_LIMIT)],
  ];
  if (state.watermark) {
    const since = Date.parse(state.watermark) - WATERMARK_MARGIN_MS;
    params.push(['since', new Date(since).toISOString()]);
  }
  if (cursor) params.push(['cursor', cursor]);
  const response = await client.query('app.bsky.feed.searchPosts', params, signal);
  return readPage(response, 'posts', postViewSchema);
}

async function notificationPage(
  client: XrpcClient,
  cursor: string | null,
  signal: AbortSignal,
): Promise<Result<WalkPage, PollError>> {
  const params: [string, string][] = NOTIFICATION_REASONS.map((r): [string, string] => [
    'reasons',
    r,
  ]);
  params.push(['limit', '50']);
  if (cursor) params.push(['cursor', cursor]);
  const response = await client.query('app.bsky.notification.listNotifications', params, signal);
  const page = readPage(response, 'notifications', notificationSchema);
  if (!page.ok) return page;
  // Older servers ignore `reasons`: filter here too.
  const posts = page.value.posts.filter((post) =>
    NOTIFICATION_REASONS.includes((post as PostView & { reason?: string }).reason ?? ''),
  );
  return ok({ ...page.value, posts });
}

function readPage(
  response: Awaited<ReturnType<XrpcClient['query']>>,
  field: 'posts' | 'notifications',
  schema: z.ZodType<PostView>,
): Result<WalkPage, PollError> {
  if (!response.ok) return response;
  if (response.value.status !== 200) {
    return err({ kind: 'transient', message: describeXrpcFailure(response.value) });
  }
  const data = response.value.data as Record<string, unknown> | null;
  const items = data?.[field];
  if (!Array.isArray(items)) {
    return err({ kind: 'transient', message: `Bluesky sent no ${field} list.` });
  }
  const posts: PostView[] = [];
  let skipped = 0;
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) posts.push(parsed.data);
    else skipped += 1;
  }
  const cursor = typeof data?.cursor === 'string' && data.cursor ? data.cursor : null;
  return ok({ posts, skipped, cursor });
}
