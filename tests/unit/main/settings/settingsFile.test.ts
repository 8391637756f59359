import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../../src/main/settings/settingsFile';
import { defaultSettings } from '../../../../src/shared/domain/settings';

function settingsPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'luister-settings-')), 'settings.json');
}

describe('settings file', () => {
  it('starts an empty profile with the demo source enabled', () => {
    const path = settingsPath();
    const { settings, backupPath } = loadSettings(path);
    expect(backupPath).toBeNull();
    expect(settings.sources).toEqual([expect.objectContaining({ type: 'demo', enabled: true })]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('keeps a corrupt file aside as a backup and starts from defaults', () => {
    const path = settingsPath();
    writeFileSync(path, '{"version":1,"language":"nl",');
    const { settings, backupPath, problem } = loadSettings(path, () =>
      Date.parse('2026-11-23T10:00:00Z'),
    );
    expect(settings).toEqual(defaultSettings());
    expect(backupPath).toMatch(/settings\.json\.broken-2026-11-23T10-00-00-000Z\.bak$/);
    expect(readFileSync(backupPath!, 'utf8')).toBe('{"version":1,"language":"nl",');
    expect(problem).toMatch(/not valid JSON/);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(defaultSettings());
  });

  it('treats a hand edit that breaks the schema the same way, naming the field', () => {
    const path = settingsPath();
    writeFileSync(path, JSON.stringify({ ...defaultSettings(), language: 'klingon' }));
    const { backupPath, problem } = loadSettings(path);
    expect(backupPath && existsSync(backupPath)).toBe(true);
    expect(problem).toContain('language');
  });

  it('reads a valid file as it is', () => {
    const path = settingsPath();
    writeFileSync(path, JSON.stringify({ ...defaultSettings(), language: 'nl' }));
    expect(loadSettings(path).settings.language).toBe('nl');
  });
});
