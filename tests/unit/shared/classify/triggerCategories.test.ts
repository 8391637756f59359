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
  // Paraphrases: no "again", "cancel", "lawyer" or "storing", yet webcare must act now.
  const paraphrases: [string, string, string][] = [
    [
      'en repeat by days',
      'Sent you a DM yesterday and the day before, nothing. Useless',
      'reason.repeatContact:the day before',
    ],
    [
      'nl repeat by "al"',
      'Ik heb al gebeld en nu weer niks, waardeloos',
      'reason.repeatContact:al gebeld',
    ],
    ['en churn done', "Awful service, I've left for a better network", "reason.churn:i've left"],
    ['nl churn leaving', 'Slechte service, ik vertrek', 'reason.churn:ik vertrek'],
    ['nl repeat, Flemish', '@NMBS trein weeral afgeschaft', 'reason.repeatContact:weeral'],
    [
      'en churn never flying',
      "@united I'm never flying with you again",
      'reason.churn:never flying with you',
    ],
    [
      'en escalation inside',
      'Terrible, filing a formal complaint today',
      'reason.escalation:formal complaint',
    ],
    [
      'nl escalation inside',
      'Schandalig, ik ga een klacht indienen',
      'reason.escalation:klacht indienen',
    ],
    ['en safety scam', 'Got scammed through your marketplace, terrible', 'reason.safety:scammed'],
    ['nl safety theft', 'Pakket gestolen uit de kluis, slecht geregeld', 'reason.safety:gestolen'],
    [
      'en lost access',
      "Can't log in to my account since this morning, awful",
      "reason.outage:can't log in",
    ],
    ['nl lost access', 'Ik kan niet inloggen, echt slecht', 'reason.outage:kan niet inloggen'],
    ['en signing in fails', '@XboxSupport cant sign in to xbox live', 'reason.outage:cant sign in'],
    [
      'en service out',
      '@comcastcares internet has been out since 6am',
      'reason.outage:internet has been out',
    ],
    [
      'nl churn, plural separable verb',
      'Per 1 juni zeggen we ons abonnement op, slechte service',
      'reason.churn:zeggen … op',
    ],
    ['en money taken', 'Someone emptied my account overnight, awful', 'reason.safety:emptied'],
    [
      'nl identity misused',
      'Iemand heeft mijn DigiD misbruikt, vreselijk',
      'reason.safety:misbruikt',
    ],
    ['en regulator abroad', 'Reported you to ComReg, disgraceful', 'reason.escalation:comreg'],
    [
      'en still waiting since',
      'Promised a callback three weeks ago, useless',
      'reason.repeatContact:weeks ago',
    ],
  ];
  // Cues of rounds eight to ten, from blind-written posts whose urgency the lexicons missed.
  const laterRounds: [string, string, string][] = [
    [
      'nl consumer body (Belgium)',
      'Zo gaat het niet langer, ik stap naar Test-Aankoop',
      'reason.escalation:test aankoop',
    ],
    [
      'en regulator (Australia)',
      'Hopeless, lodging a dispute with AFCA tomorrow',
      'reason.escalation:afca',
    ],
    [
      'en churn to a rival',
      'Terrible service, signing with your rivals on Monday',
      'reason.churn:signing with',
    ],
    ['nl churn, wants out', 'Waardeloos, ik wil van jullie af', 'reason.churn:van jullie af'],
    [
      'nl churn, Flemish',
      'Slechte service, ik wil mijn abonnement stopzetten',
      'reason.churn:stopzetten',
    ],
    [
      'en allergy',
      'My son needed his EpiPen after your "nut free" bar, disgusting',
      'reason.safety:epipen',
    ],
    [
      'nl glass in food',
      'Mijn dochter heeft een scherf doorgeslikt uit jullie potje, schandalig',
      'reason.safety:scherf',
    ],
    [
      'nl battery swelling',
      'Powerbank is opgezwollen en begon te smeulen, slecht product',
      'reason.safety:opgezwollen',
    ],
    [
      'en furniture falling',
      'The wardrobe tipped over onto my daughter, awful',
      'reason.safety:tipped over',
    ],
    [
      'en money, overdrawn',
      'Your app took the payment twice and now I am overdrawn, awful',
      'reason.safety:overdrawn',
    ],
    [
      'en identity misused',
      'Someone took out a loan in my name through your site, terrible',
      'reason.safety:in my name',
    ],
    [
      'en payments down',
      'Card machines not working for anyone in town, useless',
      'reason.outage:card machines',
    ],
    ['nl payments down', 'Kan nergens pinnen vandaag, slecht', 'reason.outage:nergens pinnen'],
    ['en messaging down', 'Messages not sending all morning, useless', 'reason.outage:not sending'],
    [
      'nl formal notice',
      'Ingebrekestelling is verstuurd, schandalig hoe jullie dit doen',
      'reason.escalation:ingebrekestelling',
    ],
    [
      'nl small claims court',
      'Dit gaat naar de kantonrechter, belachelijk',
      'reason.escalation:kantonrechter',
    ],
    ['nl food poisoning', 'Hele gezin ziek na jullie kip, walgelijk', 'reason.safety:ziek na'],
    [
      'nl impersonation',
      'Iemand stuurt namens mij betaalverzoeken rond, vreselijk',
      'reason.safety:namens mij',
    ],
    [
      'nl churn, not coming back',
      'Ik kom niet terug, slechte service',
      'reason.churn:kom niet terug',
    ],
    [
      'en food poisoning',
      'Was up all night vomiting after your burger, disgusting',
      'reason.safety:vomiting',
    ],
    [
      'en burning smell',
      'Smelled burning on the train and nobody came, terrible',
      'reason.safety:smelled burning',
    ],
    [
      'en churn, porting',
      'Porting to Vodafone tomorrow, useless service',
      'reason.churn:porting to',
    ],
    ['nl claim', 'Ik ga een claim indienen, belachelijk', 'reason.escalation:claim indienen'],
    [
      'nl panic attack',
      'Mijn zoon kreeg een paniekaanval in jullie achtbaan, schandalig',
      'reason.safety:paniekaanval',
    ],
    [
      'en reckless driver',
      'Driver ran a red light, I feared for my life, disgraceful',
      'reason.safety:feared for my life',
    ],
    [
      'en money taken without consent',
      "Someone took £640 and I didn't authorise it, awful",
      "reason.safety:didn't authorise",
    ],
    [
      'nl churn, in the past',
      'Na 15 jaar is jullie abonnement verleden tijd, slechte service',
      'reason.churn:verleden tijd',
    ],
    [
      'nl locked out',
      'Iemand heeft mijn wachtwoord veranderd en ik kom er niet meer in, vreselijk',
      'reason.outage:kom er niet meer in',
    ],
    ['en helpline down', 'Your helpline never connects, useless', 'reason.outage:never connects'],
    // Round twelve.
    [
      'en burning plastic',
      'Smell of burning plastic from your charger, awful',
      'reason.safety:burning plastic',
    ],
    [
      'en sparking',
      'Your kettle started sparking at the base, disgraceful',
      'reason.safety:sparking',
    ],
    [
      'en scorch marks',
      'Scorch marks on the worktop from your toaster, terrible',
      'reason.safety:scorch marks',
    ],
    [
      'en product recall',
      'The buckle pops open, terrible. Is there a recall?',
      'reason.safety:recall',
    ],
    ['en money gone', "£640 gone, where's my money? Awful bank", "reason.safety:where's my money"],
    [
      'en consumer site (South Africa)',
      'Terrible service, Hellopeter is next',
      'reason.escalation:hellopeter',
    ],
    [
      'en churn, new provider',
      'Awful broadband, looking for a new provider',
      'reason.churn:looking for a new',
    ],
    [
      'en churn, weekly shop',
      'Moved my weekly shop to Coles after your awful substitutions',
      'reason.churn:moved my weekly shop',
    ],
    [
      'en repeat, the same again',
      'Bill wrong, you credit it, bill wrong, rinse and repeat, useless',
      'reason.repeatContact:rinse and repeat',
    ],
    [
      'en repeat, a pattern',
      'Promised a call back on the 2nd, the 9th and the 16th. Spot the pattern, useless',
      'reason.repeatContact:spot the pattern',
    ],
    // Round eleven.
    [
      'en exposed wiring',
      'Exposed wires by the school gate, disgraceful',
      'reason.safety:exposed wires',
    ],
    ['nl bare wire', 'Bloot koper in het trappenhuis, schandalig', 'reason.safety:bloot koper'],
    ['en gas smell', 'Rotten egg smell by the meter, awful', 'reason.safety:rotten egg'],
    [
      'en allergic swelling',
      'His lips swelled up after your nut-free bar, disgusting',
      'reason.safety:lips swelled',
    ],
    [
      'nl bleeding',
      'De chauffeur reed door terwijl ze bloedde, schandalig',
      'reason.safety:bloedde',
    ],
    [
      'en emergency department',
      'Sitting in A&E after your ride broke, terrible',
      'reason.safety:a e',
    ],
    ['en fall', 'My daughter fell from your faulty bunk bed, awful', 'reason.safety:fell from'],
    [
      'en purchases never made',
      'Letters for purchases I never made, awful',
      'reason.safety:never made',
    ],
    [
      'nl account never opened',
      'Een rekening die ik nooit geopend heb, belachelijk',
      'reason.safety:nooit geopend',
    ],
    ['nl identity', 'Gebruikt iemand mijn identiteit? Schandalig', 'reason.safety:mijn identiteit'],
    [
      'nl addresses in cc',
      'Jullie mail met 400 adressen in de cc, schandalig',
      'reason.safety:in de cc',
    ],
    [
      'en records of another patient',
      "Your app shows another patient's results, appalling",
      "reason.safety:another patient's",
    ],
    [
      'en phones on emergency only',
      'Phones say SOS only for the whole building, useless',
      'reason.outage:sos only',
    ],
    ['en no water', 'Taps dry across half the town, awful', 'reason.outage:taps dry'],
    ['en outage map', 'Your outage map is a sea of red, useless', 'reason.outage:sea of red'],
    ['en trains not moving', 'Every train sitting still, terrible', 'reason.outage:sitting still'],
    [
      'en churn, last month',
      'Final month paying for this rubbish service',
      'reason.churn:final month',
    ],
    [
      'nl churn, last month',
      'Dit was mijn laatste maand, waardeloos',
      'reason.churn:mijn laatste maand',
    ],
    [
      'en churn, farewell',
      'Terrible service, it was nice knowing you',
      'reason.churn:nice knowing you',
    ],
    [
      'nl churn, the last straw',
      'Deze verhoging was de druppel, belachelijk',
      'reason.churn:de druppel',
    ],
    [
      'en churn, the last straw, without a negative word',
      'Looking at other providers as we speak @TalkTalk. 40 mins hold for a simple question is the last straw',
      'reason.churn:last straw',
    ],
    // Round thirteen.
    [
      'en safety, heat',
      'Heads up, the baby monitor from @Argos gets really hot to the touch after an hour',
      'reason.safety:hot to the touch',
    ],
    [
      'nl safety, gas smelt with words between',
      'Sinds de monteur van @Stedin weg is ruik ik een beetje gas bij de meterkast',
      'reason.safety:ruik ik een beetje gas',
    ],
    [
      'en safety, a driver texting',
      '@Uber_Support driver was doing 90 on the motorway while texting',
      'reason.safety:while texting',
    ],
    [
      'nl safety, a driver texting',
      'Chauffeur van @Boltapp zat te appen op de snelweg',
      'reason.safety:zat te appen',
    ],
    [
      'en outage, across a service',
      'Contactless not working on any @TfL bus in Croydon today',
      'reason.outage:not working on any',
    ],
    [
      'en outage, nobody gets in',
      '@AskPlayStation network not letting anyone log in tonight',
      'reason.outage:not letting anyone',
    ],
    [
      'nl churn, a rival',
      'Ik kijk al rond bij de concurrent, slechte service',
      'reason.churn:bij de concurrent',
    ],
    [
      'en escalation to TV',
      'Happy to let A Current Affair tell this awful story',
      'reason.escalation:a current affair',
    ],
    [
      'en escalation to an MP',
      'Emailing my MP about this disgraceful service',
      'reason.escalation:my mp',
    ],
    [
      'nl escalation to parliament',
      'Ik mail een Kamerlid over deze schandalige gang van zaken',
      'reason.escalation:kamerlid',
    ],
    // Round fourteen.
    ['en churn, porting', '@Vodafone porting out this week', 'reason.churn:porting out'],
    [
      'en churn, a rival airline',
      '@British_Airways awful flight, reading up on a status match with another airline',
      'reason.churn:status match',
    ],
    [
      'en churn, after an urgent-only cue',
      "@EE texting for my PAC code tonight. You've had enough chances",
      'reason.churn:pac code',
    ],
    [
      'en churn, the app',
      '@Deliveroo cold food, awful, deleted the app',
      'reason.churn:deleted the app',
    ],
    [
      'en churn, borrowed time',
      '@Netflix one more price rise and our plan is on borrowed time',
      'reason.churn:borrowed time',
    ],
    [
      'en escalation, a letter before action',
      '@Currys my letter before action goes out today',
      'reason.escalation:letter before action',
    ],
    [
      'en escalation, a card claim',
      '@Argos claiming under section 75 through my card',
      'reason.escalation:section 75',
    ],
    [
      'en escalation, a court claim',
      'Filing a money claim online against @Ryanair this weekend',
      'reason.escalation:money claim online',
    ],
    [
      'en safety, fainting',
      'A passenger fainted on the @SouthernRailUK train this morning',
      'reason.safety:fainted',
    ],
    [
      'en safety, a rail that gave way',
      'The stair rail at the @premierinn came away in my hand',
      'reason.safety:came away in my hand',
    ],
    [
      'en safety, a wrong dose',
      '@BootsUK pharmacy gave my dad the wrong dose of his heart pills',
      'reason.safety:wrong dose',
    ],
    [
      'en safety, the wrong strength',
      '@LloydsPharmacy tablets came at twice the prescribed strength',
      'reason.safety:prescribed strength',
    ],
    [
      'en safety, furniture that fell',
      'The @IKEAUK dresser tipped onto my son, it was fixed to the wall',
      'reason.safety:tipped onto',
    ],
    [
      'en safety, ice',
      'The @Tesco car park is one sheet of ice this morning',
      'reason.safety:sheet of ice',
    ],
    [
      'en safety, a charger',
      'The @Anker charger got hot enough to melt the cable',
      'reason.safety:hot enough to melt',
    ],
    [
      'en churn, an exit fee',
      "@SkyUK what's the exit fee? This is useless",
      'reason.churn:exit fee',
    ],
    [
      'en money, pending payments',
      '@Monzo six pending payments to a site I do not know, awful',
      'reason.safety:pending payments',
    ],
    [
      'en money, a frozen account',
      '@PayPal account frozen with my wages in it, awful',
      'reason.safety:account frozen',
    ],
    ['en churn, leaving a bank', 'Awful, I left my bank after this', 'reason.churn:i left'],
    [
      'en churn, the end of patience',
      '@Telstra one more call and my patience is gone',
      'reason.churn:patience is gone',
    ],
    [
      'en money, a card used by others',
      "@Parcelforce clicked a fake redelivery link and now my card's been used abroad",
      "reason.safety:card's been used",
    ],
    [
      'en safety, an allergic reaction',
      'My pal came up in hives after the @GreggsOfficial vegan roll',
      'reason.safety:came up in hives',
    ],
    [
      'en safety, vermin in food',
      'Found a cockroach in my @zomato biryani',
      'reason.safety:cockroach',
    ],
    [
      'nl safety, vermin in food',
      'Er zat een kakkerlak in mijn bestelling van @Thuisbezorgd',
      'reason.safety:kakkerlak',
    ],
    [
      'en safety, a child and small parts',
      "The magnets on this @Argos toy came loose, my kid could've swallowed them",
      "reason.safety:could've swallowed",
    ],
    [
      'nl escalation, going public',
      'Ik ga de chat met @KLM gewoon openbaar maken',
      'reason.escalation:gewoon openbaar maken',
    ],
    [
      'nl safety, fainting',
      'Trein van @NS_online zo vol dat er iemand flauwviel',
      'reason.safety:flauwviel',
    ],
    [
      'nl safety, a concussion',
      'Kast van @IKEA_NL viel op mijn zoon. Hersenschudding.',
      'reason.safety:hersenschudding',
    ],
    [
      'nl churn, switching to a rival',
      'Ik ga overstappen op KPN, slecht',
      'reason.churn:overstappen',
    ],
    [
      'nl repeat, again on a list',
      'Ik sta opnieuw op de wachtlijst, slecht',
      'reason.repeatContact:opnieuw',
    ],
    ['en churn, leaving a network', 'I left the network, awful', 'reason.churn:i left'],
    [
      'nl money, an allowance clawed back',
      'Mijn toeslag is teruggevorderd door een fout van @Belastingdienst',
      'reason.safety:teruggevorderd',
    ],
    [
      'en outage, everyone',
      '@DisneyPlus the finale will not play for literally everyone, useless',
      'reason.outage:for literally everyone',
    ],
  ];
  it.each([...cases, ...paraphrases, ...laterRounds])('%s: %s → %s', (_name, text, expected) => {
    const result = classify({ text });
    expect(result.sentiment).toBe('negative');
    expect(result.urgent).toBe(true);
    expect(result.reasons).toContain(expected);
  });

  it('keeps a cue that is only urgent when negative from making praise negative', () => {
    const praise = classify({
      text: 'Geweldig geholpen door jullie, ik heb al gebeld en het is opgelost!',
    });
    expect(praise.sentiment).toBe('positive');
    expect(praise.urgent).toBe(false);
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
