import type { Clock } from '../../ports';
import { profileBasicSchema } from './entities';
import type { XrpcClient } from './xrpcClient';

/** getProfiles takes at most 25 actors per call. */
const BATCH = 25;
/** Follower counts change slowly; a few hours old is fine for influence. */
const TTL_MS = 6 * 3600 * 1000;

export interface FollowerCache {
  /** Fetches counts for DIDs not cached; failures leave them unknown (never fail a poll). */
  load(dids: string[], signal: AbortSignal): Promise<void>;
  get(did: string): number | null;
}

/** Search results and notifications carry no follower counts: look them up in batches. */
export function createFollowerCache(client: XrpcClient, clock: Clock): FollowerCache {
  const cache = new Map<string, { followers: number | null; until: number }>();
  return {
    async load(dids, signal) {
      const now = clock.now();
      const missing = [...new Set(dids)].filter((did) => (cache.get(did)?.until ?? 0) <= now);
      for (let start = 0; start < missing.length; start += BATCH) {
        const batch = missing.slice(start, start + BATCH);
        const params = batch.map((did): [string, string] => ['actors', did]);
        const response = await client.query('app.bsky.actor.getProfiles', params, signal);
        if (!response.ok || response.value.status !== 200) return;
        const profiles = (response.value.data as { profiles?: unknown } | null)?.profiles;
        if (!Array.isArray(profiles)) return;
        for (const raw of profiles) {
          const profile = profileBasicSchema.safeParse(raw);
          if (!profile.success) continue;
          cache.set(profile.data.did, {
            followers: profile.data.followersCount ?? null,
            until: now + TTL_MS,
          });
        }
      }
    },
    get: (did) => cache.get(did)?.followers ?? null,
  };
}
