import { z } from 'zod';

/** The kinds of source Luister can listen to. */
export const platformSchema = z.enum(['demo', 'rss', 'mastodon', 'bluesky']);
export type Platform = z.infer<typeof platformSchema>;
