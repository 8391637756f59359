import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { AlertNotification, Notifier } from '../alerts/notifier';

export interface RecordedNotification extends AlertNotification {
  at: string;
}

/**
 * The web shell's notifier: records every alert (tests read the record through the
 * shell's token-protected endpoint) and shows it with `notify-send` where present.
 */
export class RecordingNotifier implements Notifier {
  readonly record: RecordedNotification[] = [];
  private readonly handlers = new Set<(mentionId: string) => void>();
  private readonly notifySend = findOnPath('notify-send');

  show(notification: AlertNotification): void {
    this.record.push({ ...notification, at: new Date().toISOString() });
    if (this.notifySend) {
      // execFile passes arguments as-is: no shell, so post text cannot inject commands.
      execFile(
        this.notifySend,
        ['--app-name=Luister', '--urgency=critical', '--', notification.title, notification.body],
        () => undefined,
      );
    }
  }

  onClick(handler: (mentionId: string) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** What a click on the notification does (notify-send cannot report clicks; tests can). */
  click(mentionId: string): boolean {
    if (!this.record.some((notification) => notification.mentionId === mentionId)) return false;
    for (const handler of this.handlers) handler(mentionId);
    return true;
  }
}

function findOnPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return null;
}
