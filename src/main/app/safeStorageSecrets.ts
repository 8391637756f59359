import { existsSync, readFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import type { SecretStore } from '../settings/secretStore';

/**
 * Credentials encrypted with Electron safeStorage (the OS keychain: Keychain, DPAPI,
 * libsecret/kwallet), kept as base64 ciphertext in a 0600 file in the profile folder.
 */
export function createSafeStorageSecrets(path: string): SecretStore {
  const read = (): Record<string, string> => {
    if (!existsSync(path)) return {};
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = (values: Record<string, string>) =>
    writeFileAtomic.sync(path, JSON.stringify(values), { mode: 0o600 });
  return {
    get: (key) => {
      const sealed = read()[key];
      return Promise.resolve(
        sealed ? safeStorage.decryptString(Buffer.from(sealed, 'base64')) : null,
      );
    },
    set: (key, value) => {
      if (!safeStorage.isEncryptionAvailable())
        return Promise.reject(
          new Error(
            'The OS keychain is not available, so Luister cannot store this credential safely.',
          ),
        );
      write({ ...read(), [key]: safeStorage.encryptString(value).toString('base64') });
      return Promise.resolve();
    },
    delete: (key) => {
      const values = read();
      delete values[key];
      write(values);
      return Promise.resolve();
    },
    protection: "Credentials are encrypted with your operating system's keychain.",
  };
}
