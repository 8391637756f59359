import { describe, expect, it } from 'vitest';
import { compoundValence } from '../../../../src/shared/classify/compounds';
import { DUTCH_VALENCE } from '../../../../src/shared/classify/lexicon/dutchValence';
import { analysePost } from '../../../../src/shared/classify/analyse';

function valenceOf(word: string): number {
  return compoundValence(word, 0, word.length);
}

/** The word where it stands in a post, as the tokenizer hands it over. */
function valenceInPost(before: string, word: string, after: string): number {
  return compoundValence(`${before}${word}${after}`, before.length, before.length + word.length);
}

const ellende = DUTCH_VALENCE.ellende ?? 0;
const probleem = DUTCH_VALENCE.probleem ?? 0;
const goed = DUTCH_VALENCE.goed ?? 0;

describe('Dutch compound reading', () => {
  it('reads the longest sentiment word that ends a compound', () => {
    expect(valenceOf('wachttijdellende')).toBe(ellende);
    expect(valenceOf('bezorgdrama')).toBe(DUTCH_VALENCE.drama);
    expect(valenceOf('verzendprobleem')).toBe(probleem);
    // It ends in "onvriendelijk" and, shorter, in "vriendelijk": the longest wins.
    expect(valenceOf('gebruikersonvriendelijk')).toBe(DUTCH_VALENCE.onvriendelijk);
  });
  it('reads a diminutive as its base, softened ("foutje", "probleempje", "rampje")', () => {
    expect(valenceOf('foutje')).toBeCloseTo((DUTCH_VALENCE.fout ?? 0) * 0.8);
    expect(valenceOf('probleempje')).toBeCloseTo(probleem * 0.8);
    expect(valenceOf('rampje')).toBeCloseTo((DUTCH_VALENCE.ramp ?? 0) * 0.8);
  });
  it('reads swear and booster prefixes, and "on" before praise', () => {
    expect(valenceOf('kutservice')).toBe(-2.5);
    expect(valenceOf('keigoed')).toBeCloseTo(goed * 1.5);
    expect(valenceOf('ongelukkig')).toBe(-(DUTCH_VALENCE.gelukkig ?? 0));
  });
  it('finds no reading in an ordinary long word', () => {
    for (const word of ['pakketbezorger', 'vandaag', 'abonnement', 'storingskaarten']) {
      expect(valenceOf(word)).toBeNaN();
    }
  });
  it('reads the word in place in its post, in any ASCII case', () => {
    expect(valenceInPost('Weer een ', 'WACHTTIJDELLENDE', '!!')).toBe(ellende);
    expect(valenceInPost('@kpn ', 'Probleempje', ' vandaag')).toBeCloseTo(probleem * 0.8);
    expect(valenceInPost('zo ', 'KeiGoed', '')).toBeCloseTo(goed * 1.5);
  });
  it('gives a word in a lexicon its compound reading in a post', () => {
    // "klantenservice" is a lexicon word (a thing customers expect to work) and no
    // compound: its reading was settled when the word table was built.
    const post = analysePost({ text: 'wat een kutklantenservice en een internetstoring' });
    expect(post.evidence.negativeSum).toBeLessThan(0);
    expect(analysePost({ text: 'de klantenservice belde terug' }).evidence.negativeSum).toBe(0);
  });
});
