import type { Mention } from '../../shared/domain/mention';
import { readJsonFile, writeJsonFile } from '../settings/jsonFile';
import { burstAlert, urgentAlert, type AlertLanguage } from './alertTexts';
import type { AlertNotification, Notifier } from './notifier';

/** How many alerted mention ids are remembered (enough for weeks of urgent posts). */
const REMEMBERED = 5_000;
/** A burst shows this many alerts one by one, then one alert for the rest. */
const BURST_SHOWN = 3;

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
    private readonly language: () => AlertLanguage = () => 'en',
  ) {
    this.alerted = readIds(path);
    this.alertedSet = new Set(this.alerted);
  }

  /**
   * Alerts for the urgent mentions of a freshly ingested batch: the first few one by one,
   * the rest of a burst as one grouped alert, so a storm does not bury the screen.
   */
  onIngested(mentions: readonly Mention[]): void {
    if (!this.isEnabled()) return;
    const urgent = mentions.filter(
      (mention) =>
        mention.classification.urgent && !mention.fromBrand && !this.alertedSet.has(mention.id),
    );
    const fresh = [...new Map(urgent.map((mention) => [mention.id, mention])).values()];
    if (fresh.length === 0) return;
    this.remember(fresh.map((mention) => mention.id));
    for (const mention of fresh.slice(0, BURST_SHOWN))
      this.notifier.show(urgentAlert(mention, this.language()));
    const rest = fresh.slice(BURST_SHOWN);
    if (rest.length > 0) this.notifier.show(burstAlert(rest, this.language()));
  }

  /** Raises one alert unless this mention already had one; tells whether it did. */
  raise(notification: AlertNotification): boolean {
    if (!this.isEnabled() || this.alertedSet.has(notification.mentionId)) return false;
    this.remember([notification.mentionId]);
    this.notifier.show(notification);
    return true;
  }

  private remember(mentionIds: readonly string[]): void {
    for (const mentionId of mentionIds) {
      this.alerted.push(mentionId);
      this.alertedSet.add(mentionId);
    }
    while (this.alerted.length > REMEMBERED) this.alertedSet.delete(this.alerted.shift() ?? '');
    // Written once per batch, before the alerts show, so a crash right after cannot alert twice.
    writeJsonFile(this.path, this.alerted);
  }
}

/** A damaged list only risks a repeated alert, never a lost mention: start afresh then. */
function readIds(path: string): string[] {
  const parsed = readJsonFile(path, []);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
}
