import { z } from 'zod';
import { platformSchema } from './platform';

/**
 * One account on one platform. `id` is `<platform>:<stable account id>` (Mastodon: the
 * account URL or acct@instance; Bluesky: the DID; RSS: the feed host plus author name).
 */
export const identitySchema = z.object({
  id: z.string().min(1).max(1000),
  platform: platformSchema,
  handle: z.string().max(1000),
  displayName: z.string().max(1000),
  followers: z.number().int().nonnegative().nullable(),
  profileUrl: z.string().max(4000).nullable(),
});
export type Identity = z.infer<typeof identitySchema>;
