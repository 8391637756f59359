import type { ClassifiedLanguage, Intent, Sentiment } from '../../../shared/classify/types';
import type { Platform } from '../../../shared/domain/platform';
import type { MentionRecord, MentionStatus } from '../../db/records';

/** What the queue needs of a mention to filter, order and draw one row. */
export interface QueueEntry {
  id: string;
  rank: string;
  status: MentionStatus;
  sourceId: string;
  platform: Platform;
  sentiment: Sentiment;
  intent: Intent;
  lang: ClassifiedLanguage;
  urgent: boolean;
  urgency: number;
  abusive: boolean;
  unread: boolean;
  authorName: string;
  authorHandle: string;
  snippet: string;
  createdAt: string;
  /** Lower-cased, accent-free text and author, for the search box. */
  haystack: string;
}

const SNIPPET_LENGTH = 220;
const HAYSTACK_LENGTH = 1_000;

export function toQueueEntry(record: MentionRecord): QueueEntry {
  const { classification } = record;
  return {
    id: record.id,
    rank: record.rank,
    status: record.status,
    sourceId: record.sourceId,
    platform: record.platform,
    sentiment: classification.sentiment,
    intent: classification.intent,
    lang: classification.lang,
    urgent: classification.urgent,
    urgency: classification.urgency,
    abusive: classification.abusive,
    unread: record.unread,
    authorName: record.author.displayName,
    authorHandle: record.author.handle,
    snippet:
      record.text.length > SNIPPET_LENGTH
        ? `${record.text.slice(0, SNIPPET_LENGTH)}…`
        : record.text,
    createdAt: record.createdAt,
    haystack: foldForSearch(
      `${record.author.displayName} ${record.author.handle} ${record.title ?? ''} ${record.text.slice(0, HAYSTACK_LENGTH)}`,
    ),
  };
}

/** Lower case without accents, so "cafe" finds "café". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
