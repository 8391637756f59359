/**
 * `npx tsx scripts/classifier/trainModel.ts`: trains the classifier's logistic regression
 * on the TUNING split only (Dutch and English together), chooses regularisation, rule
 * dropout and the negative threshold by k-fold cross-validation within that split, and
 * writes src/shared/classify/model/weights.v1.json. Held-out posts are never read here.
 * Deterministic: the same corpus gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysePost, ordinaryThresholdApplies } from '../../src/shared/classify/analyse';
import {
  DENSE_COUNT,
  DENSE_FEATURES,
  FEATURE_COUNT,
  FIRST_RULE_FEATURE,
  HASH_BUCKETS,
} from '../../src/shared/classify/model/modelFeatures';
import type { ModelWeights } from '../../src/shared/classify/model/linearModel';
import { MODEL_VERSION } from '../../src/shared/classify/model/versions';
import type { CorpusLanguage } from './corpus';
import { loadTuning } from './corpus';
import type { Example, TrainSettings } from './logisticRegression';
import { CLASS_COUNT, CLASS_INDEX, probabilities, train } from './logisticRegression';
import { f2, foldOfText, sparseFeatures, withoutRuleFeatures } from './trainingExamples';
// Judged on the posts with and without their rule features; see withRuleFreeView.

const WEIGHTS_PATH = fileURLToPath(
  new URL('../../src/shared/classify/model/weights.v1.json', import.meta.url),
);
const FOLDS = 5;
const SEED = 20_241_123;
const L2_GRID = [3e-4, 1e-3, 3e-3];
const DROPOUT_GRID = [0, 0.3, 0.5];
const THRESHOLDS = Array.from({ length: 15 }, (_, i) => 0.15 + i * 0.025);
// Not searched: cross-validation on this split always prefers the lowest, because tuning
// posts without a problem cue are few. A policy instead: without a visible problem the
// model must be all but certain (see ordinaryThresholdApplies).
const THRESHOLDS_WITHOUT_CUE = [0.9];
// The threshold trades negative precision for recall: the highest F2 (recall counts
// double) among thresholds that keep cross-validated precision at or above this.
const MIN_CV_PRECISION = 0.8;
const ROUND = 1e4;
const MIN_WEIGHT = 5e-4;

interface Labelled extends Example {
  ruleNegative: boolean;
  cue: boolean;
  /** Its cross-validation fold (see `foldOfText`). */
  fold: number;
  /** Out-of-fold class probabilities, once cross-validated. */
  probs?: Float64Array;
}

/** Every tuning post, the ones meant for the sentiment model alone too (see corpus.ts). */
function loadExamples(): Labelled[] {
  const languages: CorpusLanguage[] = ['nl', 'en'];
  return languages.flatMap((lang) =>
    loadTuning(lang).map((post) => {
      const analysis = analysePost({ text: post.text, lang, followers: post.followers ?? null });
      return {
        ...sparseFeatures(analysis),
        label: CLASS_INDEX[post.sentiment],
        ruleNegative: analysis.evidence.total <= -0.5,
        cue: ordinaryThresholdApplies(analysis),
        fold: foldOfText(post.text, FOLDS),
      };
    }),
  );
}

/**
 * The tuning posts twice: as they are, and without their rule features. The rules were
 * tuned on these posts, so on them they fire far more reliably than on new posts (tune
 * negative recall 0.95, held-out about 0.8); a model judged on this split alone would lean
 * on them entirely. Judging it on both views rewards settings that still work when the
 * rules miss, which is what new posts look like.
 */
function withRuleFreeView(examples: readonly Labelled[]): Labelled[] {
  const ruleFree = examples.map((example) => ({
    ...withoutRuleFeatures(example),
    // As if the rules had seen nothing: no verdict, and no problem cue either.
    ruleNegative: false,
    cue: false,
    fold: example.fold,
  }));
  return [...examples, ...ruleFree];
}

/** Out-of-fold P(class) for every example, in both views (see withRuleFreeView). */
function crossValidate(examples: readonly Labelled[], settings: TrainSettings): Labelled[] {
  const both = withRuleFreeView(examples);
  for (let k = 0; k < FOLDS; k++) {
    const table = train(
      examples.filter((example) => example.fold !== k),
      FEATURE_COUNT,
      settings,
    );
    for (const example of both) {
      if (example.fold === k) example.probs = probabilities(table, example);
    }
  }
  return both;
}

interface Decision {
  threshold: number;
  thresholdWithoutCue: number;
  precision: number;
  recall: number;
  macroF1: number;
}

function decide(examples: readonly Labelled[], t: number, tWithoutCue: number): Decision {
  const confusion = Array.from({ length: CLASS_COUNT }, () =>
    new Array<number>(CLASS_COUNT).fill(0),
  );
  examples.forEach((example) => {
    const p = example.probs ?? new Float64Array(CLASS_COUNT);
    const predicted = predictedClass(p, example.ruleNegative, example.cue ? t : tWithoutCue);
    const row = confusion[example.label];
    if (row) row[predicted] = (row[predicted] ?? 0) + 1;
  });
  const f1s: number[] = [];
  let negative = { precision: 0, recall: 0 };
  for (let c = 0; c < CLASS_COUNT; c++) {
    const tp = confusion[c]?.[c] ?? 0;
    const predicted = confusion.reduce((sum, row) => sum + (row[c] ?? 0), 0);
    const actual = (confusion[c] ?? []).reduce((sum, n) => sum + n, 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = actual === 0 ? 0 : tp / actual;
    f1s.push(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
    if (c === 0) negative = { precision, recall };
  }
  const macroF1 = f1s.reduce((a, b) => a + b, 0) / CLASS_COUNT;
  return { threshold: t, thresholdWithoutCue: tWithoutCue, ...negative, macroF1 };
}

/** The same rule as `classify`: the rules' negative stands; else the model decides. */
function predictedClass(p: Float64Array, ruleNegative: boolean, threshold: number): number {
  if (ruleNegative || (p[0] ?? 0) >= threshold) return 0;
  return (p[2] ?? 0) > (p[1] ?? 0) ? 2 : 1;
}

function bestThreshold(examples: readonly Labelled[]): Decision {
  const candidates = THRESHOLDS.flatMap((t) =>
    THRESHOLDS_WITHOUT_CUE.map((high) => decide(examples, t, Math.max(t, high))),
  );
  const allowed = candidates.filter((d) => d.precision >= MIN_CV_PRECISION);
  const pool = allowed.length > 0 ? allowed : candidates;
  return pool.reduce((best, d) => (f2(d) > f2(best) ? d : best));
}

function toWeightsFile(
  table: Float64Array,
  threshold: number,
  thresholdWithoutCue: number,
  record: Record<string, unknown>,
): ModelWeights {
  const round = (w: number): number => Math.round(w * ROUND) / ROUND;
  const dense: number[] = [];
  for (let c = 0; c < CLASS_COUNT; c++) {
    for (let f = 0; f < DENSE_COUNT; f++) dense.push(round(table[f * CLASS_COUNT + c] ?? 0));
  }
  const hashed: number[] = [];
  for (let bucket = 0; bucket < HASH_BUCKETS; bucket++) {
    const at = (DENSE_COUNT + bucket) * CLASS_COUNT;
    const weights = [0, 1, 2].map((c) => round(table[at + c] ?? 0));
    if (weights.some((w) => Math.abs(w) >= MIN_WEIGHT)) hashed.push(bucket, ...weights);
  }
  return {
    version: MODEL_VERSION,
    classes: ['negative', 'neutral', 'positive'],
    hashBuckets: HASH_BUCKETS,
    denseFeatures: [...DENSE_FEATURES],
    negativeThreshold: threshold,
    negativeThresholdWithoutCue: thresholdWithoutCue,
    dense,
    hashed,
    training: record,
  };
}

function main(): void {
  const examples = loadExamples();
  console.log(`tune examples: ${examples.length}`);
  let best: { settings: TrainSettings; decision: Decision } | undefined;
  for (const l2 of L2_GRID) {
    for (const ruleDropout of DROPOUT_GRID) {
      const settings: TrainSettings = {
        l2,
        ruleDropout,
        firstRuleFeature: FIRST_RULE_FEATURE,
        denseCount: DENSE_COUNT,
        seed: SEED,
      };
      const decision = bestThreshold(crossValidate(examples, settings));
      console.log(
        `  l2=${l2} dropout=${ruleDropout}: t=${decision.threshold.toFixed(3)}/${decision.thresholdWithoutCue} negP=${decision.precision.toFixed(3)} negR=${decision.recall.toFixed(3)} macroF1=${decision.macroF1.toFixed(3)}`,
      );
      if (
        best === undefined ||
        f2(decision) + decision.macroF1 > f2(best.decision) + best.decision.macroF1
      ) {
        best = { settings, decision };
      }
    }
  }
  if (best === undefined) throw new Error('no settings tried');
  const table = train(examples, FEATURE_COUNT, best.settings);
  const file = toWeightsFile(table, best.decision.threshold, best.decision.thresholdWithoutCue, {
    split: '{nl,en}.tune + {nl,en}.tune-sentiment',
    examples: examples.length,
    folds: FOLDS,
    l2: best.settings.l2,
    ruleDropout: best.settings.ruleDropout,
    cvViews: 'as is + without rule features',
    cvNegativePrecision: Number(best.decision.precision.toFixed(3)),
    cvNegativeRecall: Number(best.decision.recall.toFixed(3)),
    cvMacroF1: Number(best.decision.macroF1.toFixed(3)),
  });
  writeFileSync(WEIGHTS_PATH, `${JSON.stringify(file)}\n`);
  console.log(
    `chose`,
    file.training,
    `thresholds ${file.negativeThreshold}/${file.negativeThresholdWithoutCue}; ${file.hashed.length / 4} hashed buckets`,
  );
}

main();
