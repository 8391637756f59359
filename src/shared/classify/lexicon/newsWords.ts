/**
 * Words that frame a post as news about a brand rather than a customer's own complaint:
 * "Storing bij KPN voorbij, meldt de NOS", "ING waarschuwt voor nieuwe fraude", "Thames
 * Water fined by Ofwat (BBC News)". A post reads as news when it has one of the
 * `REPORTING_WORDS` and none of the `PERSONAL_WORDS` (see news.ts).
 *
 * "says"/"zegt" are left out on purpose: "App says payment failed again" is a complaint.
 */
export const REPORTING_WORDS: readonly string[] = [
  'meldt',
  'melden',
  'volgens',
  'waarschuwt',
  'waarschuwen',
  'kondigt',
  'aangekondigd',
  'uitzending',
  'aflevering',
  'persbericht',
  'nieuws',
  'nos',
  'rtl',
  'according',
  'reports',
  'reported',
  'warns',
  'warned',
  'announces',
  'announced',
  'episode',
  'news',
  'bbc',
  // "BREAKING: ...", "..., per Reuters", "Microsoft confirms ...", "Persbericht: ..."
  'breaking',
  'reuters',
  'confirms',
  'confirmed',
  'bevestigt',
];

/** First- and second-person words: someone speaks of themselves or to the brand. */
export const PERSONAL_WORDS: readonly string[] = [
  'ik',
  'mijn',
  "m'n",
  'me',
  'mij',
  'we',
  'wij',
  'ons',
  'onze',
  'jullie',
  'je',
  'jij',
  'jouw',
  'u',
  'uw',
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'my',
  'mine',
  'myself',
  'us',
  'our',
  "we're",
  "we've",
  'you',
  'your',
  "you're",
];
