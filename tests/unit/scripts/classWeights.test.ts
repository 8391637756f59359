import { describe, expect, it } from 'vitest';
import type { Example, TrainSettings } from '../../../scripts/classifier/logisticRegression';
import { probabilities, train } from '../../../scripts/classifier/logisticRegression';

// One feature that every example has, 90 examples of class 0 and 10 of class 1: what the
// model learns is the classes' share.
const examples: Example[] = Array.from({ length: 100 }, (_, i) => ({
  indices: Int32Array.from([0]),
  values: Float64Array.from([1]),
  label: i < 90 ? 0 : 1,
}));
const settings: TrainSettings = {
  l2: 0,
  ruleDropout: 0,
  firstRuleFeature: 1,
  denseCount: 1,
  seed: 1,
};

describe('logistic regression class weights', () => {
  it('follows the classes share without weights', () => {
    const p = probabilities(train(examples, 1, settings), examples[0] as Example);
    expect(p[1]).toBeLessThan(0.2);
  });

  it('counts the classes alike when weighed to their share', () => {
    const weighed = { ...settings, classWeights: [100 / (2 * 90), 100 / (2 * 10), 1] };
    const p = probabilities(train(examples, 1, weighed), examples[0] as Example);
    expect(p[1]).toBeGreaterThan(0.4);
    expect(p[1]).toBeLessThan(0.6);
  });
});
