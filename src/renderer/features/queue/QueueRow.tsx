import { useTranslation } from 'react-i18next';
import { Badge } from './Badge';
import type { QueueEntry } from './queueEntry';
import { RelativeTime } from './RelativeTime';

const sentimentTone = { negative: 'negative', neutral: 'muted', positive: 'positive' } as const;

/** One mention in the queue: who, what, and the badges an agent triages by. */
export function QueueRow({ entry }: { entry: QueueEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="row-head">
        {entry.unread && <span className="unread-dot" aria-label={t('queue.unread')} role="img" />}
        <span className="row-author" dir="auto">
          {entry.authorName || entry.authorHandle}
        </span>
        <span className="row-handle" dir="auto">
          {entry.authorHandle}
        </span>
        <RelativeTime iso={entry.createdAt} />
      </div>
      <p className="row-text" dir="auto">
        {entry.snippet}
      </p>
      <div className="row-badges">
        {entry.urgent && <Badge tone="urgent">{t('queue.urgent')}</Badge>}
        <Badge tone={sentimentTone[entry.sentiment]}>{t(`sentiment.${entry.sentiment}`)}</Badge>
        <Badge tone="info">{t(`intent.${entry.intent}`)}</Badge>
        <Badge>{t(`platform.${entry.platform}`)}</Badge>
        <Badge tone="muted">{entry.lang.toUpperCase()}</Badge>
        {entry.abusive && <Badge tone="negative">{t('queue.abusive')}</Badge>}
        <span
          className="urgency-meter"
          title={t('queue.urgency', { value: Math.round(entry.urgency * 100) })}
        >
          <span className="urgency-fill" style={{ width: `${Math.round(entry.urgency * 100)}%` }} />
        </span>
      </div>
    </>
  );
}
