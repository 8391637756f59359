import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphemeLength, replyLimit } from '../../../shared/replyLimits';
import type { MentionRecord } from '../../db/records';
import { useServices } from '../../services';

/** Writes a reply into the outbox; the outbox sender posts it (once, whatever happens). */
export function ReplyComposer({ mention }: { mention: MentionRecord }) {
  const { t } = useTranslation();
  const { outbox, drafts, sender, userId } = useServices();
  const [text, setText] = useState('');
  // The draft of this mention, if the agent started one earlier (the key remounts per mention).
  useEffect(() => {
    void drafts
      .get(mention.id, userId)
      .then((draft) => draft && setText((current) => current || draft.text));
  }, [drafts, mention.id, userId]);
  const edit = (next: string) => {
    setText(next);
    void drafts.save(mention.id, userId, next);
  };
  const sent = useLiveQuery(() => outbox.forMention(mention.id), [mention.id]) ?? [];
  const limit = replyLimit(mention.platform);
  const length = graphemeLength(text);

  if (limit === null) return <p className="muted">{t('reply.readOnly')}</p>;
  const tooLong = length > limit;

  return (
    <section className="composer" aria-label={t('reply.label')}>
      <h3>{t('reply.label')}</h3>
      {sent.map((record) => (
        <div key={record.id} className={`outbox-item outbox-${record.state}`}>
          <span className="outbox-state">{t(`reply.state.${record.state}`)}</span>
          <p dir="auto">{record.text}</p>
          {record.lastError && record.state !== 'sent' && (
            <p className="inline-error">
              {record.state === 'queued'
                ? t('reply.retrying', { message: record.lastError })
                : record.lastError}
            </p>
          )}
        </div>
      ))}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '' || tooLong) return;
          void outbox.enqueue(mention, text.trim(), userId).then(() => {
            setText('');
            void drafts.clear(mention.id, userId);
            return sender.drain();
          });
        }}
      >
        <textarea
          aria-label={t('reply.label')}
          placeholder={t('reply.placeholder')}
          value={text}
          onChange={(event) => edit(event.target.value)}
          rows={4}
          dir="auto"
        />
        <div className="composer-foot">
          <span className={tooLong ? 'inline-error' : 'muted'}>
            {tooLong ? t('reply.tooLong') : t('reply.length', { count: length, max: limit })}
          </span>
          <button type="submit" className="primary" disabled={text.trim() === '' || tooLong}>
            {t('reply.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
