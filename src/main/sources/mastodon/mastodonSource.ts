import type { MastodonSourceConfig } from '../../../shared/domain/sourceConfig';
import type { JsonValue } from '../../../shared/json';
import { err, ok, type Result } from '../../../shared/result';
import type { SecretStore } from '../../settings/secretStore';
import type { HttpDeps } from '../http';
import type { PollBatch, PollError, RawMention, Source } from '../source';
import { createTermMatcher, decideByTerms } from '../terms';
import {
  mastodonAccountSchema,
  mastodonNotificationSchema,
  mastodonStatusSchema,
  type MastodonAccount,
} from './entities';
import { createMastodonClient } from './mastodonClient';
import { mastodonCursorToJson, readMastodonCursor } from './mastodonCursor';
import { sendMastodonReply } from './mastodonReply';
import { pollSearch } from './searchPaging';
import { statusText, statusToMention, unboost, type StatusContext } from './statusMention';
import { pollTimeline } from './timelinePaging';

export type MastodonDeps = HttpDeps & { secrets: SecretStore };

/**
 * A Mastodon account listening for brand terms (search), brand hashtags (tag timelines)
 * and mentions of the brand account (notifications), and replying as that account.
 */
export function createMastodonSource(config: MastodonSourceConfig, deps: MastodonDeps): Source {
  const client = createMastodonClient(config.id, config.baseUrl, deps);
  const matcher = createTermMatcher(config.terms, config.exclude);
  const instanceHost = new URL(config.baseUrl).host;
  let brand: MastodonAccount | null = null;

  /** The brand account (who we are), fetched once: it marks our own posts and replies. */
  async function brandAccount(signal: AbortSignal): Promise<Result<MastodonAccount, PollError>> {
    if (brand) return ok(brand);
    const response = await client.request('/api/v1/accounts/verify_credentials', {}, signal);
    if (!response.ok) return response;
    const parsed = mastodonAccountSchema.safeParse(response.value.data);
    if (response.value.status !== 200 || !parsed.success) {
      return err({ kind: 'transient', message: 'Mastodon did not say which account this is.' });
    }
    brand = parsed.data;
    return ok(brand);
  }

  async function poll(
    cursorValue: JsonValue | null,
    signal: AbortSignal,
  ): Promise<Result<PollBatch, PollError>> {
    const me = await brandAccount(signal);
    if (!me.ok) return me;
    const cursor = readMastodonCursor(cursorValue);
    const context: StatusContext = {
      sourceId: config.id,
      instanceHost,
      brandAccountId: me.value.id,
      now: deps.clock.now(),
    };
    const found = new Map<string, RawMention>();
    let skipped = 0;
    const keep = (raw: unknown, keepWithoutTerm: boolean, fallbackTerm: string | null): void => {
      const parsed = mastodonStatusSchema.safeParse(raw);
      if (!parsed.success) {
        skipped += 1;
        return;
      }
      const status = unboost(parsed.data);
      const decision = decideByTerms(matcher, statusText(status), keepWithoutTerm);
      if (!decision.keep) return;
      const matchedTerm = decision.matchedTerm ?? fallbackTerm;
      const existing = found.get(status.id);
      if (existing) {
        existing.matchedTerm ??= matchedTerm;
        return;
      }
      found.set(status.id, statusToMention(status, context, matchedTerm));
    };

    for (const term of config.terms) {
      const page = await pollSearch(client, term, cursor.search[term] ?? null, signal);
      if (!page.ok) return page;
      for (const item of page.value.items) keep(item, false, null);
      if (page.value.newest) cursor.search[term] = page.value.newest;
    }
    for (const tag of config.hashtags.map((t) => t.replace(/^#/, ''))) {
      const path = `/api/v1/timelines/tag/${encodeURIComponent(tag)}`;
      const page = await pollTimeline(client, path, [], cursor.tags[tag] ?? null, signal);
      if (!page.ok) return page;
      // The user chose this hashtag: its posts count even when no term appears.
      for (const item of page.value.items) keep(item, true, `#${tag}`);
      if (page.value.newest) cursor.tags[tag] = page.value.newest;
    }
    if (config.notifications) {
      const page = await pollTimeline(
        client,
        '/api/v1/notifications',
        [['types[]', 'mention']],
        cursor.notifications,
        signal,
      );
      if (!page.ok) return page;
      skipped += keepNotifications(page.value.items, keep);
      cursor.notifications = page.value.newest;
    }
    return ok({ mentions: [...found.values()], skipped, cursor: mastodonCursorToJson(cursor) });
  }

  return {
    id: config.id,
    platform: 'mastodon',
    poll,
    reply: (request, signal) => sendMastodonReply(client, brandAccount, request, signal),
  };
}

/** Mentions of the brand account are kept without a term; deleted posts (status null) are not. */
function keepNotifications(
  items: unknown[],
  keep: (raw: unknown, keepWithoutTerm: boolean, fallbackTerm: string | null) => void,
): number {
  let skipped = 0;
  for (const item of items) {
    const parsed = mastodonNotificationSchema.safeParse(item);
    if (!parsed.success) {
      skipped += 1;
      continue;
    }
    if (parsed.data.type !== 'mention' || !parsed.data.status) continue;
    keep(parsed.data.status, true, null);
  }
  return skipped;
}
