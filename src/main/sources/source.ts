import type { Mention } from '../../shared/domain/mention';
import type { Platform } from '../../shared/domain/platform';
import type { JsonValue } from '../../shared/json';
import type { Result } from '../../shared/result';

/** A mention as an adapter produces it: normalised, not yet classified. */
export type RawMention = Omit<Mention, 'classification'>;

/** What one poll found. The cursor is only stored once the batch is in the ingest journal. */
export interface PollBatch {
  mentions: RawMention[];
  /** Opaque to everything but the adapter; JSON so the journal can keep it. */
  cursor: JsonValue;
  /** Items the adapter could not parse and skipped (the rest of the poll is kept). */
  skipped: number;
}

/** Why a poll failed, in the terms the scheduler acts on. */
export type PollError =
  /** 429 or an exhausted rate limit: wait until the platform says so. */
  | { kind: 'rateLimited'; retryAfterMs: number; message: string }
  /** 401/403: the credentials no longer work; stop until the user reconnects. */
  | { kind: 'auth'; message: string }
  /** 5xx, timeouts, network errors, malformed payloads: back off and try again. */
  | { kind: 'transient'; message: string };

/** A reply to post under a mention. */
export interface ReplyRequest {
  /** Chosen once per outgoing reply and reused on every retry (the outbox keeps it). */
  idempotencyKey: string;
  /** The mention being answered, as stored. */
  inReplyTo: Pick<Mention, 'platformId' | 'replyTarget' | 'author' | 'threadId' | 'url'>;
  text: string;
}

export interface ReplyReceipt {
  platformId: string;
  url: string | null;
}

export type ReplyError =
  | { kind: 'rejected'; message: string }
  | { kind: 'auth'; message: string }
  | { kind: 'rateLimited'; retryAfterMs: number; message: string }
  | { kind: 'transient'; message: string }
  | { kind: 'unsupported'; message: string };

/** One listening source: a platform account or feed with its brand terms. */
export interface Source {
  readonly id: string;
  readonly platform: Platform;
  /** Fetch everything new since `cursor` (null on the first poll). Must not throw for expected failures. */
  poll(cursor: JsonValue | null, signal: AbortSignal): Promise<Result<PollBatch, PollError>>;
  /** Post a reply; absent for read-only sources such as feeds. */
  reply?(request: ReplyRequest, signal: AbortSignal): Promise<Result<ReplyReceipt, ReplyError>>;
}
