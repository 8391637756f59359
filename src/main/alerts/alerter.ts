import { existsSync, readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import type { Mention } from '../../shared/domain/mention';
import type { AlertNotification, Notifier } from './notifier';

/** How many alerted mention ids are remembered (enough for weeks of urgent posts). */
const REMEMBERED = 5_000;

/**
 * Raises at most one native alert per mention, also across restarts and when a source
 * delivers the same post twice: the ids already alerted are kept in the profile folder.
 */
export class Alerter {
  private readonly alerted: string[];
  private readonly alertedSet: Set<string>;

  constructor(
    private readonly notifier: Notifier,
    private readonly path: string,
    private readonly isEnabled: () => boolean,
  ) {
    this.alerted = readIds(path);
    this.alertedSet = new Set(this.alerted);
  }

  /** Alerts for each urgent mention of a freshly ingested batch. */
  onIngested(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      if (mention.classification.urgent && !mention.fromBrand) this.raise(urgentAlert(mention));
    }
  }

  /** Raises one alert unless this mention already had one; tells whether it did. */
  raise(notification: AlertNotification): boolean {
    if (!this.isEnabled() || this.alertedSet.has(notification.mentionId)) return false;
    this.remember(notification.mentionId);
    this.notifier.show(notification);
    return true;
  }

  private remember(mentionId: string): void {
    this.alerted.push(mentionId);
    this.alertedSet.add(mentionId);
    while (this.alerted.length > REMEMBERED) this.alertedSet.delete(this.alerted.shift() ?? '');
    // Written before the alert shows, so a crash right after cannot alert twice.
    writeFileAtomic.sync(this.path, JSON.stringify(this.alerted), { mode: 0o600 });
  }
}

export function urgentAlert(mention: Mention): AlertNotification {
  const text = mention.text.length > 180 ? `${mention.text.slice(0, 179)}…` : mention.text;
  return {
    mentionId: mention.id,
    title: `Urgent: ${mention.author.displayName || mention.author.handle}`,
    body: text,
  };
}

function readIds(path: string): string[] {
  if (!existsSync(path)) return [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    // A damaged list only risks a repeated alert, never a lost mention: start afresh.
    return [];
  }
}
