import { mentionId, MAX_MENTION_TEXT } from '../../../shared/domain/mention';
import type { Identity } from '../../../shared/domain/identity';
import { htmlToText } from '../htmlToText';
import type { RawMention } from '../source';
import type { MastodonAccount, MastodonBaseStatus, MastodonStatus } from './entities';

export interface StatusContext {
  sourceId: string;
  /** Host of the instance, to qualify local accts (`user` → `user@host`). */
  instanceHost: string;
  brandAccountId: string | null;
  now: number;
}

/** A boost is only a pointer: the mention is the boosted status. */
export function unboost(status: MastodonStatus): MastodonBaseStatus {
  return status.reblog ?? status;
}

/** The plain text of a status: content warning first, then the text, then media alt text. */
export function statusText(status: MastodonBaseStatus): string {
  const parts: string[] = [];
  const spoiler = status.spoiler_text?.trim();
  if (spoiler) parts.push(`CW: ${spoiler}`);
  const body = htmlToText(status.content ?? '');
  if (body) parts.push(body);
  for (const media of status.media_attachments ?? []) {
    const description = media.description?.trim();
    parts.push(description ? `[${media.type}: ${description}]` : `[${media.type}]`);
  }
  return parts.join('\n\n').slice(0, MAX_MENTION_TEXT);
}

/** Normalises one (already unboosted) status at the edge. */
export function statusToMention(
  status: MastodonBaseStatus,
  context: StatusContext,
  matchedTerm: string | null,
): RawMention {
  const id = mentionId(context.sourceId, status.id);
  const replyTarget: Record<string, string> = {
    statusId: status.id,
    acct: status.account.acct,
    visibility: status.visibility ?? 'public',
  };
  if (status.language) replyTarget.lang = status.language;
  return {
    id,
    sourceId: context.sourceId,
    platform: 'mastodon',
    platformId: status.id,
    url: status.url ?? status.uri,
    title: null,
    text: statusText(status),
    createdAt: status.created_at,
    fetchedAt: new Date(context.now).toISOString(),
    author: accountIdentity(status.account, context.instanceHost),
    // Mastodon does not name a thread's root without an extra call per post; the parent
    // is the closest thread we know, and inReplyToId lets the UI walk further.
    threadId: status.in_reply_to_id ? mentionId(context.sourceId, status.in_reply_to_id) : id,
    inReplyToId: status.in_reply_to_id ? mentionId(context.sourceId, status.in_reply_to_id) : null,
    fromBrand: context.brandAccountId !== null && status.account.id === context.brandAccountId,
    matchedTerm,
    replyTarget,
  };
}

/** An account as an Identity keyed by its profile URL (stable across instances). */
export function accountIdentity(account: MastodonAccount, instanceHost: string): Identity {
  const acct = account.acct.includes('@') ? account.acct : `${account.acct}@${instanceHost}`;
  return {
    id: `mastodon:${account.url ?? acct}`,
    platform: 'mastodon',
    handle: `@${acct}`,
    displayName: account.display_name?.trim() || account.username,
    followers: account.followers_count ?? null,
    profileUrl: account.url ?? null,
  };
}
