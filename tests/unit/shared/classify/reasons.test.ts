import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/shared/classify';
import {
  REASON_KEYS,
  describeReason,
  reasonPhrases,
} from '../../../../src/shared/classify/reasons';

const REASON = /^reason\.([A-Za-z]+)(?::.+)?$/;

describe('reasons', () => {
  it('have an English and a Dutch phrase for every key', () => {
    for (const key of REASON_KEYS) {
      expect(reasonPhrases[key].en.length).toBeGreaterThan(0);
      expect(reasonPhrases[key].nl.length).toBeGreaterThan(0);
    }
  });

  it('are all known keys', () => {
    const posts = [
      'Alweer een storing!!! Ik zeg op, dit gaat naar Radar 🤬 kut',
      'Niet goed, maar wel snel',
      'Top service weer... lekker dan 🙄',
      'Al 3 dagen geen internet',
      'Hoe laat gaat de winkel open?',
      'Great help, thanks 😊',
    ];
    for (const text of posts) {
      for (const reason of classify({ text, followers: 20_000 }).reasons) {
        const key = REASON.exec(reason)?.[1];
        expect(REASON_KEYS).toContain(key);
      }
    }
  });

  it('explain a negative post with its trigger words', () => {
    const { reasons } = classify({ text: 'Alweer een storing, ik ga overstappen!' });
    expect(reasons).toEqual(
      expect.arrayContaining([
        'reason.repeatContact:alweer',
        'reason.outage:storing',
        'reason.churn:overstappen',
      ]),
    );
  });

  it('name a word once: what does not work is not also listed as a negative word', () => {
    const { reasons } = classify({
      text: '@AlbertHeijn de bonus app werkt niet meer sinds de update',
    });
    expect(reasons).toContain('reason.notWorking:werkt');
    expect(reasons).not.toContain('reason.negativeWords:werkt');
    expect(classify({ text: '@KPN internet werkt niet en de app is traag' }).reasons).toEqual(
      expect.arrayContaining(['reason.notWorking:werkt', 'reason.negativeWords:traag']),
    );
  });

  it('name negation, sarcasm, waiting and questions', () => {
    expect(classify({ text: 'Niet tevreden' }).reasons).toContain('reason.negation');
    expect(classify({ text: 'bedankt voor niks' }).reasons).toContain('reason.sarcasm');
    expect(classify({ text: 'Al 3 dagen geen reactie' }).reasons).toContain('reason.waiting');
    expect(classify({ text: 'Hoe laat gaat de winkel open?' }).reasons).toContain(
      'reason.question',
    );
  });

  it('read as words in both languages', () => {
    expect(describeReason('reason.repeatContact:alweer', 'en')).toBe('Repeat contact (“alweer”)');
    expect(describeReason('reason.repeatContact:alweer', 'nl')).toBe('Herhaald contact (“alweer”)');
    expect(describeReason('reason.reach', 'nl')).toBe('Groot bereik');
    expect(describeReason('something new', 'en')).toBe('something new');
  });
});
