import { z } from 'zod';

/** Poll intervals: a floor protects the platforms (and our rate limits). */
export const MIN_INTERVAL_SECONDS = 15;
export const DEFAULT_INTERVAL_SECONDS = 60;

const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');
const termSchema = z.string().trim().min(1).max(200);
const httpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'an http(s) URL');

const commonFields = {
  id: idSchema,
  name: z.string().trim().min(1, 'a name is needed').max(100),
  enabled: z.boolean(),
  intervalSeconds: z
    .number({ error: 'a whole number of seconds' })
    .int('a whole number of seconds')
    .min(MIN_INTERVAL_SECONDS, `at least ${MIN_INTERVAL_SECONDS} seconds`)
    .max(86_400, 'at most one day (86400 seconds)'),
  /** Brand terms: matched case- and diacritics-insensitively, with or without @ or #. */
  terms: z.array(termSchema).max(50),
  /** A post that contains one of these is not a mention. */
  exclude: z.array(termSchema).max(50),
};

/** The built-in simulator of a Dutch brand's social traffic. */
export const demoSourceConfigSchema = z.object({
  ...commonFields,
  type: z.literal('demo'),
  /** Local and free: may poll faster than real platforms. */
  intervalSeconds: z.number().int().min(1).max(86_400),
  seed: z.number().int().nonnegative(),
  /** Mean seconds between two posts. */
  paceSeconds: z.number().min(0.05).max(3600),
  /** Chance that a post starts a burst of 20-50 posts. */
  burstChance: z.number().min(0).max(1),
});

export const rssSourceConfigSchema = z.object({
  ...commonFields,
  type: z.literal('rss'),
  url: httpUrlSchema,
});

export const mastodonSourceConfigSchema = z.object({
  ...commonFields,
  type: z.literal('mastodon'),
  baseUrl: httpUrlSchema,
  /** Hashtags (without #) whose timelines are followed besides the search terms. */
  hashtags: z.array(termSchema).max(10),
  /** Also read the brand account's mention notifications. */
  notifications: z.boolean(),
});

export const blueskySourceConfigSchema = z.object({
  ...commonFields,
  type: z.literal('bluesky'),
  /** The entryway or PDS that creates the session, e.g. https://bsky.social. */
  baseUrl: httpUrlSchema,
  handle: z.string().trim().min(1).max(253),
  notifications: z.boolean(),
});

/** A configured source as kept in settings. Credentials are never part of it. */
export const sourceConfigSchema = z.discriminatedUnion('type', [
  demoSourceConfigSchema,
  rssSourceConfigSchema,
  mastodonSourceConfigSchema,
  blueskySourceConfigSchema,
]);
export type SourceConfig = z.infer<typeof sourceConfigSchema>;
export type DemoSourceConfig = z.infer<typeof demoSourceConfigSchema>;
export type RssSourceConfig = z.infer<typeof rssSourceConfigSchema>;
export type MastodonSourceConfig = z.infer<typeof mastodonSourceConfigSchema>;
export type BlueskySourceConfig = z.infer<typeof blueskySourceConfigSchema>;
export type SourceType = SourceConfig['type'];

export function defaultDemoSource(): DemoSourceConfig {
  return {
    id: 'demo',
    name: 'Demo',
    type: 'demo',
    enabled: true,
    intervalSeconds: 2,
    terms: [],
    exclude: [],
    seed: 2026,
    paceSeconds: 4,
    burstChance: 0.015,
  };
}

/** A source as the UI submits it: main assigns the id of a new one. */
export const sourceConfigDraftSchema = z.discriminatedUnion('type', [
  demoSourceConfigSchema.extend({ id: idSchema.optional() }),
  rssSourceConfigSchema.extend({ id: idSchema.optional() }),
  mastodonSourceConfigSchema.extend({ id: idSchema.optional() }),
  blueskySourceConfigSchema.extend({ id: idSchema.optional() }),
]);
export type SourceConfigDraft = z.infer<typeof sourceConfigDraftSchema>;

/** Which secrets each kind of source needs, by name. */
export const credentialNames = {
  demo: [],
  rss: [],
  mastodon: ['token'],
  bluesky: ['appPassword'],
} as const satisfies Record<SourceType, readonly string[]>;
