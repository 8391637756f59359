import type { Mention } from '../../shared/domain/mention';

/**
 * The queue's sort key as one string: urgent first, then by urgency (high first), then
 * oldest first, so one index orders the whole queue.
 */
export function queueRank(mention: Pick<Mention, 'classification' | 'createdAt'>): string {
  const urgentFlag = mention.classification.urgent ? '0' : '1';
  const inverseUrgency = String(999 - Math.round(mention.classification.urgency * 999)).padStart(
    3,
    '0',
  );
  return `${urgentFlag}${inverseUrgency}${new Date(mention.createdAt).toISOString()}`;
}
