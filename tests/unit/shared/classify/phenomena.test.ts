import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/shared/classify';
import { analysePost } from '../../../../src/shared/classify/analyse';

function sentimentOf(text: string): string {
  return classify({ text }).sentiment;
}
function scoreOf(text: string): number {
  return classify({ text }).score;
}

describe('language', () => {
  it('tells Dutch from English in short informal posts', () => {
    expect(classify({ text: '@KPN wat is er nou weer aan de hand 🤬 #storing' }).lang).toBe('nl');
    expect(classify({ text: 'lol @BT what is going on with the wifi?? https://t.co/x' }).lang).toBe(
      'en',
    );
  });
  it('gives code-switched posts to the language with more function words', () => {
    expect(classify({ text: 'Mijn order is still not delivered, wat een joke' }).lang).toBe('nl');
  });
  it('calls other languages other', () => {
    expect(classify({ text: 'Ich bin nicht zufrieden mit der Lieferung' }).lang).toBe('other');
  });
});

describe('negation', () => {
  it('nl: "niet goed" is negative where "goed" is positive', () => {
    expect(sentimentOf('Goed geholpen door de medewerker')).toBe('positive');
    expect(sentimentOf('Niet goed geholpen door de medewerker')).toBe('negative');
  });
  it('nl: "geen probleem" is not a complaint', () => {
    expect(sentimentOf('Probleem met de factuur')).toBe('negative');
    expect(sentimentOf('Geen probleem, dank voor de snelle reactie')).toBe('positive');
  });
  it('en: "not bad" is faint praise, "not happy" is a complaint', () => {
    expect(sentimentOf('The new hub, bad')).toBe('negative');
    expect(sentimentOf('Not bad, the new hub')).not.toBe('negative');
    expect(sentimentOf('Not happy with the new terms')).toBe('negative');
  });
  it('nl and en: what was expected and did not come is a complaint', () => {
    expect(sentimentOf('Het internet werkt nog steeds niet')).toBe('negative');
    expect(sentimentOf('Still no reply to my email')).toBe('negative');
  });
  it('nl and en: "nul" and "zero" negate ("zero hassle" is praise, "nul reactie" a complaint)', () => {
    expect(sentimentOf('Zero hassle returning my shoes to @ASOS')).toBe('positive');
    expect(sentimentOf('Retourneren bij @Zalando: nul gedoe')).toBe('positive');
    expect(sentimentOf('@KPN nul reactie op mijn mail')).toBe('negative');
  });
  it('nl and en: "can\'t believe" is astonishment, it does not negate what follows', () => {
    expect(sentimentOf("@delta can't believe you charged me $200 to change my flight")).toBe(
      'negative',
    );
    expect(sentimentOf("I can't believe how fast that was")).toBe('positive');
    expect(sentimentOf('Ik kan niet geloven hoe snel dat ging')).toBe('positive');
    expect(sentimentOf('Ik kan het niet geloven hoe slecht jullie zijn')).toBe('negative');
  });
});

describe('intensifiers and diminishers', () => {
  it('nl: "echt heel slecht" is stronger than "slecht", "een beetje" weaker', () => {
    expect(scoreOf('echt heel slecht')).toBeLessThan(scoreOf('slecht'));
    expect(scoreOf('een beetje slecht')).toBeGreaterThan(scoreOf('slecht'));
  });
  it('en: "super slow" is stronger than "slow", "a bit slow" weaker', () => {
    expect(scoreOf('super slow')).toBeLessThan(scoreOf('slow'));
    expect(scoreOf('a bit slow')).toBeGreaterThan(scoreOf('slow'));
  });
});

describe('emoji and emoticons', () => {
  it('nl: an angry emoji alone makes a post negative', () => {
    expect(sentimentOf('Pakket van vandaag')).toBe('neutral');
    expect(sentimentOf('Pakket van vandaag 😡')).toBe('negative');
  });
  it('nl and en: an overheated or sceptical face is a complaint, not a smile', () => {
    expect(classify({ text: 'Airco op de stand sauna 🥵' }).reasons).toContain('reason.emoji:🥵');
    expect(classify({ text: '€3 fee for a €5 shirt 🤨' }).reasons).toContain('reason.emoji:🤨');
  });
  it('en: emoticons count', () => {
    expect(sentimentOf('Parcel arrived :)')).toBe('positive');
    expect(sentimentOf('Parcel arrived :(')).toBe('negative');
  });
});

describe('emphasis', () => {
  it('nl: elongation strengthens ("slechttt")', () => {
    expect(sentimentOf('slechttt')).toBe('negative');
    expect(scoreOf('slechttt')).toBeLessThan(scoreOf('slecht'));
  });
  it('en: elongation strengthens ("sooo good")', () => {
    expect(scoreOf('sooo good')).toBeGreaterThan(scoreOf('good'));
  });
  it('nl and en: ALL CAPS shouts', () => {
    expect(scoreOf('SLECHT')).toBeLessThan(scoreOf('slecht'));
    expect(scoreOf('TERRIBLE')).toBeLessThan(scoreOf('terrible'));
  });
  it('nl and en: "!!!" strengthens, "?!" is indignant', () => {
    expect(scoreOf('slechte service!!!')).toBeLessThan(scoreOf('slechte service'));
    expect(sentimentOf('Waarom krijg ik geen bevestiging?!')).toBe('negative');
    expect(sentimentOf('How come my account changed?!')).toBe('negative');
    expect(sentimentOf('How come my account changed?')).toBe('neutral');
  });
});

describe('contrast', () => {
  it('nl: what follows "maar" weighs more', () => {
    expect(sentimentOf('Snel geleverd maar helaas beschadigd')).toBe('negative');
    expect(sentimentOf('Beschadigd geleverd maar heel snel vervangen, top')).toBe('positive');
  });
  it('en: what follows "but" weighs more', () => {
    expect(sentimentOf('Friendly agent but the problem is still not fixed')).toBe('negative');
    expect(sentimentOf('Had to wait a bit but then brilliant help')).toBe('positive');
  });
});

describe('everyday praise', () => {
  it('nl and en: shout-outs and thanks in webcare words are praise', () => {
    for (const text of [
      'Lifesavers @iSmashUK',
      'Big shoutout to @Deliveroo support',
      'Painless remortgage @AskNationwide',
      'Respect to the @GWRHelp crew',
      'Petje af @TUI_NL',
      'De jongens van @Fluvius zijn helden',
      'Topdag bij @Efteling',
    ]) {
      expect(analysePost({ text }).evidence.positiveSum, text).toBeGreaterThan(0);
    }
  });
  it('nl: "leuk" and "leuke" are praise', () => {
    expect(analysePost({ text: 'Leuke actie van de Jumbo' }).evidence.positiveSum).toBeGreaterThan(
      0,
    );
    expect(sentimentOf('Leuk item van @Kassa over energiecontracten vanavond')).not.toBe(
      'negative',
    );
  });
});

describe('social-media slang', () => {
  it('en: "slay" is praise', () => {
    expect(sentimentOf('@Wendys you guys slay lmao')).toBe('positive');
  });
});

describe('no complaints', () => {
  it('en: "no complaints" is praise, not a complaint word negated', () => {
    expect(sentimentOf('@delta I have no complaints, great flight')).toBe('positive');
  });
});

describe('everyday words of blame and relief', () => {
  it('nl and en: blame without a strong word is negative', () => {
    for (const text of [
      'The @AerLingus check-in lady was unfriendly',
      'The new @Boots sandwiches are bland',
      'Soggy chips from @JustEatUK tonight',
      'The @Amtrak cafe had no coffee left by 8am. Tragic.',
      'Ads every 5 minutes on @DisneyPlus is a bit much',
      'The @CostaCoffee barista rolled her eyes at me',
      'Hold music at @VodafoneUK is a crime against ears',
      'My card was declined at @Tesco',
      'The new @airtelindia prices are steep',
      'That "loyalty discount" from @Verizon was an insult',
      'My @ChipotleTweets bowl was 70% rice. Betrayal.',
      'That new @instagram font is an abomination',
      'Seller fees at @eBay make me want to scream',
      '@superdrug checkout page timed out on me tonight',
      'Tried paying @EE online and gave up',
      '@AppleSupport ios 11 is trash',
      'Perfect, another price increase @Netflix',
      '@British_Airways absolutely shambolic service today',
      '@AmazonHelp I want to speak to a manager',
      'Ik wil een leidinggevende spreken @KPN',
      '@Hermes parcel left in the rain, soaked',
      '@DPD driver threw my parcel over the fence',
      '@AppleSupport my macbook battery drains in 2 hours',
      '@Sainsburys your online shop keeps logging me out',
      '@PostNL pakket over de schutting gegooid, doorweekt',
      '@Samsung mijn batterij loopt leeg binnen 3 uur',
      "@delhaize de kassa's waren allemaal dicht, 20 min aanschuiven",
      '@Odido mijn factuur is ineens 20 euro hoger?',
      '@AmericanAir could be better',
      '@Transavia kon beter',
      'De app van @ING kan een stuk beter',
      '@Apple this update is so mid tbh',
      '@Nike these shoes are straight trash',
      '@Samsung my phone got bricked after the update',
      '@DoorDash my food is cold af',
      '@Thuisbezorgd eten was koud',
      '@Deliveroo my order arrived cold',
      '@Thuisbezorgd de bestelling kwam koud aan',
    ]) {
      expect(analysePost({ text }).evidence.negativeSum, text).toBeLessThan(0);
    }
  });
  it('nl and en: household trash, a meal, a safety log-out and a soak are no blame', () => {
    for (const text of [
      'Take out the trash before you leave',
      '@CityofBoston when is trash day this week with the holiday?',
      'Zondag mogen we aanschuiven bij het brunchbuffet van @Ikea',
      'Voor je veiligheid word je na 5 minuten automatisch uitgelogd @ING',
      '@Lush I soaked in that bath bomb, bliss',
    ]) {
      expect(analysePost({ text }).evidence.negativeSum, text).toBe(0);
    }
  });
  it('nl and en: "kon niet beter" and "couldn\'t be better" are praise', () => {
    for (const text of ['Het kon niet beter, bedankt @Transavia', "Couldn't be better @KLM"]) {
      const { positiveSum, negativeSum } = analysePost({ text }).evidence;
      expect(positiveSum, text).toBeGreaterThan(0);
      expect(negativeSum, text).toBe(0);
    }
  });
  it('en: relief and loyalty are praise', () => {
    for (const text of [
      '@Chase refunded it in an hour, so relieved',
      'Such a relief, @Aviva paid the claim',
      '@Octopus_Energy you have a customer for life',
      "@Medibank paid the claim. Didn't even have to chase",
      '@Pret the new soup is gorgeous',
      "Can't fault @Uber_Support tonight",
      'Paying @Octopus_Energy online is dead easy',
    ]) {
      const { positiveSum, negativeSum } = analysePost({ text }).evidence;
      expect(positiveSum, text).toBeGreaterThanOrEqual(1.5);
      expect(negativeSum, text).toBe(0);
    }
  });
});

describe('Dutch praise beyond belief', () => {
  it('nl: "niet normaal hoe goed" and "belachelijk goed" are praise', () => {
    for (const text of [
      'Niet normaal hoe goed die shoarma van @UberEats is',
      'De @bunq app is belachelijk goed',
      'Die nieuwe smaak van @TonysChocolonely is verslavend',
      'Serie van @Videoland in een ruk uitgekeken',
    ]) {
      const { positiveSum, negativeSum } = analysePost({ text }).evidence;
      expect(positiveSum, text).toBeGreaterThan(0);
      expect(negativeSum, text).toBe(0);
    }
  });
  it('nl: a sum paid back names the amount, it is no complaint', () => {
    expect(
      analysePost({ text: 'Terugbetaling van het te veel betaalde voorschot @Vattenfall' }).evidence
        .negativeSum,
    ).toBe(0);
  });
});

describe('sarcasm', () => {
  it('nl: "lekker dan" and "bedankt voor niks"', () => {
    expect(sentimentOf('Trein valt uit, lekker dan')).toBe('negative');
    expect(sentimentOf('bedankt voor niks @Vodafone')).toBe('negative');
  });
  it('nl: praise followed by "weer" ("top service weer…")', () => {
    expect(sentimentOf('Top service')).toBe('positive');
    expect(sentimentOf("Top service weer... pakket 'bezorgd' maar nergens te vinden")).toBe(
      'negative',
    );
  });
  it('en: "so much for" mocks what was promised', () => {
    expect(sentimentOf('So much for next day delivery @AmazonUK')).toBe('negative');
    expect(sentimentOf('So much for being a customer for life @BritishGas')).toBe('negative');
  });
  it('en: a refusal the customer made is no blame', () => {
    expect(
      analysePost({ text: 'I declined the extended warranty @Currys' }).evidence.negativeSum,
    ).toBe(0);
  });
  it('en: "thanks for nothing" and "great, again"', () => {
    expect(sentimentOf('thanks for nothing @BT')).toBe('negative');
    expect(sentimentOf('Great')).toBe('positive');
    expect(sentimentOf('Great, again.')).toBe('negative');
  });
  it('nl and en: "thank you for nothing" and "dank je wel voor niks" are "thanks for nothing"', () => {
    expect(sentimentOf('@SouthwestAir thank you for nothing')).toBe('negative');
    expect(sentimentOf('Dank je wel voor niks @NS')).toBe('negative');
  });
  it('nl and en: praise before "another"/"nog een" and a complaint word is sarcasm', () => {
    expect(classify({ text: 'Great, another delay @united' }).reasons).toContain('reason.sarcasm');
    expect(sentimentOf('@delta awesome, another cancelled flight. just awesome')).toBe('negative');
    expect(sentimentOf('Geweldig, nog een vertraging @NS')).toBe('negative');
    expect(sentimentOf('Great, another happy customer!')).toBe('positive');
    expect(classify({ text: 'Super, nog een storing @KPN' }).reasons).toContain('reason.sarcasm');
    expect(sentimentOf('Love it, another problem fixed @Tesla')).toBe('positive');
  });
  it('nl and en: thanks after a repeat word are thanks again, not mockery', () => {
    for (const text of ['Super geholpen, wederom bedankt!', 'Great help, again thanks @BT']) {
      expect(sentimentOf(text), text).toBe('positive');
    }
  });
  it('en: praise with an eye-roll emoji', () => {
    expect(sentimentOf('Brilliant 🙃')).toBe('negative');
  });
  it('nl and en: "je had één taak", "you had one job"', () => {
    for (const text of ['@EDFEnergy you had one job', 'Je had één taak @ING']) {
      const result = classify({ text });
      expect(result.sentiment).toBe('negative');
      expect(result.reasons).toContain('reason.sarcasm');
    }
  });
});

describe('Dutch compounds and diminutives', () => {
  it('finds the sentiment in a compound ("internetstoring", "kutservice")', () => {
    expect(sentimentOf('internetstoring')).toBe('negative');
    expect(sentimentOf('kutservice')).toBe('negative');
    expect(sentimentOf('keigoed')).toBe('positive');
  });
  it('finds the base under a diminutive ("storinkje", "probleempje")', () => {
    expect(sentimentOf('weer een storinkje')).toBe('negative');
    expect(sentimentOf('een probleempje met de app')).toBe('negative');
  });
  it('reads "on" + praise as its opposite', () => {
    expect(sentimentOf('ongelukkig met de nieuwe app')).toBe('negative');
  });
});

describe('money taken without consent', () => {
  it('nl and en: is an urgent complaint without a single negative word', () => {
    for (const text of [
      'Someone used my card in another country, £300 gone',
      'Er staat een vreemde afschrijving van 450 euro op mijn rekening',
    ]) {
      const result = classify({ text });
      expect(result.sentiment).toBe('negative');
      expect(result.urgent).toBe(true);
      expect(result.reasons[0]).toMatch(/^reason\.safety:/);
    }
  });
});

describe('news about a brand', () => {
  it('nl: a report of an outage or a warning is no complaint', () => {
    expect(sentimentOf('Storing bij KPN voorbij, meldt de NOS.')).not.toBe('negative');
    expect(classify({ text: 'Storing bij KPN voorbij, meldt de NOS.' }).urgent).toBe(false);
    expect(classify({ text: 'Storing in heel Utrecht' }).urgent).toBe(true);
  });
  it('en: a report of a fine is no complaint', () => {
    const news = 'Thames Water fined £104m by Ofwat over sewage spills (BBC News)';
    expect(sentimentOf(news)).not.toBe('negative');
    expect(sentimentOf('Thames Water fined me for a leak I reported months ago')).toBe('negative');
  });
  it('en: breaking news, a confirmation and a wire report are no complaint', () => {
    for (const news of [
      "BREAKING: all flights at @HeathrowAirport back to normal after this morning's fog delays",
      "Microsoft confirms this morning's Outlook outage has been fully resolved",
      '@Meta fined €1.2bn over EU data transfers, per Reuters',
    ]) {
      expect(sentimentOf(news), news).not.toBe('negative');
    }
  });
  it('nl: a customer citing the news about their own outage still complains', () => {
    const text = 'Volgens de NOS ligt het netwerk van Odido eruit, bij mij ook al de hele ochtend';
    expect(classify({ text }).urgent).toBe(true);
  });
});

describe('what helps, and questions about a problem', () => {
  it('en and nl: the fraud team or the outage map is no fraud and no outage', () => {
    expect(sentimentOf('@Barclays your fraud team really saved me')).toBe('positive');
    expect(sentimentOf("Fraud on my account and @Barclays won't answer the phone")).toBe(
      'negative',
    );
    const map = 'Is the @Telstra outage map live or updated hourly?';
    expect(analysePost({ text: map }).triggers).toEqual([]);
  });
  it('en and nl: a hypothetical question asks for information, a reproach does not', () => {
    for (const question of [
      'Hypothetically, if my flight got cancelled would I get cash back or a voucher?',
      'Say a @British_Airways flight gets cancelled on the day, rebook or refund?',
      'Als een vlucht geannuleerd wordt door storm, heb je dan recht op een hotel?',
    ]) {
      expect(analysePost({ text: question }).evidence.informational).toBe(true);
    }
    for (const notAsking of [
      "If you can't deliver on time, why should I stay?",
      'Als dit nog een keer gebeurt zeg ik op!',
      'If the parcel is late again I will cancel',
    ]) {
      expect(analysePost({ text: notAsking }).evidence.informational).toBe(false);
    }
  });
  it('en and nl: "how many more times" and "hoe vaak nog" reproach, they do not ask', () => {
    for (const text of [
      'How many more times do I need to send my ID to @Monzo?',
      'Hoe vaak nog moet ik mijn meterstand doorgeven @Eneco?',
    ]) {
      expect(analysePost({ text }).evidence.informational, text).toBe(false);
      expect(classify({ text }).urgent, text).toBe(true);
    }
  });
  it('en and nl: asking how to report phishing is a question, not a complaint', () => {
    for (const question of [
      '@Barclays how do I report a phishing email I received?',
      'Hoe meld ik een phishing-sms die zogenaamd van @ING komt?',
    ]) {
      expect(sentimentOf(question)).toBe('neutral');
      expect(classify({ text: question }).intent).toBe('question');
    }
    expect(sentimentOf('Alweer een phishing-sms namens @ING, doe er eens wat aan')).toBe(
      'negative',
    );
  });
});

describe('intent', () => {
  it('nl and en: questions, complaints, compliments, remarks', () => {
    expect(classify({ text: 'Hoe laat gaat de winkel open?' }).intent).toBe('question');
    expect(classify({ text: 'Iemand ervaring met Odido' }).intent).toBe('question');
    expect(classify({ text: 'Waardeloze service' }).intent).toBe('complaint');
    expect(classify({ text: 'Thanks, sorted in minutes!' }).intent).toBe('compliment');
    expect(classify({ text: 'Just landed in Dublin' }).intent).toBe('remark');
  });
});
