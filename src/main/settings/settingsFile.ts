import { existsSync, readFileSync, renameSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/domain/settings';

export interface SettingsLoad {
  settings: Settings;
  /** Set when the file was unreadable: where the damaged copy was kept. */
  backupPath: string | null;
  /** What was wrong with it, in plain words. */
  problem: string | null;
}

/**
 * Reads the settings file. A missing file gives the defaults; a corrupt or hand-edited one
 * that no longer fits the schema is kept aside as a backup and replaced by the defaults,
 * so the app starts and can tell the user what happened.
 */
export function loadSettings(path: string, now: () => number = Date.now): SettingsLoad {
  if (!existsSync(path)) {
    const settings = defaultSettings();
    saveSettings(path, settings);
    return { settings, backupPath: null, problem: null };
  }
  const problem = readProblem(path);
  if (problem.settings) return { settings: problem.settings, backupPath: null, problem: null };
  const backupPath = `${path}.broken-${new Date(now()).toISOString().replace(/[:.]/g, '-')}.bak`;
  renameSync(path, backupPath);
  const settings = defaultSettings();
  saveSettings(path, settings);
  return { settings, backupPath, problem: problem.message };
}

/** Writes atomically (temp file + rename), readable only by the user. */
export function saveSettings(path: string, settings: Settings): void {
  writeFileAtomic.sync(path, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
}

function readProblem(
  path: string,
): { settings: Settings; message: null } | { settings: null; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return {
      settings: null,
      message: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data, message: null };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'the file';
  return {
    settings: null,
    message: `${where}: ${issue?.message ?? 'does not match the settings format'}`,
  };
}
