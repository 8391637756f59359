import { createBlueskySource } from '../../../../../src/main/sources/bluesky/blueskySource';
import { systemClock } from '../../../../../src/main/ports';
import {
  createMemorySecretStore,
  type SecretStore,
} from '../../../../../src/main/settings/secretStore';
import type { BlueskySourceConfig } from '../../../../../src/shared/domain/sourceConfig';
import type { FakeBluesky } from '../../../../helpers/platforms/fakeBluesky';

export function blueskySecrets(
  fake: FakeBluesky,
  password = fake.state.brand.appPassword,
): SecretStore {
  return createMemorySecretStore({ 'source:sky:appPassword': password });
}

/** A Bluesky source wired to the fake entryway, as the app would build it. */
export function blueskySourceFor(
  fake: FakeBluesky,
  secrets: SecretStore = blueskySecrets(fake),
  overrides: Partial<BlueskySourceConfig> = {},
) {
  const config: BlueskySourceConfig = {
    id: 'sky',
    name: 'Bluesky',
    type: 'bluesky',
    enabled: true,
    intervalSeconds: 60,
    terms: ['ziggo'],
    exclude: [],
    baseUrl: fake.url,
    handle: fake.state.brand.handle,
    notifications: true,
    ...overrides,
  };
  return createBlueskySource(config, {
    fetch,
    clock: systemClock,
    secrets,
    userAgent: 'Luister-test/1.0',
    timeoutMs: 2000,
  });
}

export const signal = (): AbortSignal => new AbortController().signal;
