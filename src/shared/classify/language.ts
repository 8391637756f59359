import type { ClassifiedLanguage } from './types';
import type { Tokens } from './tokenize';
import { DUTCH_SPELLING, HASHTAG, WORD } from './tokenize';

// A declared language is a hint, not a verdict: platforms guess too, and customers switch
// languages mid-post. It counts as this many function words.
const DECLARED_WEIGHT = 1.5;

/**
 * Dutch, English or other, from function words. Mixed posts go to whichever language has
 * more of them ("mijn order is still not delivered" is Dutch: mijn, is... vs still, not:
 * a tie broken by the declared language, then by Dutch spelling such as "ij").
 */
export function detectLanguage(tokens: Tokens, declared?: string | null): ClassifiedLanguage {
  let dutch = 0;
  let english = 0;
  let other = 0;
  const { kind, flags, features } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== WORD || ((flags[i] ?? 0) & HASHTAG) !== 0) continue;
    const language = features[i]?.language;
    if (language === 'nl') dutch += 1;
    else if (language === 'en') english += 1;
    else if (language === 'other') other += 1;
    else if (((flags[i] ?? 0) & DUTCH_SPELLING) !== 0) dutch += 0.5;
  }
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
