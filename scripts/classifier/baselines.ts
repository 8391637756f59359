import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import type { Sentiment as Label } from '../../src/shared/classify/types';
import type { CorpusLanguage } from './corpus';

/**
 * The general-purpose sentiment packages Luister is measured against, each mapped to
 * negative/neutral/positive with its usual threshold. None predicts urgency.
 */
export interface Baseline {
  name: string;
  predict(text: string, lang: CorpusLanguage): Promise<Label>;
}

// vader-sentiment and @nlpjs/* ship no types; these are the parts we call.
interface VaderModule {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}
interface NlpContainer {
  use(plugin: unknown): void;
}
interface NlpCore {
  containerBootstrap(): Promise<NlpContainer>;
}
interface NlpSentimentModule {
  SentimentAnalyzer: new (settings: { container: NlpContainer }) => {
    process(input: { locale: string; text: string }): Promise<{ sentiment: { score: number } }>;
  };
}

const require = createRequire(import.meta.url);
// @nlpjs/core comes with @nlpjs/sentiment; resolve it from there rather than depend on it.
const requireFromNlp = createRequire(require.resolve('@nlpjs/sentiment'));

/** AFINN-165 via `sentiment`: the sign of the score (English word list, used for both languages). */
function afinn(): Baseline {
  const analyser = new Sentiment();
  return {
    name: 'sentiment (AFINN)',
    predict: (text) => Promise.resolve(bySign(analyser.analyze(text).score, 0)),
  };
}

/** VADER: compound >= 0.05 positive, <= -0.05 negative (the authors' thresholds). */
function vader(): Baseline {
  const module = require('vader-sentiment') as unknown as VaderModule;
  return {
    name: 'vader-sentiment',
    predict: (text) =>
      Promise.resolve(
        bySign(module.SentimentIntensityAnalyzer.polarity_scores(text).compound, 0.05),
      ),
  };
}

/** nlp.js with its Dutch and English dictionaries: the sign of the score. */
async function nlpjs(): Promise<Baseline> {
  const core = requireFromNlp('@nlpjs/core') as unknown as NlpCore;
  const { SentimentAnalyzer } = require('@nlpjs/sentiment') as unknown as NlpSentimentModule;
  const { LangEn } = require('@nlpjs/lang-en') as unknown as { LangEn: unknown };
  const { LangNl } = require('@nlpjs/lang-nl') as unknown as { LangNl: unknown };
  const container = await core.containerBootstrap();
  container.use(LangEn);
  container.use(LangNl);
  const analyser = new SentimentAnalyzer({ container });
  return {
    name: '@nlpjs/sentiment',
    predict: async (text, lang) =>
      bySign((await analyser.process({ locale: lang, text })).sentiment.score, 0),
  };
}

function bySign(value: number, threshold: number): Label {
  if (value >= threshold && value > 0) return 'positive';
  if (value <= -threshold && value < 0) return 'negative';
  return 'neutral';
}

export async function loadBaselines(): Promise<Baseline[]> {
  return [afinn(), vader(), await nlpjs()];
}
