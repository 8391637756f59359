import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/shared/classify';
import { analysePost } from '../../../../src/shared/classify/analyse';
import { classificationSchema } from '../../../../src/shared/classify/types';

describe('classify result', () => {
  it('has every field, within range', () => {
    for (const text of ['', '😡😡', 'Top service!', 'Alweer een storing!!! 🤬', 'x'.repeat(2000)]) {
      const result = classify({ text });
      expect(classificationSchema.parse(result)).toEqual(result);
      expect(result.score).toBeGreaterThanOrEqual(-1);
      expect(result.score).toBeLessThanOrEqual(1);
      expect(result.urgency).toBeGreaterThanOrEqual(0);
      expect(result.urgency).toBeLessThanOrEqual(1);
    }
  });
});

describe('urgent triggers', () => {
  const cases: [string, string][] = [
    ['Internet ligt er alweer uit, echt slecht', 'reason.repeatContact:alweer'],
    ['Nog steeds geen monteur gezien, slecht', 'reason.repeatContact:nog steeds'],
    ['Voor de zoveelste keer gebeld, waardeloos', 'reason.repeatContact:zoveelste'],
    ['Broadband down again, useless', 'reason.repeatContact:again'],
    ['Third time I call about this, useless', 'reason.repeatContact:third time'],
    ['Slechte service, ik ga opzeggen', 'reason.churn:opzeggen'],
    ['Slechte service, ik zeg mijn abonnement op', 'reason.churn:zeg … op'],
    ['Terrible service, cancelling my contract', 'reason.churn:cancelling'],
    ['Dit gaat naar Radar, schandalig', 'reason.escalation:radar'],
    ['Mijn advocaat neemt contact op, belachelijk', 'reason.escalation:advocaat'],
    ['My lawyer will be in touch, disgraceful', 'reason.escalation:lawyer'],
    ['Datalek bij jullie app, slecht', 'reason.safety:datalek'],
    ['Gaslucht in de meterkast, gevaarlijk', 'reason.safety:gaslucht'],
    ['Data breach at your bank, awful', 'reason.safety:data breach'],
    ['Storing in heel Utrecht', 'reason.outage:storing'],
    ['Outage all morning, cannot pay', 'reason.outage:outage'],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    const result = classify({ text });
    expect(result.sentiment).toBe('negative');
    expect(result.urgent).toBe(true);
    expect(result.reasons).toContain(expected);
    expect(result.urgency).toBeGreaterThan(0.6);
  });

  it('is urgent only when the post is negative', () => {
    const question = classify({
      text: 'Hoe zeg ik mijn abonnement op? Ik verhuis naar het buitenland',
    });
    expect(question.urgent).toBe(false);
    expect(classify({ text: 'Storing snel opgelost, top!' }).urgent).toBe(false);
  });

  it('reads a move to the brand as news, not as a customer leaving', () => {
    for (const text of [
      'Switched to Polderstroom last month as part of the move to NL',
      'Net overgestapt naar Polderstroom, ben benieuwd',
    ]) {
      expect(classify({ text }).sentiment).toBe('neutral');
      expect(classify({ text }).urgent).toBe(false);
    }
  });

  it('reads the weather and the till as what they are', () => {
    expect(classify({ text: 'Slecht het weer vandaag' }).urgent).toBe(false);
    expect(classify({ text: 'Lange rij bij de kassa, slecht' }).urgent).toBe(false);
  });

  it.each([
    ['a parcel left in a bin is no leaving', "Awful, you're leaving my parcel in the bin", 'churn'],
    [
      'a comparison is no repeat contact',
      'Terrible photo, the lamp looks twice the size',
      'repeatContact',
    ],
    ['a fire alarm test is no fire', 'Terrible fire alarm test at the mall today', 'safety'],
    ['a smoke alarm is no smoke', 'Awful smoke alarm, it beeps at night', 'safety'],
    ['smoked sausage is no smoke', 'Rookworst was lauw, slecht', 'safety'],
    ['privacy settings are no data issue', 'Terrible new privacy settings menu', 'safety'],
    ['a room that smelled is no smoke', 'Slecht hotel, de kamer rook muf', 'safety'],
    ['flat as a coin is no outage', 'Slechte burger, plat als een dubbeltje', 'outage'],
    [
      '"dan weer wel" is no repeat',
      'Koude pizza, slecht. Bezorger aardig, dat dan weer wel',
      'repeatContact',
    ],
    [
      'back outside is no repeat',
      'Slechte muziek, na 5 minuten stond ik weer buiten',
      'repeatContact',
    ],
    ['an outage map helps', 'Slecht, de storingskaart laat alleen onderhoud zien', 'outage'],
    [
      'a tax return is no police report',
      'Slecht, mijn aangifte inkomstenbelasting lukt niet',
      'escalation',
    ],
    ['noise cancelling is no leaving', 'Awful noise cancelling on these headphones', 'churn'],
    ['offline maps are no outage', 'Slechte route, de offline kaarten waren oud', 'outage'],
    ['being away is no outage', 'Ben even offline, slecht weer hier in Bangkok', 'outage'],
    ['a price is no count', 'Rubbish camera on a £1000 phone', 'repeatContact'],
    ['bad weather is no repeat', 'Slecht weer hier in Bangkok @KLM', 'repeatContact'],
    ['a day named after "for" is no wait', 'Awful: heatwave warning for Thursday', 'waiting'],
    ['a phone left behind is no leaving', 'Awful rain, and the phone I left in the cab', 'churn'],
    ['"dead smooth" is very smooth, not down', 'Awful week, but the app is dead smooth', 'outage'],
    [
      'food "still piping hot" is no repeat',
      'Awful driver, food still piping hot though',
      'repeatContact',
    ],
    [
      'a tax return "over" a year is no police report',
      'Slecht, de aangifte over 2023',
      'escalation',
    ],
    [
      'reinstalling an app is no repeat',
      'Slecht, ik moet de app opnieuw installeren',
      'repeatContact',
    ],
    ['a change of trains is no leaving', 'Slecht, mijn overstap in Utrecht', 'churn'],
    ['"nearly fainted" is a figure of speech', 'Awful bill, I nearly fainted', 'safety'],
    ['"bijna omgevallen" is a figure of speech', 'Slechte grap, ik ben bijna omgevallen', 'safety'],
    ['a fraud team helps', 'Slecht weekend, maar het fraudeteam belde meteen', 'safety'],
    ['a planned outage is maintenance', 'Awful timing for a planned outage @ESB', 'outage'],
    ['een geplande storing is onderhoud', 'Slecht getimed, een geplande storing @Ziggo', 'outage'],
  ])('%s: %s', (_name, text, kind) => {
    const reasons = classify({ text }).reasons;
    expect(reasons.filter((reason) => reason.startsWith(`reason.${kind}`))).toEqual([]);
  });

  it('reads news citing the Consumentenbond as news, like news citing a regulator', () => {
    const news = analysePost({ text: 'Tarieven gaan omlaag per 1 juli, meldt de Consumentenbond' });
    expect(news.triggers).toEqual([]);
    const complaint = analysePost({ text: 'Ik stap naar de Consumentenbond, schandalig' });
    expect(complaint.triggers.map((hit) => hit.kind)).toContain('escalation');
  });

  it('does not make a post negative for "elsewhere"', () => {
    const post = analysePost({ text: 'Wonder if the new self checkout will roll out elsewhere' });
    expect(post.cueValence).toBe(0);
    expect(classify({ text: 'Awful service, taking my money elsewhere' }).urgent).toBe(true);
  });

  it('reads "gevaarlijk lekker" and "dangerously good" as praise', () => {
    for (const text of [
      'Die nieuwe broodjes van @AlbertHeijn zijn gevaarlijk lekker',
      'These @GreggsOfficial cookies are dangerously good',
    ]) {
      const result = classify({ text });
      expect(result.sentiment).toBe('positive');
      expect(result.urgent).toBe(false);
    }
  });

  it('reads "weer een" and "again a" before praise as praise that comes again', () => {
    for (const text of ['Weer een geweldige dag bij @Efteling!', 'Again a great flight @KLM']) {
      const result = classify({ text });
      expect(result.sentiment, text).not.toBe('negative');
      expect(result.urgent, text).toBe(false);
    }
    expect(classify({ text: 'Again, a really great flight @KLM' }).urgent).toBe(false);
    for (const text of [
      'Alweer een geweldige storing @KPN',
      'Weer een geweldige dag zonder trein',
    ]) {
      expect(classify({ text }).reasons, text).toContain(
        `reason.repeatContact:${text.split(' ')[0]?.toLowerCase()}`,
      );
    }
  });

  it('keeps "fire" a safety cue even where slang could read it as praise', () => {
    for (const text of [
      'There is fire coming out of the socket @UKPowerNetworks',
      '@UKPowerNetworks the cable was fire, kids are playing nearby',
    ]) {
      const result = classify({ text });
      expect(result.urgent, text).toBe(true);
      expect(result.reasons, text).toContain('reason.safety:fire');
    }
  });

  it('reads tickets one wins or buys as no repeat contact', () => {
    for (const text of [
      'Win 2 tickets voor de Efteling! Retweet en volg @Efteling',
      'Maak kans op 2 tickets voor de Efteling!',
      "We're giving away 2 tickets! Follow @LiveNation and RT",
    ]) {
      const result = classify({ text });
      expect(result.urgent, text).toBe(false);
      expect(result.reasons, text).not.toContain('reason.repeatContact:2 tickets');
    }
    expect(
      classify({ text: 'Al 3 tickets aangemaakt en niemand reageert @Odido' }).reasons,
    ).toContain('reason.repeatContact:3 tickets');
    expect(
      classify({ text: '@KLM I had to book 5 times before it went through, charged for all 5' })
        .reasons,
    ).toContain('reason.repeatContact:5 times');
  });

  it('still reads those words as triggers where they mean it', () => {
    expect(classify({ text: "Terrible, I'm leaving you for Vodafone" }).reasons).toContain(
      "reason.churn:i'm leaving",
    );
    expect(classify({ text: 'Terrible, the lamp broke twice' }).reasons).toContain(
      'reason.repeatContact:twice',
    );
    expect(classify({ text: 'Er komt rook uit de meterkast, gevaarlijk!' }).urgent).toBe(true);
    expect(classify({ text: 'Third time cancelling this order, useless' }).urgent).toBe(true);
    expect(classify({ text: 'Lekker weer een storing @kpn' }).reasons).toContain(
      'reason.repeatContact:weer',
    );
    expect(classify({ text: 'Stuck waiting since Thursday @kpn' }).reasons).toContain(
      'reason.waiting',
    );
    expect(classify({ text: '@kpn internet al de hele dag offline, slecht' }).urgent).toBe(true);
    expect(classify({ text: '@kpn al 3 keer gebeld, €20 kwijt' }).reasons).toContain(
      'reason.repeatContact:3 keer',
    );
  });
});

describe('reach', () => {
  it('makes a negative post from a large account urgent', () => {
    const small = classify({ text: 'Slechte service zeg', followers: 200 });
    const large = classify({ text: 'Slechte service zeg', followers: 25_000 });
    expect(small.urgent).toBe(false);
    expect(large.urgent).toBe(true);
    expect(large.reasons).toContain('reason.reach');
    expect(large.urgency).toBeGreaterThan(small.urgency);
  });
  it('does not make praise urgent', () => {
    expect(classify({ text: 'Top service!', followers: 500_000 }).urgent).toBe(false);
  });
});

describe('urgency order', () => {
  it('puts urgent complaints above plain complaints above neutral and praise', () => {
    const urgent = classify({ text: 'Alweer een storing, ik stap over!' }).urgency;
    const complaint = classify({ text: 'Slechte service zeg' }).urgency;
    const neutral = classify({ text: 'Hoe laat gaat de winkel open?' }).urgency;
    const praise = classify({ text: 'Top geholpen, dank!' }).urgency;
    expect(urgent).toBeGreaterThan(0.6);
    expect(complaint).toBeGreaterThan(neutral);
    expect(complaint).toBeLessThan(0.6);
    expect(neutral).toBeGreaterThan(praise);
  });
});

describe('abusive', () => {
  it('flags profanity and insults in both languages, including Dutch compounds', () => {
    expect(classify({ text: 'Kutbedrijf, weer geen bereik' }).abusive).toBe(true);
    expect(classify({ text: 'Stelletje idioten' }).abusive).toBe(true);
    expect(classify({ text: 'fucking useless service' }).abusive).toBe(true);
    expect(classify({ text: 'Slechte service' }).abusive).toBe(false);
  });
  it('reads the French "en retard" (late) as no slur', () => {
    expect(classify({ text: 'La livraison est en retard @Bol' }).abusive).toBe(false);
    expect(classify({ text: 'Le train a du retard @SNCB' }).abusive).toBe(false);
    expect(classify({ text: 'Encore un retard de 40 minutes @SNCB' }).abusive).toBe(false);
    expect(classify({ text: 'Retard de 2h sur mon vol' }).abusive).toBe(false);
    expect(classify({ text: 'you absolute retard @BT' }).abusive).toBe(true);
  });
  it('is not urgent on its own', () => {
    const result = classify({ text: 'kut app' });
    expect(result.abusive).toBe(true);
    expect(result.urgent).toBe(false);
    expect(result.urgency).toBeLessThan(0.6);
    expect(result.reasons).toContain('reason.abusive:kut');
  });
});
