import type { Mention } from '../../shared/domain/mention';
import type { AlertNotification } from './notifier';

export type AlertLanguage = 'nl' | 'en';

/** Alerts speak the interface language: the setting, or the OS locale when it says "system". */
export function alertLanguage(setting: 'system' | 'nl' | 'en', locale: string): AlertLanguage {
  if (setting !== 'system') return setting;
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

const texts = {
  en: { urgent: 'Urgent', more: (count: number) => `${count} more urgent mentions` },
  nl: { urgent: 'Urgent', more: (count: number) => `Nog ${count} urgente vermeldingen` },
} as const;

/** The alert for one urgent mention, in the interface language. */
export function urgentAlert(mention: Mention, language: AlertLanguage): AlertNotification {
  const text = mention.text.length > 180 ? `${mention.text.slice(0, 179)}…` : mention.text;
  return {
    mentionId: mention.id,
    title: `${texts[language].urgent}: ${mention.author.displayName || mention.author.handle}`,
    body: text,
  };
}

/** One alert for the rest of a burst; clicking it opens the first of them. */
export function burstAlert(
  mentions: readonly Mention[],
  language: AlertLanguage,
): AlertNotification {
  const [first] = mentions;
  if (!first) throw new Error('burstAlert needs at least one mention');
  return {
    mentionId: first.id,
    title: texts[language].more(mentions.length),
    body: mentions
      .slice(0, 3)
      .map(
        (mention) =>
          `${mention.author.displayName || mention.author.handle}: ${mention.text.slice(0, 60)}`,
      )
      .join('\n'),
  };
}
