import { describe, expect, it } from 'vitest';
import { foldOfText } from '../../../scripts/classifier/trainingExamples';

describe('cross-validation folds of tuning posts', () => {
  const posts = Array.from({ length: 2000 }, (_, i) => `@brand order ${i} is still not here`);

  it('keeps a post in its fold when posts are added before it', () => {
    const before = posts.map((text) => foldOfText(text, 5));
    const grown = [...['Nieuwe post', 'Another new one'], ...posts];
    const after = grown.slice(2).map((text) => foldOfText(text, 5));
    expect(after).toEqual(before);
  });

  it('spreads posts evenly over the folds', () => {
    const sizes = new Array<number>(5).fill(0);
    for (const text of posts) sizes[foldOfText(text, 5)] = (sizes[foldOfText(text, 5)] ?? 0) + 1;
    for (const size of sizes) expect(size).toBeGreaterThan(posts.length / 5 - 100);
    for (const size of sizes) expect(size).toBeLessThan(posts.length / 5 + 100);
  });
});
