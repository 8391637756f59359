import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services';
import { useUiStore } from '../../state/uiStore';
import { MentionDetail } from '../detail/MentionDetail';
import { QueueFilterBar } from './QueueFilterBar';
import { isFiltered } from './queueFilters';
import { QueueList } from './QueueList';
import { useListeningSources } from './useListeningSources';
import { useQueueKeyboard } from './useQueueKeyboard';

/** The triage screen: filters and the queue on the left, the open mention on the right. */
export function QueueView() {
  const { t } = useTranslation();
  const { queue } = useServices();
  const version = useSyncExternalStore(queue.subscribe, queue.getVersion);
  const filters = useUiStore((state) => state.filters);
  const clearFilters = useUiStore((state) => state.clearFilters);
  const setView = useUiStore((state) => state.setView);
  const listening = useListeningSources();
  // The index is mutable; `version` tells when to query it again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the change signal
  const entries = useMemo(() => queue.query(filters), [queue, filters, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the change signal
  const sourceIds = useMemo(() => queue.sourceIds(), [queue, version]);
  const unread = useMemo(() => entries.filter((entry) => entry.unread).length, [entries]);
  useQueueKeyboard(entries);
  const state = queue.state;

  return (
    <div className="queue-view">
      <section className="queue-pane" aria-label={t('queue.label')}>
        <QueueFilterBar sourceIds={sourceIds} />
        <div className="queue-summary" aria-live="polite">
          <span>{t('queue.count', { count: entries.length })}</span>
          {unread > 0 && (
            <span className="summary-unread">{t('queue.unreadCount', { count: unread })}</span>
          )}
          {state.phase === 'partial' && (
            <span className="summary-loading">{t('queue.loadingMore')}</span>
          )}
          <span className="summary-hint">{t('queue.keyboardHint')}</span>
        </div>
        {state.phase === 'error' ? (
          <div className="state-panel state-error" role="alert">
            <h2>{t('queue.errorTitle')}</h2>
            <p>{t('queue.errorBody', { message: state.message })}</p>
            <button type="button" onClick={() => void queue.load()}>
              {t('queue.retry')}
            </button>
          </div>
        ) : state.phase === 'loading' ? (
          <div className="state-panel" role="status">
            <div className="spinner" aria-hidden="true" />
            <p>{t('queue.loading')}</p>
          </div>
        ) : entries.length === 0 ? (
          <EmptyQueue
            filtered={isFiltered(filters)}
            listening={listening}
            onClearFilters={clearFilters}
            onShowSources={() => setView('sources')}
          />
        ) : (
          <QueueList entries={entries} />
        )}
      </section>
      <MentionDetail />
    </div>
  );
}

/** Why the queue is empty, and the one thing to do about it. */
function EmptyQueue({
  filtered,
  listening,
  onClearFilters,
  onShowSources,
}: {
  filtered: boolean;
  listening: number | null;
  onClearFilters: () => void;
  onShowSources: () => void;
}) {
  const { t } = useTranslation();
  if (filtered) {
    return (
      <div className="state-panel" role="status">
        <h2>{t('queue.filteredEmptyTitle')}</h2>
        <p>{t('queue.filteredEmptyBody')}</p>
        <button type="button" onClick={onClearFilters}>
          {t('queue.clearFilters')}
        </button>
      </div>
    );
  }
  const silent = listening === 0;
  return (
    <div className="state-panel" role="status">
      <h2>{t('queue.emptyTitle')}</h2>
      <p>{silent ? t('queue.noSourcesBody') : t('queue.emptyBody')}</p>
      {silent && (
        <button type="button" className="primary" onClick={onShowSources}>
          {t('sources.add')}
        </button>
      )}
    </div>
  );
}
