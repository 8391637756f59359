import { mentionId, MAX_MENTION_TEXT } from '../../../shared/domain/mention';
import type { RawMention } from '../source';
import { decideByTerms, type TermMatcher } from '../terms';
import type { FeedItem } from './parseFeed';

export interface FeedContext {
  sourceId: string;
  feedUrl: string;
  feedTitle: string | null;
  matcher: TermMatcher;
  /** Fetch time, also the first-seen time for undated items. */
  now: number;
}

/** Normalises feed items to mentions, keeping only those that match the brand terms. */
export function feedItemsToMentions(items: FeedItem[], context: FeedContext): RawMention[] {
  const mentions: RawMention[] = [];
  for (const item of items) {
    const searchable = `${item.title ?? ''}\n${item.text}`;
    const decision = decideByTerms(context.matcher, searchable, false);
    if (!decision.keep) continue;
    mentions.push(toMention(item, context, decision.matchedTerm));
  }
  return mentions;
}

function toMention(item: FeedItem, context: FeedContext, matchedTerm: string | null): RawMention {
  const id = mentionId(context.sourceId, item.id);
  const host = hostOf(context.feedUrl);
  const author = item.authorName;
  const fetchedAt = new Date(context.now).toISOString();
  return {
    id,
    sourceId: context.sourceId,
    platform: 'rss',
    platformId: item.id,
    url: item.link,
    title: item.title?.slice(0, 4000) ?? null,
    text: item.text.slice(0, MAX_MENTION_TEXT),
    createdAt: item.publishedAt === null ? fetchedAt : new Date(item.publishedAt).toISOString(),
    fetchedAt,
    author: {
      id: `rss:${host}:${author ?? ''}`,
      platform: 'rss',
      handle: author ?? host,
      displayName: author ?? context.feedTitle ?? host,
      followers: null,
      profileUrl: item.authorUrl ?? redditProfile(author),
    },
    threadId: id,
    inReplyToId: null,
    fromBrand: false,
    matchedTerm,
    replyTarget: null,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Reddit feeds name authors `/u/name`; their profile is a fixed URL. */
function redditProfile(author: string | null): string | null {
  const match = /^\/?u\/([\w-]+)$/.exec(author ?? '');
  return match ? `https://www.reddit.com/user/${match[1]}` : null;
}
