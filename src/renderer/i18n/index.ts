import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { InterfaceLanguage } from '../../shared/domain/settings';
import { en } from './en';
import { nl } from './nl';

export type UiLanguage = 'nl' | 'en';

/** The interface language: the setting, or the OS language when it says "system". */
export function resolveLanguage(
  setting: InterfaceLanguage,
  systemLocales: readonly string[],
): UiLanguage {
  if (setting !== 'system') return setting;
  return systemLocales.some((locale) => locale.toLowerCase().startsWith('nl')) ? 'nl' : 'en';
}

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, nl: { translation: nl } },
    // React escapes everything it renders; i18next must not escape twice.
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}
