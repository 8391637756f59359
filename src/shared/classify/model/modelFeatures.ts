import type { PostAnalysis } from '../analyse';

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
export const HASH_BUCKETS = 1 << 14;
export const FEATURE_COUNT = DENSE_COUNT + HASH_BUCKETS;

// Rule thresholds the dense indicators mirror (see index.ts).
const RULE_NEGATIVE_AT = -0.5;
const RULE_POSITIVE_AT = 0.75;
const SQUASH = 6;

/** Receives one feature: its index in 0..FEATURE_COUNT and its value. */
export type FeatureVisitor = (index: number, value: number) => void;

/**
 * Calls `visit` for every non-zero feature of the post. Hashed features may repeat an
 * index (a word twice, or a collision); the visitor adds them up.
 */
export function visitFeatures(post: PostAnalysis, visit: FeatureVisitor): void {
  const { evidence, triggers } = post;
  const total = evidence.total;
  visit(0, 1);
  if (post.lang === 'nl') visit(1, 1);
  visit(2, squash(total));
  if (total <= RULE_NEGATIVE_AT) visit(3, 1);
  if (total >= RULE_POSITIVE_AT) visit(4, 1);
  if (total < 0 && total > RULE_NEGATIVE_AT) visit(5, 1);
  if (total > 0 && total < RULE_POSITIVE_AT) visit(6, 1);
  if (evidence.negativeSum < 0) visit(7, squash(evidence.negativeSum));
  if (evidence.positiveSum > 0) visit(8, squash(evidence.positiveSum));
  if (post.cueValence < 0) visit(9, 1);
  if (triggers.length > 0) visit(10, 1);
  if (evidence.notWorking !== undefined) visit(11, 1);
  if (evidence.waiting) visit(12, 1);
  if (evidence.sarcasm) visit(13, 1);
  if (evidence.negation) visit(14, 1);
  if (evidence.contrast) visit(15, 1);
  if (evidence.emphasis) visit(16, 1);
  if (evidence.questionMark) visit(17, 1);
  if (evidence.informational) visit(18, 1);
  if (post.abuse !== undefined) visit(19, 1);
  if (evidence.negativeEmoji !== undefined) visit(20, 1);
  if (evidence.positiveEmoji !== undefined) visit(21, 1);
  visitHashed(post, visit);
}

const FNV_PRIME = 0x01000193;
// Marks the start of the post, so "bigram" (start, first word) is a feature of its own.
const START_HASH = 0x9e3779b9;
const BUCKET_MASK = HASH_BUCKETS - 1;

function visitHashed(post: PostAnalysis, visit: FeatureVisitor): void {
  let previous = START_HASH;
  for (const token of post.tokens) {
    // Question and exclamation marks already count as dense features; other
    // punctuation ends a clause, so it breaks bigrams without being a feature itself.
    if (token.kind === 'punct') {
      previous = START_HASH;
      continue;
    }
    const hash = token.hash;
    visit(DENSE_COUNT + (hash & BUCKET_MASK), 1);
    visit(DENSE_COUNT + ((Math.imul(previous ^ hash, FNV_PRIME) >>> 7) & BUCKET_MASK), 1);
    previous = hash;
  }
}

function squash(total: number): number {
  return total / Math.sqrt(total * total + SQUASH);
}
