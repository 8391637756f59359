import type { PostAnalysis } from '../analyse';
import {
  DENSE_COUNT,
  DENSE_FEATURES,
  FEATURE_COUNT,
  HASH_BUCKETS,
  bigramFeature,
  listDense,
  modelHash,
  newFeatureList,
  START_HASH,
  unigramFeature,
} from './modelFeatures';
import { PUNCT } from '../tokenize';
import weightsFile from './weights.v1.json';
import { MODEL_VERSION } from './versions';

/**
 * A multinomial logistic regression over the rules' evidence and hashed word n-grams,
 * trained on the tuning split only by scripts/classifier/trainModel.ts. The weights ship
 * as versioned data; inference is a sum of table lookups.
 */

/** The shape of weights.v1.json. */
export interface ModelWeights {
  version: number;
  classes: readonly string[];
  hashBuckets: number;
  denseFeatures: readonly string[];
  /** P(negative) at or above this reads as negative, when the post shows a problem cue. */
  negativeThreshold: number;
  /** P(negative) at or above this reads as negative even without a problem cue. */
  negativeThresholdWithoutCue: number;
  /** Class-major: weights[class * DENSE_COUNT + feature]. */
  dense: readonly number[];
  /** Flat quadruples: bucket, then the weight for each class. Unlisted buckets weigh zero. */
  hashed: readonly number[];
  /** How the weights were chosen, for the record. */
  training: Readonly<Record<string, unknown>>;
}

export { MODEL_VERSION };
export const MODEL_CLASSES = ['negative', 'neutral', 'positive'] as const;
const CLASS_COUNT = MODEL_CLASSES.length;

/** Class probabilities for one post. */
export interface ModelOutput {
  negative: number;
  neutral: number;
  positive: number;
}

/** A loaded model: its weight table and decision threshold. */
export interface LinearModel {
  readonly version: number;
  readonly negativeThreshold: number;
  readonly negativeThresholdWithoutCue: number;
  /** Feature-major: table[feature * 3 + class]. */
  readonly table: Float32Array;
}

/** Checks that a weights file fits this code, and lays it out for lookup. */
export function loadModel(weights: ModelWeights): LinearModel {
  if (weights.version !== MODEL_VERSION) {
    throw new Error(`classifier model v${weights.version}, code expects v${MODEL_VERSION}`);
  }
  if (
    weights.hashBuckets !== HASH_BUCKETS ||
    weights.denseFeatures.join() !== DENSE_FEATURES.join() ||
    weights.classes.join() !== MODEL_CLASSES.join() ||
    weights.dense.length !== DENSE_COUNT * CLASS_COUNT ||
    weights.hashed.length % (CLASS_COUNT + 1) !== 0
  ) {
    throw new Error('classifier model weights do not match its features');
  }
  const table = new Float32Array(FEATURE_COUNT * CLASS_COUNT);
  for (let c = 0; c < CLASS_COUNT; c++) {
    for (let f = 0; f < DENSE_COUNT; f++) {
      table[f * CLASS_COUNT + c] = weights.dense[c * DENSE_COUNT + f] ?? 0;
    }
  }
  for (let k = 0; k < weights.hashed.length; k += CLASS_COUNT + 1) {
    const feature = DENSE_COUNT + (weights.hashed[k] ?? 0);
    for (let c = 0; c < CLASS_COUNT; c++) {
      table[feature * CLASS_COUNT + c] = weights.hashed[k + 1 + c] ?? 0;
    }
  }
  return {
    version: weights.version,
    negativeThreshold: weights.negativeThreshold,
    negativeThresholdWithoutCue: weights.negativeThresholdWithoutCue,
    table,
  };
}

/** The model that ships. Loading it is a bug if it fails, so it throws at import. */
export const MODEL = loadModel(weightsFile);

// One list for the dense features, reused for every prediction; `classify` is synchronous.
const dense = newFeatureList();

/**
 * Class probabilities for the post under `model` (the shipped model by default). Sums the
 * features in `listFeatures` order (same order, so the same floating-point result), but
 * reads the hashed ones straight off the tokens: each has the value 1, so it adds its
 * weight as it is, and no list of them is written first.
 */
export function predict(post: PostAnalysis, model: LinearModel = MODEL): ModelOutput {
  const table = model.table;
  let negativeLogit = 0;
  let neutralLogit = 0;
  let positiveLogit = 0;
  const denseCount = listDense(post, dense);
  const { indices, values } = dense;
  for (let k = 0; k < denseCount; k++) {
    const at = (indices[k] ?? 0) * CLASS_COUNT;
    const value = values[k] ?? 0;
    negativeLogit += (table[at] ?? 0) * value;
    neutralLogit += (table[at + 1] ?? 0) * value;
    positiveLogit += (table[at + 2] ?? 0) * value;
  }
  const { kind, flags, hash: hashes, count } = post.tokens;
  let previous = START_HASH;
  for (let i = 0; i < count; i++) {
    if (kind[i] === PUNCT) {
      previous = START_HASH;
      continue;
    }
    const hash = modelHash(hashes[i] ?? 0, flags[i] ?? 0);
    let at = unigramFeature(hash) * CLASS_COUNT;
    negativeLogit += table[at] ?? 0;
    neutralLogit += table[at + 1] ?? 0;
    positiveLogit += table[at + 2] ?? 0;
    at = bigramFeature(previous, hash) * CLASS_COUNT;
    negativeLogit += table[at] ?? 0;
    neutralLogit += table[at + 1] ?? 0;
    positiveLogit += table[at + 2] ?? 0;
    previous = hash;
  }
  const top = Math.max(negativeLogit, neutralLogit, positiveLogit);
  const negative = Math.exp(negativeLogit - top);
  const neutral = Math.exp(neutralLogit - top);
  const positive = Math.exp(positiveLogit - top);
  const sum = negative + neutral + positive;
  return { negative: negative / sum, neutral: neutral / sum, positive: positive / sum };
}
