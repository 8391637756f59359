import type { Sentiment } from '../../src/shared/classify/types';

/** Scores of one system on one language and split. */
export interface Scores {
  accuracy: number;
  macroF1: number;
  negativePrecision: number;
  negativeRecall: number;
  negativeF1: number;
  /** Undefined when the system does not predict urgency. */
  urgentPrecision?: number;
  urgentRecall?: number;
}

export interface Prediction {
  sentiment: Sentiment;
  urgent?: boolean;
}

export interface Gold {
  sentiment: Sentiment;
  urgent: boolean;
}

const CLASSES: readonly Sentiment[] = ['negative', 'neutral', 'positive'];

export function score(gold: readonly Gold[], predicted: readonly Prediction[]): Scores {
  let correct = 0;
  gold.forEach((item, i) => {
    if (predicted[i]?.sentiment === item.sentiment) correct += 1;
  });
  const perClass = CLASSES.map((label) =>
    precisionRecall(
      gold.map((item) => item.sentiment === label),
      predicted.map((item) => item.sentiment === label),
    ),
  );
  const negative = perClass[0] ?? { precision: 0, recall: 0, f1: 0 };
  const scores: Scores = {
    accuracy: correct / gold.length,
    macroF1: perClass.reduce((sum, c) => sum + c.f1, 0) / CLASSES.length,
    negativePrecision: negative.precision,
    negativeRecall: negative.recall,
    negativeF1: negative.f1,
  };
  if (predicted.every((item) => item.urgent !== undefined)) {
    const urgent = precisionRecall(
      gold.map((item) => item.urgent),
      predicted.map((item) => item.urgent === true),
    );
    scores.urgentPrecision = urgent.precision;
    scores.urgentRecall = urgent.recall;
  }
  return scores;
}

function precisionRecall(actual: readonly boolean[], predicted: readonly boolean[]) {
  let truePositives = 0;
  let predictedPositives = 0;
  let actualPositives = 0;
  actual.forEach((isActual, i) => {
    const isPredicted = predicted[i] === true;
    if (isPredicted) predictedPositives += 1;
    if (isActual) actualPositives += 1;
    if (isActual && isPredicted) truePositives += 1;
  });
  const precision = predictedPositives === 0 ? 0 : truePositives / predictedPositives;
  const recall = actualPositives === 0 ? 0 : truePositives / actualPositives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
