import { z } from 'zod';
import { defaultDemoSource, sourceConfigSchema } from './sourceConfig';

export const interfaceLanguageSchema = z.enum(['system', 'nl', 'en']);
export type InterfaceLanguage = z.infer<typeof interfaceLanguageSchema>;

/** The settings file (kept by main). Credentials are never in it. */
export const settingsSchema = z.object({
  version: z.literal(1),
  language: interfaceLanguageSchema,
  alerts: z.object({ enabled: z.boolean() }),
  sources: z.array(sourceConfigSchema).max(100),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What the renderer sees of the settings. */
export const settingsViewSchema = z.object({
  language: interfaceLanguageSchema,
  alerts: z.object({ enabled: z.boolean() }),
  /** How this shell protects credentials, in plain words. */
  secretsProtection: z.string(),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const settingsPatchSchema = z
  .object({
    language: interfaceLanguageSchema.optional(),
    alerts: z.object({ enabled: z.boolean() }).strict().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** A first start on an empty profile listens to the demo source, so the queue fills at once. */
export function defaultSettings(): Settings {
  return {
    version: 1,
    language: 'system',
    alerts: { enabled: true },
    sources: [defaultDemoSource()],
  };
}
