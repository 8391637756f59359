import { describe, expect, it } from 'vitest';
import { HELDOUT_SPLITS, loadCorpus, loadTuning } from '../../../scripts/classifier/corpus';

describe('labelled corpora', () => {
  it.each(['nl', 'en'] as const)('%s: no held-out post is also a tuning post', (lang) => {
    const tuning = new Set(loadTuning(lang).map((post) => post.text));
    const shared = HELDOUT_SPLITS.flatMap((split) =>
      loadCorpus(lang, split).filter((post) => tuning.has(post.text)),
    );
    expect(shared.length).toBe(0);
  });
});
