import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../state/uiStore';
import type { QueueEntry } from './queueEntry';
import { QueueRow } from './QueueRow';

const ROW_HEIGHT = 96;

/**
 * The queue as an ARIA listbox, virtualized: only the rows in view are in the page, so
 * 100,000 mentions scroll as smoothly as 10. The active row follows j/k and arrows.
 */
export function QueueList({ entries }: { entries: QueueEntry[] }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeId = useUiStore((state) => state.activeId);
  const openId = useUiStore((state) => state.openId);
  const setActive = useUiStore((state) => state.setActive);
  const open = useUiStore((state) => state.open);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this list itself; nothing downstream memoises its functions
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const activeIndex = activeId === null ? -1 : entries.findIndex((entry) => entry.id === activeId);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  return (
    <div
      ref={scrollRef}
      className="queue-list"
      role="listbox"
      aria-label={t('queue.label')}
      aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
      tabIndex={0}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const next = Math.max(
            0,
            Math.min(entries.length - 1, activeIndex + (event.key === 'ArrowDown' ? 1 : -1)),
          );
          setActive(entries[next]?.id ?? null);
        }
      }}
    >
      <div className="queue-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          const classes = [
            'queue-row',
            entry.urgent ? 'is-urgent' : '',
            entry.unread ? 'is-unread' : '',
            entry.id === activeId ? 'is-active' : '',
            entry.id === openId ? 'is-open' : '',
          ];
          return (
            <div
              key={entry.id}
              id={optionId(item.index)}
              role="option"
              aria-selected={entry.id === openId}
              aria-setsize={entries.length}
              aria-posinset={item.index + 1}
              className={classes.filter(Boolean).join(' ')}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => open(entry.id)}
            >
              <QueueRow entry={entry} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function optionId(index: number): string {
  return `queue-option-${index}`;
}
