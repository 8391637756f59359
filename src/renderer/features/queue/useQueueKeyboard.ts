import { useEffect } from 'react';
import { useUiStore } from '../../state/uiStore';
import type { QueueEntry } from './queueEntry';

/** j/k move through the queue, Enter opens the active mention; not while typing. */
export function useQueueKeyboard(entries: QueueEntry[]): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        isTyping(event.target)
      )
        return;
      const { activeId, setActive, open } = useUiStore.getState();
      const index = activeId === null ? -1 : entries.findIndex((entry) => entry.id === activeId);
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        const next =
          event.key === 'j' ? Math.min(entries.length - 1, index + 1) : Math.max(0, index - 1);
        setActive(entries[next]?.id ?? null);
      } else if (event.key === 'Enter' && activeId !== null) {
        event.preventDefault();
        open(activeId);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [entries]);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName))
  );
}
