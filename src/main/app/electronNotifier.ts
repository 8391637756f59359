import { Notification } from 'electron';
import type { AlertNotification, Notifier } from '../alerts/notifier';

/** Native OS notifications; a click focuses the window on the mention. */
export class ElectronNotifier implements Notifier {
  private readonly handlers = new Set<(mentionId: string) => void>();
  /** Kept referenced: a garbage-collected Notification loses its click handler. */
  private readonly live = new Set<Notification>();

  show(alert: AlertNotification): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title: alert.title,
      body: alert.body,
      urgency: 'critical',
      timeoutType: 'never',
    });
    this.live.add(notification);
    notification.on('click', () => {
      for (const handler of this.handlers) handler(alert.mentionId);
    });
    notification.on('close', () => this.live.delete(notification));
    notification.show();
  }

  onClick(handler: (mentionId: string) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }
}
