/**
 * Where credentials live: Electron safeStorage in the desktop app, a file only the user
 * can read in the web shell. Never the settings file, logs, the renderer or IndexedDB.
 */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Plain words for the UI about how secrets are protected in this shell. */
  readonly protection: string;
}

/** Keeps secrets in memory: for tests and the one-shot command line. */
export function createMemorySecretStore(initial: Record<string, string> = {}): SecretStore {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => Promise.resolve(values.get(key) ?? null),
    set: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
    protection: 'kept in memory only',
  };
}
