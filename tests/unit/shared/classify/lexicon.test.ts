import { describe, expect, it } from 'vitest';
import {
  URGENCY_TRIGGERS,
  URGENT_ONLY_TRIGGERS,
} from '../../../../src/shared/classify/lexicon/urgencyTriggers';
import { textOf, tokenize, WORD } from '../../../../src/shared/classify/tokenize';

/** The phrase as the tokenizer reads it: words joined by spaces, other tokens marked. */
function asTokenized(phrase: string): string {
  const tokens = tokenize(phrase);
  const parts: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    parts.push(tokens.kind[i] === WORD ? textOf(tokens, i) : `<${textOf(tokens, i)}>`);
  }
  return parts.join(' ');
}

function allPhrases(): string[] {
  return [URGENCY_TRIGGERS, URGENT_ONLY_TRIGGERS].flatMap((lexicon) =>
    Object.values(lexicon).flat(),
  );
}

describe('urgency lexicon', () => {
  // A phrase the tokenizer writes differently can never match: "ex-customer" is two
  // words, "ACCC" is shortened like an elongated word, "a&e" loses its "&".
  it('holds only phrases written as the tokenizer reads posts', () => {
    const unreadable = allPhrases().filter((phrase) => asTokenized(phrase) !== phrase);
    expect(unreadable).toEqual([]);
  });

  // A phrase listed twice only ever matches as its first listing; the second is dead.
  it('lists every phrase once, as complaint-like or as urgent-only', () => {
    const phrases = allPhrases();
    expect(phrases.filter((phrase, index) => phrases.indexOf(phrase) !== index)).toEqual([]);
  });
});
