import { err, ok, type Result } from '../../../shared/result';
import type { Clock } from '../../ports';
import type { ReplyError, ReplyReceipt, ReplyRequest } from '../source';
import { strongRefSchema } from './entities';
import { postUrl } from './postMention';
import { buildFacets, byteLength, graphemeCount, MAX_BYTES, MAX_GRAPHEMES } from './richText';
import { tidFromKey } from './tid';
import { describeXrpcFailure } from './xrpcHttp';
import type { XrpcClient } from './xrpcClient';

const COLLECTION = 'app.bsky.feed.post';

/**
 * Posts a reply with a record key derived from the idempotency key. Bluesky has no
 * idempotency header, but a repo holds one record per key: so we first look for the
 * record (an earlier attempt whose answer was lost), and a create that fails because the
 * key is taken also resolves to the existing record. A retry can never post twice.
 */
export async function sendBlueskyReply(
  client: XrpcClient,
  clock: Clock,
  request: ReplyRequest,
  signal: AbortSignal,
): Promise<Result<ReplyReceipt, ReplyError>> {
  const target = request.inReplyTo.replyTarget ?? {};
  const parent = strongRefSchema.safeParse({ uri: target.uri, cid: target.cid });
  const root = strongRefSchema.safeParse({ uri: target.rootUri, cid: target.rootCid });
  if (!parent.success) {
    return err({
      kind: 'rejected',
      message: 'This post cannot be answered: its reference is missing.',
    });
  }
  const text = request.text.trim();
  const graphemes = graphemeCount(text);
  if (graphemes > MAX_GRAPHEMES || byteLength(text) > MAX_BYTES) {
    return err({
      kind: 'rejected',
      message: `The reply is too long for Bluesky: ${graphemes} characters, at most ${MAX_GRAPHEMES}.`,
    });
  }
  if (text.length === 0) return err({ kind: 'rejected', message: 'The reply is empty.' });
  const session = await client.session(signal);
  if (!session.ok) return session;
  const repo = session.value.did;
  const rkey = tidFromKey(request.idempotencyKey);
  const receipt = (uri: string): ReplyReceipt => ({
    platformId: uri,
    url: postUrl(session.value.handle, uri),
  });

  const earlier = await findRecord(client, repo, rkey, signal);
  if (!earlier.ok) return earlier;
  if (earlier.value) return ok(receipt(earlier.value));

  const mention = target.did && target.handle ? { did: target.did, handle: target.handle } : null;
  const facets = buildFacets(text, mention);
  const record: Record<string, unknown> = {
    $type: COLLECTION,
    text,
    createdAt: new Date(clock.now()).toISOString(),
    reply: { root: root.success ? root.data : parent.data, parent: parent.data },
  };
  if (target.lang) record.langs = [target.lang];
  if (facets.length > 0) record.facets = facets;
  const created = await client.procedure(
    'com.atproto.repo.createRecord',
    { repo, collection: COLLECTION, rkey, record },
    signal,
  );
  if (!created.ok) return created;
  const { status, data, errorName, message } = created.value;
  const uri = (data as { uri?: unknown } | null)?.uri;
  if (status === 200 && typeof uri === 'string') return ok(receipt(uri));
  // The exact error for a taken record key is not documented: whatever the refusal, if
  // the record now exists, an earlier attempt made it.
  const existing = await findRecord(client, repo, rkey, signal);
  if (existing.ok && existing.value) return ok(receipt(existing.value));
  if (status >= 400 && status < 500) {
    return err({
      kind: 'rejected',
      message: message ?? errorName ?? describeXrpcFailure(created.value),
    });
  }
  return err({ kind: 'transient', message: describeXrpcFailure(created.value) });
}

async function findRecord(
  client: XrpcClient,
  repo: string,
  rkey: string,
  signal: AbortSignal,
): Promise<Result<string | null, ReplyError>> {
  const response = await client.query(
    'com.atproto.repo.getRecord',
    [
      ['repo', repo],
      ['collection', COLLECTION],
      ['rkey', rkey],
    ],
    signal,
  );
  if (!response.ok) return response;
  const uri = (response.value.data as { uri?: unknown } | null)?.uri;
  if (response.value.status === 200 && typeof uri === 'string') return ok(uri);
  if (response.value.status === 400 || response.value.status === 404) return ok(null);
  return err({ kind: 'transient', message: describeXrpcFailure(response.value) });
}
