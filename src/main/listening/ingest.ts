import { classify } from '../../shared/classify';
import type { IngestBatch } from '../../shared/contract';
import type { Mention } from '../../shared/domain/mention';
import type { PollBatch, RawMention } from '../sources/source';
import type { IngestJournal } from './journal';

/** Adds the classifier's judgement to a normalised mention. */
export function classifyMention(raw: RawMention): Mention {
  return {
    ...raw,
    // Adapters keep the language the platform declared (Mastodon `language`, Bluesky `langs`) in replyTarget.
    classification: classify({
      text: raw.title ? `${raw.title}\n${raw.text}` : raw.text,
      lang: raw.replyTarget?.lang ?? null,
      followers: raw.author.followers,
    }),
  };
}

export interface IngestSinks {
  /** Pushes the journaled batch to the renderer(s). */
  publish(batch: IngestBatch): void;
  /** Raises alerts for urgent mentions of the batch. */
  alert(mentions: readonly Mention[]): void;
}

/**
 * The ingest path after a poll: classify → append to the journal (fsynced; this is where
 * the source's cursor advances) → push to the renderer → alert. An empty poll only
 * journals its new cursor, so a restart doesn't poll the same window again.
 */
export function ingestPoll(
  journal: IngestJournal,
  sinks: IngestSinks,
  sourceId: string,
  poll: PollBatch,
): number {
  if (poll.mentions.length === 0) {
    journal.advanceCursor(sourceId, poll.cursor);
    return 0;
  }
  const mentions = poll.mentions.map(classifyMention);
  const batch = journal.append(sourceId, poll.cursor, mentions);
  sinks.publish(batch);
  sinks.alert(mentions);
  return mentions.length;
}
