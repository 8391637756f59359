import type { PostAnalysis } from '../../src/shared/classify/analyse';
import {
  DENSE_COUNT,
  FIRST_RULE_FEATURE,
  visitFeatures,
} from '../../src/shared/classify/model/modelFeatures';
import { hashText } from '../../src/shared/classify/wordHash';
import type { Example } from './logisticRegression';

/** What both training scripts share: examples as the models see them, and how they are judged. */

/** A post's features as sparse arrays, each index once (repeated hashed features summed). */
export function sparseFeatures(analysis: PostAnalysis): Pick<Example, 'indices' | 'values'> {
  const sums = new Map<number, number>();
  visitFeatures(analysis, (index, value) => sums.set(index, (sums.get(index) ?? 0) + value));
  return { indices: Int32Array.from(sums.keys()), values: Float64Array.from(sums.values()) };
}

/**
 * The example as a model sees it when the rules found nothing: the rule features dropped.
 * The rules were tuned on the tuning split, so there they fire far more reliably than on
 * new posts; judging a model on this view too rewards what still works when they miss.
 */
export function withoutRuleFeatures(example: Example): Example {
  const keep = Array.from(
    example.indices,
    (index) => index < FIRST_RULE_FEATURE || index >= DENSE_COUNT,
  );
  return {
    indices: example.indices.filter((_, k) => keep[k]),
    values: example.values.filter((_, k) => keep[k]),
    label: example.label,
  };
}

/** F2: recall counts double, as a missed complaint costs webcare more than a false one. */
export function f2(scores: { precision: number; recall: number }): number {
  const { precision, recall } = scores;
  return precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
}

/**
 * The cross-validation fold of a tuning post, from its text: a post keeps its fold when
 * others are appended, so a new round's data does not reshuffle the old folds (with
 * folds by position, appending posts alone moved the urgency threshold between rounds).
 */
export function foldOfText(text: string, folds: number): number {
  return hashText(text) % folds;
}
