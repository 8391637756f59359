/**
 * What the demo source's simulated customers write about "Polderstroom", a Dutch energy
 * and internet provider: the way real people write to brands (typos, emoji, @ and # or
 * neither, a few English posts in a Dutch stream). `{brand}` is filled with one of the
 * ways people spell the brand; `{n}`, `{day}` with small variations.
 */

export type DemoKind =
  'question' | 'complaint' | 'repeat' | 'compliment' | 'remark' | 'abusive' | 'urgent';

export interface DemoTemplate {
  lang: 'nl' | 'en';
  kind: DemoKind;
  text: string;
}

export const brandSpellings = [
  'Polderstroom',
  '@Polderstroom',
  '#polderstroom',
  'polderstroom',
  'PolderStroom',
];

export const days = [
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
];
export const daysEn = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

export const demoTemplates: DemoTemplate[] = [
  // Dutch — questions
  {
    lang: 'nl',
    kind: 'question',
    text: 'Hoi {brand}, hoe kan ik mijn voorschotbedrag aanpassen? Kan het niet vinden in de app',
  },
  {
    lang: 'nl',
    kind: 'question',
    text: 'weet iemand of {brand} ook glasvezel levert in Zwolle-Zuid?',
  },
  {
    lang: 'nl',
    kind: 'question',
    text: '{brand} wanneer komt de jaarafrekening? Had m vorige week verwacht 🤔',
  },
  {
    lang: 'nl',
    kind: 'question',
    text: 'Vraagje aan {brand}: moet ik zelf de meterstanden doorgeven bij verhuizing per {day}?',
  },
  {
    lang: 'nl',
    kind: 'question',
    text: 'Is er een storing bij {brand} in Utrecht? Mijn internet is heel traag sinds vanochtend',
  },
  {
    lang: 'nl',
    kind: 'question',
    text: 'hoe lang duurt t gemiddeld voor {brand} een modem opstuurt?',
  },
  // Dutch — complaints
  {
    lang: 'nl',
    kind: 'complaint',
    text: 'Al {n} minuten in de wacht bij de klantenservice van {brand}. Echt belachelijk 😤',
  },
  {
    lang: 'nl',
    kind: 'complaint',
    text: 'Mijn factuur van {brand} klopt niet, €{n} te veel afgeschreven. Niemand reageert op mijn mail.',
  },
  {
    lang: 'nl',
    kind: 'complaint',
    text: 'lekker dan {brand}, monteur zou tussen 8 en 12 komen en is er nog steeds niet',
  },
  {
    lang: 'nl',
    kind: 'complaint',
    text: 'Top service weer van {brand}... drie keer doorverbonden en toen hing de verbinding op',
  },
  {
    lang: 'nl',
    kind: 'complaint',
    text: 'Slechtste app ooit {brand}, inloggen lukt niet sinds de update 👎',
  },
  {
    lang: 'nl',
    kind: 'complaint',
    text: 'bedankt voor niks {brand}. beloofd dat ik teruggebeld zou worden, nooit gebeurd',
  },
  // Dutch — repeat contact (urgent when negative)
  {
    lang: 'nl',
    kind: 'repeat',
    text: 'Voor de zoveelste keer {brand}: mijn internet valt ALWEER weg. Dit is de {n}e keer deze maand!!!',
  },
  {
    lang: 'nl',
    kind: 'repeat',
    text: '{brand} ik heb nog steeds geen antwoord op mijn klacht van {day}. Hoe vaak moet ik nog bellen?',
  },
  {
    lang: 'nl',
    kind: 'repeat',
    text: 'Alweer een verkeerde afschrijving van {brand}. Ik ben er helemaal klaar mee',
  },
  // Dutch — urgent (churn, media, safety, outage)
  {
    lang: 'nl',
    kind: 'urgent',
    text: 'Als dit niet vandaag opgelost is ga ik opzeggen en overstappen. {brand} jullie zijn onbereikbaar',
  },
  {
    lang: 'nl',
    kind: 'urgent',
    text: 'Ik stap naar de Consumentenbond en Radar. {brand} weigert al weken mijn geld terug te storten',
  },
  {
    lang: 'nl',
    kind: 'urgent',
    text: 'Gevaarlijke situatie: de meterkast die {brand} heeft geplaatst wordt heet en ruikt naar brand 🔥 niemand neemt op',
  },
  {
    lang: 'nl',
    kind: 'urgent',
    text: 'Grote storing {brand} in heel Amersfoort, geen stroom en geen internet sinds {n} uur',
  },
  {
    lang: 'nl',
    kind: 'urgent',
    text: 'Zit er een datalek bij {brand}?? Ik kan in de app de gegevens van iemand anders zien',
  },
  // Dutch — compliments
  {
    lang: 'nl',
    kind: 'compliment',
    text: 'Complimenten aan {brand}, monteur was op tijd en supervriendelijk 👍',
  },
  {
    lang: 'nl',
    kind: 'compliment',
    text: 'Wat snel geregeld door {brand}! Binnen een dag mijn terugbetaling 🙏',
  },
  {
    lang: 'nl',
    kind: 'compliment',
    text: 'Eindelijk een energieleverancier die gewoon doet wat ze beloven. Dank je {brand} ❤️',
  },
  {
    lang: 'nl',
    kind: 'compliment',
    text: 'Chat met {brand} was echt top, probleem in 5 min opgelost',
  },
  // Dutch — remarks
  {
    lang: 'nl',
    kind: 'remark',
    text: 'Net overgestapt naar {brand}, benieuwd hoe het gaat bevallen',
  },
  {
    lang: 'nl',
    kind: 'remark',
    text: 'Reclame van {brand} op tv gezien met die zingende windmolen 😂',
  },
  {
    lang: 'nl',
    kind: 'remark',
    text: '{brand} verhoogt per 1 januari de vaste leveringskosten volgens het nieuws',
  },
  {
    lang: 'nl',
    kind: 'remark',
    text: 'Meterstanden doorgegeven bij {brand}. Weer een klusje van de lijst',
  },
  // Dutch — abusive
  { lang: 'nl', kind: 'abusive', text: 'Stelletje oplichters bij {brand}, kut bedrijf' },
  { lang: 'nl', kind: 'abusive', text: '{brand} jullie zijn echt een stel idioten, klote service' },
  // English — questions
  {
    lang: 'en',
    kind: 'question',
    text: 'Hi {brand}, do you offer fixed-rate contracts for expats? Moving to Rotterdam in {n} weeks',
  },
  {
    lang: 'en',
    kind: 'question',
    text: 'anyone know if {brand} has an English customer service line?',
  },
  {
    lang: 'en',
    kind: 'question',
    text: '{brand} how do I change the bank account for my direct debit?',
  },
  { lang: 'en', kind: 'question', text: 'Is {brand} down? my fiber has been flaky since {day}' },
  // English — complaints
  {
    lang: 'en',
    kind: 'complaint',
    text: 'Been on hold with {brand} for {n} minutes. Not great 🙄',
  },
  {
    lang: 'en',
    kind: 'complaint',
    text: 'Great, {brand} charged me twice this month. thanks for nothing',
  },
  {
    lang: 'en',
    kind: 'complaint',
    text: '{brand} your app keeps crashing when I try to pay my bill, really annoying',
  },
  {
    lang: 'en',
    kind: 'complaint',
    text: 'terrible experience with {brand} support, nobody knows anything',
  },
  // English — repeat
  {
    lang: 'en',
    kind: 'repeat',
    text: 'Third time this week my internet from {brand} drops. Still no fix. Again!!',
  },
  {
    lang: 'en',
    kind: 'repeat',
    text: '{brand} still waiting for the refund you promised on {day}. This is the {n}th time I ask',
  },
  // English — urgent
  {
    lang: 'en',
    kind: 'urgent',
    text: "That's it, I'm cancelling {brand} and switching provider. Worst service ever",
  },
  {
    lang: 'en',
    kind: 'urgent',
    text: 'Massive outage {brand} in Amsterdam-Noord, no power for hours and no updates',
  },
  {
    lang: 'en',
    kind: 'urgent',
    text: "I'm a journalist looking into {brand} billing errors, customers DM me your stories",
  },
  // English — compliments
  {
    lang: 'en',
    kind: 'compliment',
    text: 'Shoutout to {brand} support, sorted my issue in minutes 🙌',
  },
  {
    lang: 'en',
    kind: 'compliment',
    text: 'Honestly impressed with {brand}, installation was smooth and the guy was super friendly',
  },
  {
    lang: 'en',
    kind: 'compliment',
    text: 'love the new {brand} app, finally I can see my usage per day 😍',
  },
  // English — remarks
  { lang: 'en', kind: 'remark', text: 'Switched to {brand} last month as part of the move to NL' },
  {
    lang: 'en',
    kind: 'remark',
    text: 'Saw a {brand} van in our street today, fiber must be coming',
  },
  // English — abusive
  { lang: 'en', kind: 'abusive', text: '{brand} you are a bunch of clowns, fuck this company' },
];

/** What customers write back after the brand answered them. */
export const answerBacks: Record<'nl' | 'en', { positive: string[]; negative: string[] }> = {
  nl: {
    positive: [
      'Dank je, fijn dat jullie meekijken 👍',
      'Top, het werkt weer. Bedankt!',
      'Oké duidelijk, ik wacht het af',
    ],
    negative: [
      'Dat zeggen jullie elke keer. Nog steeds niks opgelost',
      'DM gestuurd maar nog geen reactie, alweer',
    ],
  },
  en: {
    positive: ['Thanks, appreciate the quick reply!', 'Ok, that helps, cheers'],
    negative: ['You said that last time too. Still broken', 'Sent a DM, no answer again'],
  },
};
