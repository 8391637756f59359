import { existsSync, readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';

/**
 * Reads a small JSON file of the profile folder; a missing or unreadable file gives
 * `fallback` (callers only keep data here whose loss is harmless or reported elsewhere).
 */
export function readJsonFile(path: string, fallback: unknown): unknown {
  if (!existsSync(path)) return fallback;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return fallback;
  }
}

/** Writes atomically (temp file + rename), readable only by the user. */
export function writeJsonFile(path: string, value: unknown): void {
  writeFileAtomic.sync(path, JSON.stringify(value), { mode: 0o600 });
}

/** A JSON object of strings (secret stores), whatever the file holds. */
export function readStringRecord(path: string): Record<string, string> {
  const value = readJsonFile(path, {});
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
