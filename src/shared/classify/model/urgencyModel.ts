import type { PostAnalysis } from '../analyse';
import {
  DENSE_COUNT,
  DENSE_FEATURES,
  FEATURE_COUNT,
  HASH_BUCKETS,
  listFeatures,
  newFeatureList,
} from './modelFeatures';
import weightsFile from './urgency.v1.json';
import { URGENCY_MODEL_VERSION } from './versions';

/**
 * A binary logistic regression for P(urgent | negative) over the same features as the
 * sentiment model: the rules' evidence and hashed word n-grams. The trigger lexicons name
 * urgency outright ("opzeggen", "storing"); this model reads it in the words around
 * ("800 euro verdwenen", "my nan has had no heating since Friday"). Trained on the tuning
 * split's negative posts only, by scripts/classifier/trainUrgencyModel.ts.
 */

/** The shape of urgency.v1.json. */
export interface UrgencyWeights {
  version: number;
  hashBuckets: number;
  denseFeatures: readonly string[];
  /** P(urgent) at or above this makes a negative post without a trigger urgent. */
  threshold: number;
  /** One weight per dense feature, in `denseFeatures` order. */
  dense: readonly number[];
  /** Flat pairs: bucket, weight. Unlisted buckets weigh zero. */
  hashed: readonly number[];
  /** How the weights were chosen, for the record. */
  training: Readonly<Record<string, unknown>>;
}

export { URGENCY_MODEL_VERSION };

/** A loaded urgency model: one weight per feature and the decision threshold. */
export interface UrgencyModel {
  readonly threshold: number;
  readonly weights: Float64Array;
}

/** Checks that a weights file fits this code, and lays it out for lookup. */
export function loadUrgencyModel(file: UrgencyWeights): UrgencyModel {
  if (file.version !== URGENCY_MODEL_VERSION) {
    throw new Error(`urgency model v${file.version}, code expects v${URGENCY_MODEL_VERSION}`);
  }
  if (
    file.hashBuckets !== HASH_BUCKETS ||
    file.denseFeatures.join() !== DENSE_FEATURES.join() ||
    file.dense.length !== DENSE_COUNT ||
    file.hashed.length % 2 !== 0
  ) {
    throw new Error('urgency model weights do not match its features');
  }
  const weights = new Float64Array(FEATURE_COUNT);
  file.dense.forEach((weight, feature) => (weights[feature] = weight));
  for (let k = 0; k < file.hashed.length; k += 2) {
    weights[DENSE_COUNT + (file.hashed[k] ?? 0)] = file.hashed[k + 1] ?? 0;
  }
  return { threshold: file.threshold, weights };
}

/** The model that ships. Loading it is a bug if it fails, so it throws at import. */
export const URGENCY_MODEL = loadUrgencyModel(weightsFile);

// One feature list reused for every prediction; `classify` is synchronous.
const features = newFeatureList();

/** P(urgent) for a post already read as negative. */
export function urgentProbability(post: PostAnalysis, model: UrgencyModel = URGENCY_MODEL): number {
  const { count, indices, values } = listFeatures(post, features);
  let logit = 0;
  for (let k = 0; k < count; k++) {
    logit += (model.weights[indices[k] ?? 0] ?? 0) * (values[k] ?? 0);
  }
  return 1 / (1 + Math.exp(-logit));
}

/** Whether the model reads a negative post as urgent. */
export function readsAsUrgent(post: PostAnalysis, model: UrgencyModel = URGENCY_MODEL): boolean {
  return urgentProbability(post, model) >= model.threshold;
}
