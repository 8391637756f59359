import { describe, expect, it } from 'vitest';
import {
  URGENCY_TRIGGERS,
  URGENT_ONLY_CUES,
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

describe('urgency lexicon', () => {
  // A phrase the tokenizer writes differently can never match: "ex-customer" is two
  // words, "ACCC" is shortened like an elongated word, "a&e" loses its "&".
  it('holds only phrases written as the tokenizer reads posts', () => {
    const unreadable = Object.values(URGENCY_TRIGGERS)
      .flat()
      .filter((phrase) => asTokenized(phrase) !== phrase);
    expect(unreadable).toEqual([]);
  });

  it('lists as urgent-only cues only phrases that are triggers', () => {
    const triggers = new Set(Object.values(URGENCY_TRIGGERS).flat());
    expect([...URGENT_ONLY_CUES].filter((cue) => !triggers.has(cue))).toEqual([]);
  });
});
