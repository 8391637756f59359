import { safeStorage } from 'electron';
import { readStringRecord, writeJsonFile } from '../settings/jsonFile';
import type { SecretStore } from '../settings/secretStore';

/**
 * Credentials encrypted with Electron safeStorage (the OS keychain: Keychain, DPAPI,
 * libsecret/kwallet), kept as base64 ciphertext in a 0600 file in the profile folder.
 */
export function createSafeStorageSecrets(path: string): SecretStore {
  return {
    get: (key) => {
      const sealed = readStringRecord(path)[key];
      return Promise.resolve(
        sealed ? safeStorage.decryptString(Buffer.from(sealed, 'base64')) : null,
      );
    },
    set: (key, value) => {
      if (!safeStorage.isEncryptionAvailable()) {
        return Promise.reject(
          new Error(
            'The OS keychain is not available, so Luister cannot store this credential safely.',
          ),
        );
      }
      writeJsonFile(path, {
        ...readStringRecord(path),
        [key]: safeStorage.encryptString(value).toString('base64'),
      });
      return Promise.resolve();
    },
    delete: (key) => {
      const { [key]: _removed, ...rest } = readStringRecord(path);
      writeJsonFile(path, rest);
      return Promise.resolve();
    },
    protection: "Credentials are encrypted with your operating system's keychain.",
  };
}
