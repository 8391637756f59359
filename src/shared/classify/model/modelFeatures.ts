import type { PostAnalysis } from '../analyse';
import { EVERYDAY_SENSE, PUNCT } from '../tokenize';

/**
 * The features of the learned model: a few dense ones read off the rules' evidence, then
 * word unigrams and bigrams hashed into a fixed number of buckets. The rules carry what
 * they know (negation, sarcasm, triggers); the hashed words let the model pick up the
 * complaint wording no rule names ("missing", "geen mail", "nobody", "wachtrij").
 */

/** Dense features, in index order. Rule features are those a training example may drop. */
export const DENSE_FEATURES = [
  'bias',
  'langNl',
  'ruleScore',
  'ruleNegative',
  'rulePositive',
  'mildlyNegative',
  'mildlyPositive',
  'negativeSum',
  'positiveSum',
  'complaintTrigger',
  'anyTrigger',
  'notWorking',
  'waiting',
  'sarcasm',
  'negation',
  'contrast',
  'emphasis',
  'questionMark',
  'informational',
  'abusive',
  'negativeEmoji',
  'positiveEmoji',
] as const;

export const DENSE_COUNT = DENSE_FEATURES.length;
/** Dense features at or above this index come from the rules (all but bias and language). */
export const FIRST_RULE_FEATURE = 2;
/** Hashed buckets for unigrams and bigrams; a power of two. */
export const HASH_BUCKETS = 1 << 15;
export const FEATURE_COUNT = DENSE_COUNT + HASH_BUCKETS;

// Rule thresholds the dense indicators mirror (see index.ts).
const RULE_NEGATIVE_AT = -0.5;
const RULE_POSITIVE_AT = 0.75;
const SQUASH = 6;

/** Receives one feature: its index in 0..FEATURE_COUNT and its value. */
export type FeatureVisitor = (index: number, value: number) => void;

/** A post's non-zero features as parallel arrays, in visiting order; reused between posts. */
export interface FeatureList {
  count: number;
  indices: Int32Array;
  values: Float64Array;
}

/** An empty feature list to pass to `listFeatures`, which grows it as needed. */
export function newFeatureList(): FeatureList {
  return { count: 0, indices: new Int32Array(256), values: new Float64Array(256) };
}

/**
 * Calls `visit` for every non-zero feature of the post. Hashed features may repeat an
 * index (a word twice, or a collision); the visitor adds them up.
 */
export function visitFeatures(post: PostAnalysis, visit: FeatureVisitor): void {
  const list = listFeatures(post, newFeatureList());
  for (let k = 0; k < list.count; k++) visit(list.indices[k] ?? 0, list.values[k] ?? 0);
}

/**
 * Writes the post's features into `list` in the order `visitFeatures` visits them, so
 * inference sums them in a plain loop (same order, so the same floating-point result)
 * without a callback per feature.
 */
export function listFeatures(post: PostAnalysis, list: FeatureList): FeatureList {
  const capacity = DENSE_COUNT + 2 * post.tokens.count;
  if (list.indices.length < capacity) {
    list.indices = new Int32Array(capacity * 2);
    list.values = new Float64Array(capacity * 2);
  }
  list.count = listHashed(post, list.indices, list.values, listDense(post, list));
  return list;
}

/**
 * Writes the dense features at the start of `list` (which holds at least `DENSE_COUNT`)
 * and returns how many; the hashed ones follow them in `listFeatures`.
 */
export function listDense(post: PostAnalysis, list: FeatureList): number {
  // A module-level helper, not a closure: tsx names every closure it creates, per call.
  let n = 0;
  const { evidence, triggers } = post;
  const total = evidence.total;
  n = put(list, n, 0, 1);
  if (post.lang === 'nl') n = put(list, n, 1, 1);
  n = put(list, n, 2, squash(total));
  if (total <= RULE_NEGATIVE_AT) n = put(list, n, 3, 1);
  if (total >= RULE_POSITIVE_AT) n = put(list, n, 4, 1);
  if (total < 0 && total > RULE_NEGATIVE_AT) n = put(list, n, 5, 1);
  if (total > 0 && total < RULE_POSITIVE_AT) n = put(list, n, 6, 1);
  if (evidence.negativeSum < 0) n = put(list, n, 7, squash(evidence.negativeSum));
  if (evidence.positiveSum > 0) n = put(list, n, 8, squash(evidence.positiveSum));
  if (post.cueValence < 0) n = put(list, n, 9, 1);
  if (triggers.length > 0) n = put(list, n, 10, 1);
  if (evidence.notWorking !== undefined) n = put(list, n, 11, 1);
  if (evidence.waiting) n = put(list, n, 12, 1);
  if (evidence.sarcasm) n = put(list, n, 13, 1);
  if (evidence.negation) n = put(list, n, 14, 1);
  if (evidence.contrast) n = put(list, n, 15, 1);
  if (evidence.emphasis) n = put(list, n, 16, 1);
  if (evidence.questionMark) n = put(list, n, 17, 1);
  if (evidence.informational) n = put(list, n, 18, 1);
  if (post.abuse !== undefined) n = put(list, n, 19, 1);
  if (evidence.negativeEmoji !== undefined) n = put(list, n, 20, 1);
  if (evidence.positiveEmoji !== undefined) n = put(list, n, 21, 1);
  return n;
}

/** Writes one feature at `n`; returns the next free slot. */
function put(list: FeatureList, n: number, index: number, value: number): number {
  list.indices[n] = index;
  list.values[n] = value;
  return n + 1;
}

const FNV_PRIME = 0x01000193;
/** Marks the start of the post, so "bigram" (start, first word) is a feature of its own. */
export const START_HASH = 0x9e3779b9;
const BUCKET_MASK = HASH_BUCKETS - 1;

/** The feature index of a word's unigram, from its token hash. */
export function unigramFeature(hash: number): number {
  return DENSE_COUNT + (hash & BUCKET_MASK);
}

// Makes a word read in its everyday sense a word of its own to the models: without it,
// the weather "weer" shared the weights learned for "weer" (again), and "Slecht het weer
// vandaag" read as an urgent repeat complaint.
const EVERYDAY_SALT = 0x2545f491;

/** The hash the models see for a word: its token hash, or a salted one (`EVERYDAY_SENSE`). */
export function modelHash(hash: number, flags: number): number {
  return (flags & EVERYDAY_SENSE) !== 0 ? hash ^ EVERYDAY_SALT : hash;
}

/** The feature index of a bigram, from the previous word's hash (or `START_HASH`) and this one's. */
export function bigramFeature(previous: number, hash: number): number {
  return DENSE_COUNT + ((Math.imul(previous ^ hash, FNV_PRIME) >>> 7) & BUCKET_MASK);
}

/** Appends each word's unigram and bigram bucket from `at`; returns the new count. */
function listHashed(
  post: PostAnalysis,
  indices: Int32Array,
  values: Float64Array,
  at: number,
): number {
  let n = at;
  let previous = START_HASH;
  const { kind, flags, hash: hashes, count } = post.tokens;
  for (let i = 0; i < count; i++) {
    // Question and exclamation marks already count as dense features; other
    // punctuation ends a clause, so it breaks bigrams without being a feature itself.
    if (kind[i] === PUNCT) {
      previous = START_HASH;
      continue;
    }
    const hash = modelHash(hashes[i] ?? 0, flags[i] ?? 0);
    indices[n] = unigramFeature(hash);
    values[n] = 1;
    indices[n + 1] = bigramFeature(previous, hash);
    values[n + 1] = 1;
    n += 2;
    previous = hash;
  }
  return n;
}

function squash(total: number): number {
  return total / Math.sqrt(total * total + SQUASH);
}
