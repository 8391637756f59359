import { z } from 'zod';
import { mentionSchema } from './domain/mention';
import { sourceConfigSchema, sourceConfigDraftSchema } from './domain/sourceConfig';
import { sourceHealthSchema } from './domain/sourceHealth';
import { settingsViewSchema, settingsPatchSchema } from './domain/settings';

/**
 * The one contract between renderer and main. Every call and event is declared here with
 * zod schemas; main parses every input with them, whichever shell carries the message
 * (Electron IPC or the web shell's WebSocket).
 */

/** A batch of mentions as journaled by main; `seq` is acked once the renderer stored it. */
export const ingestBatchSchema = z.object({
  seq: z.number().int().positive(),
  sourceId: z.string(),
  mentions: z.array(mentionSchema),
});
export type IngestBatch = z.infer<typeof ingestBatchSchema>;

export const noticeSchema = z.object({
  id: z.string(),
  /** Stable key the UI translates, e.g. `notice.settingsReset`. */
  key: z.string(),
  /** Values for the translation (file names, counts). */
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  level: z.enum(['info', 'warning', 'error']),
});
export type Notice = z.infer<typeof noticeSchema>;

const empty = z.object({}).strict();

/** Calls: renderer → main, each answered with a Result. */
export const calls = {
  /** Version and shell, for the about box and diagnostics. */
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      shell: z.enum(['electron', 'web']),
      locale: z.string(),
    }),
  },
  /** Things main had to tell the user about at start (e.g. a settings file it had to reset). */
  'app.notices': { input: empty, output: z.array(noticeSchema) },
  'app.dismissNotice': { input: z.object({ id: z.string().max(100) }).strict(), output: z.null() },
  /** Opens an http(s) link in the system browser after the URL check. */
  'app.openExternal': { input: z.object({ url: z.string().max(4000) }).strict(), output: z.null() },
  'settings.get': { input: empty, output: settingsViewSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsViewSchema },
  'sources.list': {
    input: empty,
    output: z.array(
      z.object({
        config: sourceConfigSchema,
        health: sourceHealthSchema,
        hasCredentials: z.boolean(),
      }),
    ),
  },
  /** Adds or replaces a source; credentials go to the secret store, never to settings. */
  'sources.save': {
    input: z
      .object({
        config: sourceConfigDraftSchema,
        credentials: z.record(z.string(), z.string().max(4000)).optional(),
      })
      .strict(),
    output: sourceConfigSchema,
  },
  'sources.remove': { input: z.object({ id: z.string().max(64) }).strict(), output: z.null() },
  'sources.setEnabled': {
    input: z.object({ id: z.string().max(64), enabled: z.boolean() }).strict(),
    output: z.null(),
  },
  /** Runs one poll now without ingesting; says what it found or the exact error. */
  'sources.test': {
    input: z.object({ id: z.string().max(64) }).strict(),
    output: z.object({
      found: z.number().int(),
      sample: z.array(z.string()),
      skipped: z.number().int(),
    }),
  },
  /** Polls every source now (the network came back). */
  'sources.pollNow': { input: empty, output: z.null() },
  /** Batches journaled but not yet acked (replayed at start). */
  'ingest.pending': { input: empty, output: z.object({ batches: z.array(ingestBatchSchema) }) },
  /** The renderer stored every batch up to and including `seq`. */
  'ingest.ack': {
    input: z.object({ seq: z.number().int().nonnegative() }).strict(),
    output: z.null(),
  },
  /** Posts a reply; the same idempotency key never posts twice. */
  'replies.send': {
    input: z
      .object({
        idempotencyKey: z.string().min(8).max(100),
        sourceId: z.string().min(1).max(64),
        /** The mention answered, as the renderer stored it. */
        inReplyTo: mentionSchema.pick({
          platformId: true,
          replyTarget: true,
          author: true,
          threadId: true,
          url: true,
        }),
        text: z.string().min(1).max(10_000),
      })
      .strict(),
    output: z.object({ platformId: z.string(), url: z.string().nullable() }),
  },
  /** Raises an alert the renderer decided on (rules that need history). At most one per mention. */
  'alerts.raise': {
    input: z
      .object({
        mentionId: z.string().min(3).max(2000),
        title: z.string().max(200),
        body: z.string().max(500),
      })
      .strict(),
    output: z.object({ raised: z.boolean() }),
  },
} as const;

/** Events: main → renderer. */
export const events = {
  mentions: ingestBatchSchema,
  sourceStatus: z.object({ sourceId: z.string(), health: sourceHealthSchema }),
  /** The user clicked a notification: show this mention. */
  focusMention: z.object({ mentionId: z.string() }),
  notice: noticeSchema,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}
