import type { ClassifiedLanguage, Intent, Sentiment } from '../../../shared/classify/types';
import type { MentionStatus } from '../../db/records';
import { foldForSearch, type QueueEntry } from './queueEntry';

export interface QueueFilters {
  status: MentionStatus | 'all';
  /** A source id, or 'all'. */
  sourceId: string;
  sentiment: Sentiment | 'all';
  intent: Intent | 'all';
  lang: ClassifiedLanguage | 'all';
  search: string;
}

export const defaultFilters: QueueFilters = {
  status: 'open',
  sourceId: 'all',
  sentiment: 'all',
  intent: 'all',
  lang: 'all',
  search: '',
};

/** Builds one predicate for the current filters (checked once per row). */
export function matcher(filters: QueueFilters): (entry: QueueEntry) => boolean {
  const words = foldForSearch(filters.search)
    .split(/\s+/)
    .filter((word) => word !== '');
  return (entry) =>
    (filters.status === 'all' || entry.status === filters.status) &&
    (filters.sourceId === 'all' || entry.sourceId === filters.sourceId) &&
    (filters.sentiment === 'all' || entry.sentiment === filters.sentiment) &&
    (filters.intent === 'all' || entry.intent === filters.intent) &&
    (filters.lang === 'all' || entry.lang === filters.lang) &&
    words.every((word) => entry.haystack.includes(word));
}

export function isFiltered(filters: QueueFilters): boolean {
  return (Object.keys(defaultFilters) as (keyof QueueFilters)[]).some(
    (key) => filters[key] !== defaultFilters[key],
  );
}
