/** A native notification as Luister raises it. */
export interface AlertNotification {
  mentionId: string;
  title: string;
  body: string;
}

/**
 * The notifier port: Electron's Notification in the desktop app; a recorder (plus
 * notify-send where present) in the web shell. `onClick` gets the mention to focus.
 */
export interface Notifier {
  show(notification: AlertNotification): void;
  onClick(handler: (mentionId: string) => void): () => void;
}
