import { createHash } from 'node:crypto';

/**
 * Builders for Bluesky lexicon objects shaped like real AppView/PDS JSON
 * (app.bsky.feed.defs#postView, app.bsky.actor.defs#profileViewDetailed, notifications).
 */
export interface ProfileInput {
  did: string;
  handle: string;
  displayName?: string;
  followers?: number;
}

export function makeProfileBasic(profile: ProfileInput): Record<string, unknown> {
  return {
    did: profile.did,
    handle: profile.handle,
    ...(profile.displayName === undefined ? {} : { displayName: profile.displayName }),
    avatar: `https://cdn.bsky.app/img/avatar/plain/${profile.did}/bafkreiabc@jpeg`,
    associated: { chat: { allowIncoming: 'following' } },
    labels: [],
    createdAt: '2023-05-01T10:00:00.000Z',
  };
}

export function makeProfileDetailed(profile: ProfileInput): Record<string, unknown> {
  return {
    ...makeProfileBasic(profile),
    description: 'Gewoon een mens.',
    banner: `https://cdn.bsky.app/img/banner/plain/${profile.did}/bafkreibanner@jpeg`,
    followersCount: profile.followers ?? 10,
    followsCount: 120,
    postsCount: 450,
    indexedAt: '2024-01-01T00:00:00.000Z',
    viewer: { muted: false, blockedBy: false },
  };
}

/** A CID-looking string (base32, `bafyrei…`), stable for the same content. */
export function fakeCid(content: string): string {
  const digest = createHash('sha256').update(content).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = '';
  for (const byte of digest) out += alphabet[byte % 32];
  return `bafyrei${out.slice(0, 52)}`;
}

export interface PostInput {
  author: ProfileInput;
  rkey: string;
  record: Record<string, unknown>;
  indexedAt: string;
}

export function makePostView(
  input: PostInput,
): Record<string, unknown> & { uri: string; cid: string } {
  const uri = `at://${input.author.did}/app.bsky.feed.post/${input.rkey}`;
  const images = (input.record.embed as { images?: { alt: string }[] } | undefined)?.images;
  return {
    uri,
    cid: fakeCid(uri + JSON.stringify(input.record)),
    author: makeProfileBasic(input.author),
    record: input.record,
    ...(images
      ? {
          embed: {
            $type: 'app.bsky.embed.images#view',
            images: images.map((image, index) => ({
              thumb: `https://cdn.bsky.app/img/feed_thumbnail/plain/${input.author.did}/img${index}@jpeg`,
              fullsize: `https://cdn.bsky.app/img/feed_fullsize/plain/${input.author.did}/img${index}@jpeg`,
              alt: image.alt,
              aspectRatio: { width: 1000, height: 750 },
            })),
          },
        }
      : {}),
    replyCount: 0,
    repostCount: 0,
    likeCount: 0,
    quoteCount: 0,
    indexedAt: input.indexedAt,
    viewer: { threadMuted: false, embeddingDisabled: false },
    labels: [],
  };
}

/** UTF-8 byte range of `part` inside `text`, as facets need. */
export function byteRangeOf(text: string, part: string): { byteStart: number; byteEnd: number } {
  const index = text.indexOf(part);
  const byteStart = Buffer.byteLength(text.slice(0, index));
  return { byteStart, byteEnd: byteStart + Buffer.byteLength(part) };
}
