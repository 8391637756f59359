import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/shared/classify';

/**
 * One post per trigger category and language, each phrased so that only the broadened
 * rule (a stem, a count, a deprivation or a new phrase) can find the trigger.
 */
describe('urgency trigger categories', () => {
  const cases: [string, string, string][] = [
    ['nl repeat count', 'Al 3x een ticket aangemaakt, waardeloos', 'reason.repeatContact:3x'],
    [
      'en repeat count',
      'Fifth email about this refund, useless',
      'reason.repeatContact:fifth email',
    ],
    [
      'nl repeat phrase',
      'Keer op keer hetzelfde gedoe, slecht',
      'reason.repeatContact:keer op keer',
    ],
    ['en repeat phrase', 'Broken time after time, useless', 'reason.repeatContact:time after time'],
    ['nl churn stem', 'Mijn opzegging is verstuurd, slechte service', 'reason.churn:opzegging'],
    [
      'en churn phrase',
      'Awful service, taking my business elsewhere',
      'reason.churn:taking my business',
    ],
    [
      'nl escalation stem',
      'Ik schakel juridische hulp in, schandalig',
      'reason.escalation:juridische',
    ],
    [
      'en escalation stem',
      'Disgraceful, my solicitors will be in touch',
      'reason.escalation:solicitors',
    ],
    ['nl safety stem', 'Mijn account is gehackt en er is geld weg!', 'reason.safety:gehackt'],
    ['en safety stem', 'Your site leaked my card details, awful', 'reason.safety:leaked'],
    ['nl outage deprivation', 'Al uren geen warm water, slecht', 'reason.outage:geen water'],
    ['en outage deprivation', 'Hours without power now, terrible', 'reason.outage:without power'],
  ];
  it.each(cases)('%s: %s → %s', (_name, text, expected) => {
    const result = classify({ text });
    expect(result.sentiment).toBe('negative');
    expect(result.urgent).toBe(true);
    expect(result.reasons).toContain(expected);
  });

  it('reads a fraud team that helped as praise, not as a safety issue', () => {
    expect(classify({ text: 'Your fraud team really saved me, thanks!' }).urgent).toBe(false);
    expect(classify({ text: 'Jullie fraudeafdeling heeft me top geholpen!' }).urgent).toBe(false);
  });

  it('makes a post the model alone reads as negative urgent when a trigger fires', () => {
    const result = classify({ text: 'Ik heb jullie gisteren ook al een DM gestuurd' });
    if (result.sentiment === 'negative') expect(result.urgent).toBe(true);
    else expect(result.urgent).toBe(false);
  });
});
