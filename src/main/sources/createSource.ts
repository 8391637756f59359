import type { SourceConfig } from '../../shared/domain/sourceConfig';
import { missingCase } from '../../shared/result';
import type { Clock, FetchPort } from '../ports';
import type { SecretStore } from '../settings/secretStore';
import { createBlueskySource } from './bluesky/blueskySource';
import { createDemoSource } from './demo';
import { DEFAULT_TIMEOUT_MS } from './http';
import { createMastodonSource } from './mastodon/mastodonSource';
import { createRssSource } from './rss/rssSource';
import type { Source } from './source';

/** The ports every source is built from. */
export interface SourceDeps {
  fetch: FetchPort;
  clock: Clock;
  secrets: SecretStore;
  /** Sent on every request: platforms (Reddit in particular) want a descriptive one. */
  userAgent: string;
  /** Per request, body included; defaults to 20 s. */
  timeoutMs?: number;
}

/** Builds the adapter for a configured source. */
export function createSource(config: SourceConfig, deps: SourceDeps): Source {
  const http = {
    fetch: deps.fetch,
    clock: deps.clock,
    userAgent: deps.userAgent,
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  switch (config.type) {
    case 'demo':
      return createDemoSource(config, { clock: deps.clock });
    case 'rss':
      return createRssSource(config, http);
    case 'mastodon':
      return createMastodonSource(config, { ...http, secrets: deps.secrets });
    case 'bluesky':
      return createBlueskySource(config, { ...http, secrets: deps.secrets });
    default:
      return missingCase(config);
  }
}
