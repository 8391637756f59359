import { describe, expect, it } from 'vitest';
import { createTermMatcher, decideByTerms } from '../../../../src/main/sources/terms';

describe('brand terms', () => {
  const ziggo = createTermMatcher(['Ziggo'], []);

  it.each([
    'ziggo doet raar',
    '@Ziggo help',
    'Dank #ziggo',
    'Zíggo!',
    'ZIGGO.',
    'zie ziggo.nl',
    '#ZiggoStoring',
    '@ziggo_nl',
  ])('finds Ziggo in %j', (text) =>
    expect(ziggo.match(text)).toEqual({ kind: 'matched', term: 'Ziggo' }),
  );

  it.each(['ziggoland', '#ziggostoring', 'VodafoneZiggo'])(
    'does not find Ziggo inside the word %j',
    (text) => expect(ziggo.match(text).kind).toBe('none'),
  );

  it('matches multi-word terms across spacing and inside hashtags', () => {
    const sport = createTermMatcher(['Ziggo Sport'], []);
    for (const text of ['kijk Ziggo  Sport', 'ziggo-sport', '#ZiggoSport live', '#ziggosport']) {
      expect(sport.match(text).kind).toBe('matched');
    }
    expect(sport.match('ziggo sportief').kind).toBe('none');
  });

  it('does not match KPN in kpnx but does in @KPN', () => {
    const kpn = createTermMatcher(['KPN'], []);
    expect(kpn.match('kpnx').kind).toBe('none');
    expect(kpn.match('@KPN').kind).toBe('matched');
  });

  it('lets exclusions win and keeps addressed posts without a term', () => {
    const matcher = createTermMatcher(['Ziggo'], ['vacature']);
    expect(matcher.match('Vacature bij Ziggo')).toEqual({ kind: 'excluded', term: 'vacature' });
    expect(decideByTerms(matcher, 'hallo', true)).toEqual({ keep: true, matchedTerm: null });
    expect(decideByTerms(matcher, 'hallo', false)).toEqual({ keep: false, matchedTerm: null });
    expect(decideByTerms(createTermMatcher([], []), 'alles', false).keep).toBe(true);
  });
});
