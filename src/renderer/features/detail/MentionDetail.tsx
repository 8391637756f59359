import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { checkExternalUrl } from '../../../shared/externalUrl';
import { useServices } from '../../services';
import { useUiStore } from '../../state/uiStore';
import { RelativeTime } from '../queue/RelativeTime';
import { ClassificationPanel } from './ClassificationPanel';
import { PostText } from './PostText';
import { ReplyComposer } from './ReplyComposer';
import { SafeLink } from './SafeLink';
import { ThreadView } from './ThreadView';

/** The open mention: the post as text, its author, its conversation, why it is here, and the reply. */
export function MentionDetail() {
  const { t } = useTranslation();
  const { mentions, userId } = useServices();
  const openId = useUiStore((state) => state.openId);
  const mention = useLiveQuery(() => (openId ? mentions.get(openId) : undefined), [openId]);
  const thread =
    useLiveQuery(() => (mention ? mentions.thread(mention.threadId) : []), [mention?.threadId]) ??
    [];

  useEffect(() => {
    if (mention?.unread) void mentions.markRead(mention.id);
  }, [mention, mentions]);

  if (!openId || !mention) {
    return (
      <section className="detail-pane detail-empty" aria-label={t('detail.label')}>
        <p className="muted">{t('detail.none')}</p>
      </section>
    );
  }
  const { author } = mention;
  return (
    <section className="detail-pane" aria-label={t('detail.label')}>
      <header className="detail-head">
        <div>
          <h2 dir="auto">{author.displayName || author.handle}</h2>
          <p className="muted">
            <span dir="auto">{author.handle}</span> ·{' '}
            {author.followers === null
              ? t('detail.followersUnknown')
              : t('detail.followers', { count: author.followers })}{' '}
            · {t(`platform.${mention.platform}`)} · <RelativeTime iso={mention.createdAt} />
          </p>
        </div>
        <div className="detail-actions">
          {mention.url && checkExternalUrl(mention.url).ok && (
            <SafeLink url={mention.url} label={t('detail.openPost')} />
          )}
          {mention.status === 'open' ? (
            <button
              type="button"
              onClick={() => void mentions.setStatus(mention.id, 'handled', userId)}
            >
              {t('detail.markHandled')}
            </button>
          ) : (
            <button
              type="button"
              onClick={() => void mentions.setStatus(mention.id, 'open', userId)}
            >
              {t('detail.reopen')}
            </button>
          )}
        </div>
      </header>
      <article className="detail-post">
        {mention.title && <h3 dir="auto">{mention.title}</h3>}
        <PostText text={mention.text} />
      </article>
      <ClassificationPanel
        classification={mention.classification}
        matchedTerm={mention.matchedTerm}
      />
      <ThreadView posts={thread} currentId={mention.id} />
      <ReplyComposer key={mention.id} mention={mention} />
    </section>
  );
}
