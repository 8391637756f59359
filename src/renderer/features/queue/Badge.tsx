export type BadgeTone = 'neutral' | 'negative' | 'positive' | 'urgent' | 'info' | 'muted';

/** A small labelled chip: channel, language, sentiment, intent, urgency. */
export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: BadgeTone;
  children: React.ReactNode;
  title?: string;
}) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
