import { useTranslation } from 'react-i18next';
import type { MentionRecord } from '../../db/records';
import { RelativeTime } from '../queue/RelativeTime';

/** The other posts of the conversation, oldest first; the brand's own replies marked. */
export function ThreadView({ posts, currentId }: { posts: MentionRecord[]; currentId: string }) {
  const { t } = useTranslation();
  const others = posts.filter((post) => post.id !== currentId);
  return (
    <section className="thread" aria-label={t('detail.thread')}>
      <h3>{t('detail.thread')}</h3>
      {others.length === 0 ? (
        <p className="muted">{t('detail.threadEmpty')}</p>
      ) : (
        <ol>
          {posts.map((post) => (
            <li
              key={post.id}
              className={`thread-post${post.fromBrand ? ' from-brand' : ''}${post.id === currentId ? ' is-current' : ''}`}
            >
              <div className="thread-meta">
                <strong dir="auto">
                  {post.fromBrand ? t('detail.you') : post.author.displayName || post.author.handle}
                </strong>
                <RelativeTime iso={post.createdAt} />
              </div>
              <p dir="auto">{post.text.length > 600 ? `${post.text.slice(0, 600)}…` : post.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
