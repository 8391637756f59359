import { existsSync, readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import type { SecretStore } from './secretStore';

/**
 * The web shell's secret store: a JSON file readable only by the user (mode 0600). The web
 * shell has no OS keychain; the desktop app uses Electron safeStorage instead.
 */
export function createFileSecretStore(path: string): SecretStore {
  const read = (): Record<string, string> => {
    if (!existsSync(path)) return {};
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      return typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, string>)
        : {};
    } catch {
      return {};
    }
  };
  const write = (values: Record<string, string>) =>
    writeFileAtomic.sync(path, JSON.stringify(values), { mode: 0o600 });
  return {
    get: (key) => Promise.resolve(read()[key] ?? null),
    set: (key, value) => Promise.resolve(write({ ...read(), [key]: value })),
    delete: (key) => {
      const values = read();
      delete values[key];
      write(values);
      return Promise.resolve();
    },
    protection:
      'Web shell: credentials are kept in a file in your profile folder that only your user account can read; they are not encrypted by an OS keychain. The desktop app encrypts them with the OS keychain.',
  };
}
