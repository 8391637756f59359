import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/renderer/i18n/en';
import { nl } from '../../../../src/renderer/i18n/nl';
import { resolveLanguage } from '../../../../src/renderer/i18n';
import { REASON_KEYS, describeReason } from '../../../../src/shared/classify/reasons';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('interface texts', () => {
  it('Dutch and English have exactly the same keys, none empty', () => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
    for (const key of keys(nl))
      expect(
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], nl),
        key,
      ).not.toBe('');
  });

  it('follows the OS language unless the user picked one', () => {
    expect(resolveLanguage('system', ['nl-NL', 'en-US'])).toBe('nl');
    expect(resolveLanguage('system', ['de-DE', 'en-GB'])).toBe('en');
    expect(resolveLanguage('en', ['nl-BE'])).toBe('en');
  });

  it('every classifier reason reads as words in both languages', () => {
    for (const key of REASON_KEYS) {
      for (const language of ['en', 'nl'] as const)
        expect(describeReason(`reason.${key}`, language)).not.toMatch(/^reason\./);
    }
  });
});
