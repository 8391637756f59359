import type { ClassifiedLanguage } from './types';
import type { Tokens } from './tokenize';

// A declared language is a hint, not a verdict: platforms guess too, and customers switch
// languages mid-post. It counts as this many function words.
const DECLARED_WEIGHT = 1.5;

/**
 * Dutch, English or other, from function words. Mixed posts go to whichever language has
 * more of them ("mijn order is still not delivered" is Dutch: mijn, is... vs still, not:
 * a tie broken by the declared language, then by Dutch spelling such as "ij").
 */
export function detectLanguage(tokens: Tokens, declared?: string | null): ClassifiedLanguage {
  // The tokenizer counts the votes as it reads the words outside hashtags: a function word
  // is one vote, Dutch spelling ("ij") in an unknown word half a Dutch one.
  let dutch = tokens.dutchHalfVotes / 2;
  let english = tokens.englishVotes;
  let other = tokens.otherVotes;
  const hint = declaredLanguage(declared);
  if (hint === 'nl') dutch += DECLARED_WEIGHT;
  else if (hint === 'en') english += DECLARED_WEIGHT;
  else if (hint === 'other') other += DECLARED_WEIGHT;

  if (dutch === 0 && english === 0 && other === 0) return 'other';
  if (other > dutch && other > english) return 'other';
  return dutch >= english ? 'nl' : 'en';
}

function declaredLanguage(declared?: string | null): ClassifiedLanguage | undefined {
  if (!declared) return undefined;
  const primary = declared.toLowerCase().split(/[-_]/)[0];
  if (primary === 'nl') return 'nl';
  if (primary === 'en') return 'en';
  // "und", "zxx", "qme": the platform could not tell, so neither can we from this.
  if (primary === 'und' || primary === 'zxx' || primary?.startsWith('q')) return undefined;
  return 'other';
}
