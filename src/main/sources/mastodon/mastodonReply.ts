import { err, ok, type Result } from '../../../shared/result';
import { htmlToText } from '../htmlToText';
import type { PollError, ReplyError, ReplyReceipt, ReplyRequest } from '../source';
import {
  mastodonContextSchema,
  mastodonStatusSchema,
  type MastodonAccount,
  type MastodonStatus,
} from './entities';
import type { MastodonClient } from './mastodonClient';

const VISIBILITIES = new Set(['public', 'unlisted', 'private', 'direct']);

/**
 * Posts a reply as the brand account, so that a retry can never post twice:
 *
 * 1. The `Idempotency-Key` header makes the server return the first status for a repeat
 *    with the same key — but it remembers keys only about an hour.
 * 2. So before posting we look in the thread (`/context` descendants) for a reply by the
 *    brand to the same status with the same text, and return that one instead. A webcare
 *    team never wants the same answer twice under one post, so this check always runs.
 */
export async function sendMastodonReply(
  client: MastodonClient,
  brandAccount: (signal: AbortSignal) => Promise<Result<MastodonAccount, PollError>>,
  request: ReplyRequest,
  signal: AbortSignal,
): Promise<Result<ReplyReceipt, ReplyError>> {
  const target = request.inReplyTo.replyTarget ?? {};
  const statusId = target.statusId ?? request.inReplyTo.platformId;
  const acct = target.acct ?? request.inReplyTo.author.handle.replace(/^@/, '');
  const text = addressed(request.text, acct);
  const me = await brandAccount(signal);
  if (!me.ok) return me;

  const earlier = await findEarlierCopy(client, statusId, me.value.id, text, signal);
  if (!earlier.ok) return earlier;
  if (earlier.value) return ok(receipt(earlier.value));

  const body: Record<string, string> = {
    status: text,
    in_reply_to_id: statusId,
    visibility: VISIBILITIES.has(target.visibility ?? '') ? (target.visibility ?? '') : 'public',
  };
  if (target.lang) body.language = target.lang;
  const response = await client.request(
    '/api/v1/statuses',
    { method: 'POST', json: body, headers: { 'Idempotency-Key': request.idempotencyKey } },
    signal,
  );
  if (!response.ok) return response;
  const { status, data, errorText } = response.value;
  if (status === 200) {
    const created = mastodonStatusSchema.safeParse(data);
    if (!created.success) {
      return err({ kind: 'transient', message: 'Mastodon accepted the reply but sent no status.' });
    }
    return ok(receipt(created.data));
  }
  if (status === 404) {
    return err({ kind: 'rejected', message: 'The post no longer exists or is not visible.' });
  }
  return err({
    kind: 'rejected',
    message: errorText ?? `Mastodon refused the reply (HTTP ${status}).`,
  });
}

/** Mastodon does not add the mention itself: the person answered must be addressed. */
export function addressed(text: string, acct: string): string {
  const trimmed = text.trim();
  const mention = `@${acct}`;
  return trimmed.toLowerCase().startsWith(mention.toLowerCase())
    ? trimmed
    : `${mention} ${trimmed}`;
}

async function findEarlierCopy(
  client: MastodonClient,
  statusId: string,
  brandId: string,
  text: string,
  signal: AbortSignal,
): Promise<Result<MastodonStatus | null, ReplyError>> {
  const path = `/api/v1/statuses/${encodeURIComponent(statusId)}/context`;
  const response = await client.request(path, {}, signal);
  if (!response.ok) return response;
  if (response.value.status === 404) {
    return err({ kind: 'rejected', message: 'The post no longer exists or is not visible.' });
  }
  const context = mastodonContextSchema.safeParse(response.value.data);
  if (response.value.status !== 200 || !context.success) {
    return err({ kind: 'transient', message: 'Could not read the thread before replying.' });
  }
  const wanted = comparable(text);
  for (const raw of context.data.descendants) {
    const status = mastodonStatusSchema.safeParse(raw);
    if (!status.success) continue;
    const candidate = status.data;
    if (candidate.account.id !== brandId || candidate.in_reply_to_id !== statusId) continue;
    if (comparable(htmlToText(candidate.content ?? '')) === wanted) return ok(candidate);
  }
  return ok(null);
}

/**
 * Mastodon renders `@user@host` as `@user` and links as anchors, so compare the words
 * without mentions and with whitespace collapsed.
 */
function comparable(text: string): string {
  return text
    .replace(/(^|\s)@[\w.-]+(@[\w.-]+)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function receipt(status: MastodonStatus): ReplyReceipt {
  return { platformId: status.id, url: status.url ?? status.uri };
}
