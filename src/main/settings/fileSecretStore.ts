import { readStringRecord, writeJsonFile } from './jsonFile';
import type { SecretStore } from './secretStore';

/**
 * The web shell's secret store: a JSON file readable only by the user (mode 0600). The web
 * shell has no OS keychain; the desktop app uses Electron safeStorage instead.
 */
export function createFileSecretStore(path: string): SecretStore {
  return {
    get: (key) => Promise.resolve(readStringRecord(path)[key] ?? null),
    set: (key, value) =>
      Promise.resolve(writeJsonFile(path, { ...readStringRecord(path), [key]: value })),
    delete: (key) => {
      const { [key]: _removed, ...rest } = readStringRecord(path);
      writeJsonFile(path, rest);
      return Promise.resolve();
    },
    protection:
      'Web shell: credentials are kept in a file in your profile folder that only your user account can read; they are not encrypted by an OS keychain. The desktop app encrypts them with the OS keychain.',
  };
}
