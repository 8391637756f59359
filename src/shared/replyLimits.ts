import type { Platform } from './domain/platform';
import { missingCase } from './result';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Length as people (and Bluesky) count it: graphemes, so an emoji family counts as one. */
export function graphemeLength(text: string): number {
  return Array.from(segmenter.segment(text)).length;
}

/** The longest reply a platform accepts, in graphemes; null where replies are impossible. */
export function replyLimit(platform: Platform): number | null {
  switch (platform) {
    case 'bluesky':
      return 300;
    case 'mastodon':
      return 500;
    case 'demo':
      return 500;
    case 'rss':
      return null;
    default:
      return missingCase(platform);
  }
}
