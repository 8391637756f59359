import type { Sentiment } from '../../src/shared/classify/types';

/** Multinomial logistic regression by AdaGrad SGD, for the classifier's training script. */

export const CLASS_COUNT = 3;
/** Class order of the model: negative, neutral, positive. */
export const CLASS_INDEX: Readonly<Record<Sentiment, number>> = {
  negative: 0,
  neutral: 1,
  positive: 2,
};

/** One training post as sparse features (each index once) and its class. */
export interface Example {
  indices: Int32Array;
  values: Float64Array;
  label: number;
}

export interface TrainSettings {
  l2: number;
  /**
   * Share of examples per epoch that lose their rule features. The rules were tuned on
   * this very split, so they look more reliable here than on new posts; dropping them now
   * and then makes the word features learn the complaint wording as well.
   */
  ruleDropout: number;
  firstRuleFeature: number;
  denseCount: number;
  seed: number;
  /**
   * How much an example of each class counts, by class index (1 when absent). Weighing the
   * classes to their share keeps a model from following how often each class happens to
   * occur in the training posts.
   */
  classWeights?: readonly number[];
}

const EPOCHS = 40;
const LEARNING_RATE = 0.3;
const EPSILON = 1e-8;

/** Trains and returns the weight table, feature-major: table[feature * 3 + class]. */
export function train(
  examples: readonly Example[],
  featureCount: number,
  settings: TrainSettings,
): Float64Array {
  const table = new Float64Array(featureCount * CLASS_COUNT);
  const squaredGradients = new Float64Array(featureCount * CLASS_COUNT);
  const random = seededRandom(settings.seed);
  const order = examples.map((_, i) => i);
  const p = new Float64Array(CLASS_COUNT);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const example = examples[index];
      if (example === undefined) continue;
      const drop = random() < settings.ruleDropout;
      const kept = (feature: number): boolean =>
        !drop || feature < settings.firstRuleFeature || feature >= settings.denseCount;
      logits(table, example, kept, p);
      softmaxInPlace(p);
      const weight = settings.classWeights?.[example.label] ?? 1;
      for (let k = 0; k < example.indices.length; k++) {
        const feature = example.indices[k] ?? 0;
        if (!kept(feature)) continue;
        const value = example.values[k] ?? 0;
        for (let c = 0; c < CLASS_COUNT; c++) {
          const at = feature * CLASS_COUNT + c;
          const w = table[at] ?? 0;
          const target = c === example.label ? 1 : 0;
          const gradient = ((p[c] ?? 0) - target) * value * weight + settings.l2 * w;
          const g2 = (squaredGradients[at] ?? 0) + gradient * gradient;
          squaredGradients[at] = g2;
          table[at] = w - (LEARNING_RATE * gradient) / Math.sqrt(g2 + EPSILON);
        }
      }
    }
  }
  return table;
}

/** P(class) for one example under `table`. */
export function probabilities(table: Float64Array, example: Example): Float64Array {
  const p = new Float64Array(CLASS_COUNT);
  logits(table, example, () => true, p);
  softmaxInPlace(p);
  return p;
}

function logits(
  table: Float64Array,
  example: Example,
  kept: (feature: number) => boolean,
  out: Float64Array,
): void {
  out.fill(0);
  for (let k = 0; k < example.indices.length; k++) {
    const feature = example.indices[k] ?? 0;
    if (!kept(feature)) continue;
    const value = example.values[k] ?? 0;
    for (let c = 0; c < CLASS_COUNT; c++)
      out[c] = (out[c] ?? 0) + (table[feature * CLASS_COUNT + c] ?? 0) * value;
  }
}

function softmaxInPlace(v: Float64Array): void {
  const top = Math.max(...v);
  let sum = 0;
  for (let c = 0; c < v.length; c++) {
    const e = Math.exp((v[c] ?? 0) - top);
    v[c] = e;
    sum += e;
  }
  for (let c = 0; c < v.length; c++) v[c] = (v[c] ?? 0) / sum;
}

/** mulberry32: a small deterministic generator, so training is reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
