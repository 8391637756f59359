import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/shared/classify';
import { tokenize } from '../../../../src/shared/classify/tokenize';

describe('a tagged watchdog', () => {
  it('makes a complaint urgent as escalation, in both languages', () => {
    for (const [text, reason] of [
      [
        '@BBCWatchdog 3 lost parcels in 6 weeks from @EvriUK and not a penny back, useless',
        'reason.escalation:@bbcwatchdog',
      ],
      [
        '@Kassa mijn energierekening is belachelijk hoog en niemand reageert',
        'reason.escalation:@kassa',
      ],
      [
        '@ASA_UK have a look at how @VodafoneUK sells "unlimited" data, misleading',
        'reason.escalation:@asa_uk',
      ],
    ] as const) {
      const result = classify({ text });
      expect(result.sentiment).toBe('negative');
      expect(result.urgent).toBe(true);
      expect(result.reasons).toContain(reason);
    }
  });

  it('does not make a post that only mentions one negative or urgent', () => {
    const result = classify({ text: 'Leuk item van @Kassa over energiecontracten vanavond' });
    expect(result.sentiment).not.toBe('negative');
    expect(result.urgent).toBe(false);
  });

  it('is a whole handle, not a brand handle, a longer handle or an e-mail address', () => {
    expect(tokenize('@EvriUK lost my parcel').watchdog).toBeUndefined();
    expect(tokenize('@kassa_fan zag de uitzending').watchdog).toBeUndefined();
    expect(tokenize('mail klacht@nos.nl').watchdog).toBeUndefined();
    expect(tokenize('cc @WhichUK, @BBCWatchdog').watchdog).toBe('whichuk');
  });
});
