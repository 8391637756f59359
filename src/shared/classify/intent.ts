import type { Intent, Sentiment } from './types';
import type { Tokens } from './tokenize';
import { opensWithQuestion } from './question';

/**
 * What the writer wants. Sentiment decides first: an angry question ("Waarom werkt het
 * weer niet?!") is a complaint to webcare, and praise phrased as a question is praise.
 */
export function detectIntent(tokens: Tokens, sentiment: Sentiment, questionMark: boolean): Intent {
  switch (sentiment) {
    case 'negative':
      return 'complaint';
    case 'positive':
      return 'compliment';
    case 'neutral':
      return questionMark || opensWithQuestion(tokens) ? 'question' : 'remark';
  }
}
