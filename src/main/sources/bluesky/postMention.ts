import { z } from 'zod';
import type { Identity } from '../../../shared/domain/identity';
import { mentionId, MAX_MENTION_TEXT } from '../../../shared/domain/mention';
import type { RawMention } from '../source';
import { rkeyOf, type PostView, type ProfileBasic } from './entities';
import { expandLinks } from './richText';

export interface PostContext {
  sourceId: string;
  brandDid: string;
  followers: (did: string) => number | null;
  now: number;
}

/** The bsky.app page of a post (handles can be invalid; the DID always works). */
export function postUrl(handle: string, uri: string): string {
  const who = handle && handle !== 'handle.invalid' ? handle : (uri.split('/')[2] ?? '');
  return `https://bsky.app/profile/${who}/post/${rkeyOf(uri)}`;
}

/**
 * Bluesky's ordering time: `createdAt` is set by the client and may lie (future or
 * backdated), so the earlier of createdAt and indexedAt is used (docs: timestamps).
 */
export function sortAt(post: PostView): string {
  const created = Date.parse(post.record.createdAt);
  const indexed = Date.parse(post.indexedAt);
  const times = [created, indexed].filter((t) => !Number.isNaN(t));
  return new Date(times.length > 0 ? Math.min(...times) : 0).toISOString();
}

/** Normalises a post (from search or a notification) at the edge. */
export function postToMention(
  post: PostView,
  context: PostContext,
  matchedTerm: string | null,
): RawMention {
  const id = mentionId(context.sourceId, post.uri);
  const reply = post.record.reply;
  const replyTarget: Record<string, string> = {
    uri: post.uri,
    cid: post.cid,
    rootUri: reply?.root.uri ?? post.uri,
    rootCid: reply?.root.cid ?? post.cid,
    did: post.author.did,
    handle: post.author.handle,
  };
  const lang = post.record.langs?.[0];
  if (lang) replyTarget.lang = lang;
  return {
    id,
    sourceId: context.sourceId,
    platform: 'bluesky',
    platformId: post.uri,
    url: postUrl(post.author.handle, post.uri),
    title: null,
    text: postText(post).slice(0, MAX_MENTION_TEXT),
    createdAt: sortAt(post),
    fetchedAt: new Date(context.now).toISOString(),
    author: profileIdentity(post.author, context.followers(post.author.did)),
    threadId: reply ? mentionId(context.sourceId, reply.root.uri) : id,
    inReplyToId: reply ? mentionId(context.sourceId, reply.parent.uri) : null,
    fromBrand: post.author.did === context.brandDid,
    matchedTerm,
    replyTarget,
  };
}

export function profileIdentity(profile: ProfileBasic, followers: number | null): Identity {
  return {
    id: `bluesky:${profile.did}`,
    platform: 'bluesky',
    handle: `@${profile.handle}`,
    displayName: profile.displayName?.trim() || profile.handle,
    followers: followers ?? profile.followersCount ?? null,
    profileUrl: `https://bsky.app/profile/${profile.handle === 'handle.invalid' ? profile.did : profile.handle}`,
  };
}

const altSchema = z.object({ alt: z.string().nullish() });
/** The embed kinds whose text matters: images (alt text), external links, media with a quote. */
const embedSchema = z.object({
  images: z.array(altSchema).nullish(),
  external: z.object({ uri: z.string() }).nullish(),
  media: z.object({ images: z.array(altSchema).nullish() }).nullish(),
});

/** Text with full link URLs, plus image alt text and a shared link (image-only posts are common). */
export function postText(post: PostView): string {
  const parts = [expandLinks(post.record.text, post.record.facets ?? [])];
  const parsed = embedSchema.safeParse(post.record.embed ?? {});
  const embed = parsed.success ? parsed.data : null;
  for (const image of [...(embed?.images ?? []), ...(embed?.media?.images ?? [])]) {
    parts.push(image.alt ? `[image: ${image.alt}]` : '[image]');
  }
  const external = embed?.external?.uri;
  if (external && !parts[0]?.includes(external)) parts.push(external);
  return parts.filter((part) => part.length > 0).join('\n\n');
}
