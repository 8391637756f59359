import { createMastodonSource } from '../../../../../src/main/sources/mastodon/mastodonSource';
import { systemClock } from '../../../../../src/main/ports';
import { createMemorySecretStore } from '../../../../../src/main/settings/secretStore';
import type { MastodonSourceConfig } from '../../../../../src/shared/domain/sourceConfig';
import type { FakeMastodon } from '../../../../helpers/platforms/fakeMastodon';

/** A Mastodon source wired to a fake instance, as the app would build it. */
export function mastodonSourceFor(
  fake: FakeMastodon,
  overrides: Partial<MastodonSourceConfig> = {},
  token: string = fake.state.token,
  timeoutMs = 2000,
) {
  const config: MastodonSourceConfig = {
    id: 'masto',
    name: 'Mastodon',
    type: 'mastodon',
    enabled: true,
    intervalSeconds: 60,
    terms: ['Ziggo'],
    exclude: [],
    baseUrl: fake.url,
    hashtags: [],
    notifications: true,
    ...overrides,
  };
  const secrets = createMemorySecretStore({ 'source:masto:token': token });
  return createMastodonSource(config, {
    fetch,
    clock: systemClock,
    secrets,
    userAgent: 'Luister-test/1.0',
    timeoutMs,
  });
}

export const signal = (): AbortSignal => new AbortController().signal;
