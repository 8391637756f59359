import type { ClassifiedLanguage } from './types';
import type { Tokens } from './tokenize';
import {
  EVERYDAY_SENSE,
  featuresAt,
  isText,
  isWordAt,
  lengthOf,
  PUNCT,
  rawAt,
  stemAt,
  textAt,
  textEndsWith,
  textOf,
} from './tokenize';
import { buildPhraseIndex, matchAt, matchCandidates } from './phrases';
import { DUTCH_VALENCE } from './lexicon/dutchValence';
import { ENGLISH_VALENCE } from './lexicon/englishValence';
import type { TriggerKind } from './lexicon/urgencyTriggers';
import type { WordFeatures } from './features';
import {
  DOWN_SUBJECTS,
  SUPPLIES,
  URGENCY_TRIGGERS,
  URGENT_ONLY_CUES,
  URGENT_ONLY_TRIGGERS,
} from './lexicon/urgencyTriggers';
import { NEGATORS, REPEAT_WORDS } from './lexicon/modifiers';
import { lookupValence } from './valence';
import {
  BEFORE_OCCASION,
  BOOSTER,
  COMPOUND_TAIL,
  DEPRIVATION,
  DOWN,
  NEGATOR,
  SEPARABLE,
  STEM,
  TIMES_SHAPE,
  TRIGGER_START,
  WATCHDOG_MENTION,
} from './wordBits';

/** An urgency cue found at one place in a post, with the words that triggered it. */
interface TriggerCue {
  kind: TriggerKind;
  word: string;
}

/** One urgency trigger of a post: the first cue of its kind. */
export interface TriggerHit extends TriggerCue {
  /**
   * A complaint-like cue of this kind stands in the post (not only urgent-only ones), so
   * the kind adds its valence (see `triggerValence`).
   */
  complaintLike: boolean;
}

/** Every trigger phrase, complaint-like and urgent-only, indexed by its first word. */
export const TRIGGERS = buildPhraseIndex(
  [URGENCY_TRIGGERS, URGENT_ONLY_TRIGGERS].flatMap((lexicon) =>
    (Object.keys(lexicon) as TriggerKind[]).flatMap((kind) =>
      lexicon[kind].map((phrase) => [phrase, kind] as const),
    ),
  ),
);

// "voor de derde keer", "3e keer", "5th time", "drie keer gebeld", "called 5 times".
const ORDINAL =
  /^(\d+(e|de|ste|th|rd|nd|st)|tweede|derde|vierde|vijfde|zesde|zevende|achtste|tiende|second|third|fourth|fifth|sixth|seventh|eighth|tenth|nth)$/;
const COUNT =
  /^([2-9]|\d\d+|twee|drie|vier|vijf|zes|zeven|acht|tien|meerdere|vaak|two|three|four|five|six|seven|eight|ten|several|many|multiple|countless)$/;
// "al 3x gebeld", "4x een ticket": a count written with an x is repeat contact by itself.
const TIMES_WRITTEN = /^[2-9]x$|^1\dx$/;
// "geen warm water", "no mobile data": one word may stand between.
const DEPRIVATION_REACH = 2;
/** Words that count occasions after a number: "3 keer", "third time". */
export const OCCASIONS: ReadonlySet<string> = new Set([
  'keer',
  'time',
  'times',
  'dag',
  'day',
  'week',
  'maand',
  'month',
  'calls',
  'emails',
  'mails',
  'messages',
  'berichten',
  'gesprekken',
  'conversations',
  'tickets',
  'chats',
  'visits',
  'phone',
  'keren',
  'email',
  'mail',
  'call',
  'message',
  'bericht',
  'ticket',
  'dm',
]);
// "fraudeafdeling", "fraud team", "fraud alert", "outage map": what helps, not the problem.
const HELPING_TEAMS = new Set([
  'team',
  'afdeling',
  'department',
  'desk',
  'alert',
  'alerts',
  'map',
  'kaart',
]);
// Dutch compounds carry the trigger at the end: "internetstoring", "gaslekkage".
const COMPOUND_HEADS: readonly (readonly [string, TriggerKind])[] = [
  ['storing', 'outage'],
  ['storingen', 'outage'],
  ['storinkje', 'outage'],
  ['lekkage', 'safety'],
  ['datalek', 'safety'],
  ['gaslek', 'safety'],
  ['uitval', 'outage'],
  ['fraude', 'safety'],
  ['overstroming', 'safety'],
];
// Most long words end in two letters no head ends with; the tokenizer tests that (one
// table read) and flags the rest, sparing most words an endsWith per head. Heads are
// ASCII, so the table covers ASCII pairs only.
const ASCII = 0x80;
const HEAD_ENDINGS = buildHeadEndings();

function buildHeadEndings(): Uint8Array {
  const endings = new Uint8Array(ASCII * ASCII);
  for (const [head] of COMPOUND_HEADS) {
    endings[head.charCodeAt(head.length - 2) * ASCII + head.charCodeAt(head.length - 1)] = 1;
  }
  return endings;
}

/** Whether a word ending in code units `beforeLast`, `last` may end in a compound's trigger head. */
export function mayEndInCompoundHead(beforeLast: number, last: number): boolean {
  return beforeLast < ASCII && last < ASCII && HEAD_ENDINGS[beforeLast * ASCII + last] === 1;
}
// Dutch separable verbs put the particle at the end: "ik zeg mijn abonnement op",
// "internet valt elke 10 minuten weg".
export const SEPARABLE_VERBS: ReadonlyMap<string, readonly (readonly [string, TriggerKind])[]> =
  new Map([
    ['zeg', [['op', 'churn']]],
    ['zeggen', [['op', 'churn']]],
    ['stap', [['over', 'churn']]],
    [
      'valt',
      [
        ['weg', 'outage'],
        ['uit', 'outage'],
      ],
    ],
    [
      'vallen',
      [
        ['weg', 'outage'],
        ['uit', 'outage'],
      ],
    ],
    [
      'ligt',
      [
        ['uit', 'outage'],
        ['eruit', 'outage'],
        ['plat', 'outage'],
      ],
    ],
  ]);
const SEPARABLE_REACH = 6;
// The shortest word that can end in a compound head with two letters in front ("xxgaslek").
export const MIN_COMPOUND_WITH_HEAD = 9;
const REGULATORS = new Set([
  'acm',
  'ofgem',
  'ofcom',
  'ofwat',
  'fca',
  'ftc',
  'fcc',
  'consumentenbond',
]);
const CITING_WORDS = new Set(['volgens', 'according', 'says', 'zegt', 'meldt', 'reports']);
// Trigger words that the next word gives an everyday meaning: "leaving my parcel in the
// bin", "twice the size", "fire alarm test", "aangifte inkomstenbelasting" (a tax return,
// not a report to the police).
const EVERYDAY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'leaving',
    new Set(['my', 'the', 'a', 'an', 'it', 'our', 'your', 'his', 'her', 'them', 'me', 'parcels']),
  ],
  ['twice', new Set(['the', 'as'])],
  ['fire', new Set(['alarm', 'alarms', 'drill', 'drills'])],
  ['smoke', new Set(['alarm', 'alarms', 'detector', 'detectors'])],
  ['aangifte', new Set(['inkomstenbelasting', 'ib', 'over'])],
  // "de app opnieuw opstarten": again, but no repeat of a problem.
  ['opnieuw', new Set(['opstarten', 'installeren', 'instellen'])],
  // "overstap in Utrecht": a change of trains, not leaving.
  ['overstap', new Set(['in'])],
  // "omgevallen van het lachen": laughing, not hurt.
  ['omgevallen', new Set(['van'])],
  ['privacy', new Set(['settings', 'setting', 'policy', 'menu', 'statement'])],
  // "stond ik weer buiten", "alles weer aan": back, not again.
  ['weer', new Set(['thuis', 'buiten', 'aan'])],
  // "plat als een dubbeltje": flat, not down.
  ['plat', new Set(['als'])],
  // "de kamer rook muf": smelled, not smoke.
  ['rook', new Set(['muf', 'vies', 'raar', 'zuur', 'oud', 'lekker', 'heerlijk'])],
  // "offline maps saved us": a feature, not an outage.
  ['offline', new Set(['mode', 'maps', 'map', 'kaarten', 'kaart', 'modus'])],
  // "the phone I left in the taxi": left behind, not leaving ("I left the bank" still is).
  ['i left', new Set(['in', 'on', 'at', 'behind', 'home'])],
  // "still piping hot", "still warm": as it should be, not again.
  ['still', new Set(['piping', 'warm', 'fresh'])],
]);
// A trigger word that begins a longer phrase of praise is read in that phrase's sense:
// "dead easy", "gevaarlijk lekker". Derived from the sentiment lexicons, so a praise phrase
// added there needs no exception here.
const PRAISE_PHRASES = buildPhraseIndex(
  [...Object.entries(DUTCH_VALENCE), ...Object.entries(ENGLISH_VALENCE)].filter(
    ([phrase, value]) => value > 0 && phrase.includes(' '),
  ),
);

function beginsLongerPraise(tokens: Tokens, i: number, after: number): boolean {
  const praise = matchAt(PRAISE_PHRASES, tokens, i, textOf(tokens, i));
  return praise !== undefined && praise.words.length > after - i;
}

// Trigger words that the word before gives an everyday meaning: "noise cancelling"
// headphones; "ik ben even offline" (away, not an outage); a "planned outage" or
// "geplande storing" is announced maintenance; "nearly fainted" is a figure of speech.
const EVERYDAY_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['cancelling', new Set(['noise'])],
  ['cancellation', new Set(['noise'])],
  ['offline', new Set(['be', 'ben', 'even', 'going', 'go', 'ga'])],
  ['outage', new Set(['planned', 'scheduled'])],
  ['outages', new Set(['planned', 'scheduled'])],
  ['storing', new Set(['geplande'])],
  ['storingen', new Set(['geplande'])],
  // "I nearly fainted when I saw the bill": a figure of speech.
  ['fainted', new Set(['nearly', 'almost'])],
  ['flauwgevallen', new Set(['bijna'])],
  ['omgevallen', new Set(['bijna'])],
]);
// Words that begin with a trigger stem but mean something else: smoked sausage and smoke
// alarms are not smoke ("rook").
const EVERYDAY_STEM_WORDS: ReadonlySet<string> = new Set([
  'rookworst',
  'rookworsten',
  'rookmelder',
  'rookmelders',
]);
// Compounds of a trigger stem that name what helps: "storingskaart", "storingsdienst",
// "fraudeafdeling", "fraudeteam".
const HELPING_ENDINGS: readonly string[] = ['afdeling', 'kaart', 'dienst', 'pagina', 'team'];

// Urgency cues are complaints in themselves: "Datalek bij de bank?" or "broadband down
// AGAIN" are negative without a single sentiment word.
const TRIGGER_VALENCE: Readonly<Record<TriggerKind, number>> = {
  repeatContact: -0.75,
  churn: -1.5,
  escalation: -1.5,
  safety: -2,
  outage: -1.5,
};

/** The valence the triggers add to a post's sentiment. */
export function triggerValence(hits: readonly TriggerHit[]): number {
  let total = 0;
  for (const hit of hits) if (hit.complaintLike) total += TRIGGER_VALENCE[hit.kind];
  return total;
}

// The token bits of words that may carry a trigger; words without one are skipped.
const TRIGGER_CUES =
  TRIGGER_START |
  DEPRIVATION |
  SEPARABLE |
  DOWN |
  STEM |
  TIMES_SHAPE |
  COMPOUND_TAIL |
  BEFORE_OCCASION |
  WATCHDOG_MENTION;

/** Every urgency trigger in the post, in order, at most one hit per kind. */
export function findTriggers(tokens: Tokens): TriggerHit[] {
  const hits: TriggerHit[] = [];
  if ((tokens.seen & TRIGGER_CUES) === 0) return hits;
  const { bits } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (((bits[i] ?? 0) & TRIGGER_CUES) === 0) continue;
    const features = featuresAt(tokens, i);
    const special = specialTrigger(tokens, i, features);
    if (special) {
      addOnce(hits, special.kind, special.word);
      continue;
    }
    const candidates = features?.triggers;
    const entry = candidates && matchCandidates(candidates, tokens, i);
    if (entry) {
      const end = i + entry.words.length;
      if (!isFalseTrigger(tokens, i, entry.phrase, end)) {
        addOnce(hits, entry.value, entry.phrase);
        i = end - 1;
        continue;
      }
      markEverydaySense(tokens, i, end);
    }
    const stem = stemAt(tokens, i);
    if (stem !== undefined) {
      if (!isFalseStemTrigger(tokens, i)) {
        addOnce(hits, stem.kind, textOf(tokens, i));
        continue;
      }
      markEverydaySense(tokens, i, i + 1);
    }
    if (((bits[i] ?? 0) & COMPOUND_TAIL) === 0) continue;
    const length = lengthOf(tokens, i);
    for (const [head, kind] of COMPOUND_HEADS) {
      if (length > head.length + 2 && textEndsWith(tokens, i, head)) {
        addOnce(hits, kind, textOf(tokens, i));
      }
    }
  }
  // A tagged watchdog escalates only where the words do not already.
  if (tokens.watchdog !== undefined) addOnce(hits, 'escalation', `@${tokens.watchdog}`);
  return hits;
}

/** Notes that tokens `start..end` are a trigger phrase read in its everyday sense. */
function markEverydaySense(tokens: Tokens, start: number, end: number): void {
  for (let k = start; k < end; k++) tokens.flags[k] = (tokens.flags[k] ?? 0) | EVERYDAY_SENSE;
}

/**
 * Keeps one hit per kind, named by its first cue; a complaint-like cue after an
 * urgent-only one of its kind still makes the kind count as a complaint ("texting for my
 * PAC code. You've had enough chances").
 */
function addOnce(hits: TriggerHit[], kind: TriggerKind, word: string): void {
  const complaintLike = !URGENT_ONLY_CUES.has(word);
  for (const hit of hits) {
    if (hit.kind !== kind) continue;
    hit.complaintLike ||= complaintLike;
    return;
  }
  hits.push({ kind, word, complaintLike });
}

function specialTrigger(
  tokens: Tokens,
  i: number,
  features: WordFeatures | undefined,
): TriggerCue | undefined {
  const bits = tokens.bits[i] ?? 0;
  if ((bits & BEFORE_OCCASION) !== 0 && !isAmount(tokens, i) && !isAcquired(tokens, i)) {
    const word = textOf(tokens, i);
    if (ORDINAL.test(word) || COUNT.test(word)) {
      return { kind: 'repeatContact', word: `${word} ${textOf(tokens, i + 1)}` };
    }
  }
  if ((bits & TIMES_SHAPE) !== 0) {
    const word = textOf(tokens, i);
    if (TIMES_WRITTEN.test(word)) return { kind: 'repeatContact', word };
  }
  if ((bits & DOWN) !== 0 && DOWN_SUBJECTS.has(textAt(tokens, i - 1) ?? '')) {
    return { kind: 'outage', word: 'down' };
  }
  if (features === undefined) return undefined;
  if (features.deprivation) {
    for (let k = i + 1; k <= i + DEPRIVATION_REACH; k++) {
      if (!isWordAt(tokens, k)) break;
      const supply = textOf(tokens, k);
      if (SUPPLIES.has(supply)) return { kind: 'outage', word: `${textOf(tokens, i)} ${supply}` };
    }
  }
  const separable = features.separable;
  if (separable) {
    for (let k = i + 1; k <= i + SEPARABLE_REACH; k++) {
      if (!isWordAt(tokens, k)) break;
      const text = textOf(tokens, k);
      const particle = separable.find(([candidate]) => candidate === text);
      if (particle && isClauseEnd(tokens, k + 1))
        return { kind: particle[1], word: `${textOf(tokens, i)} … ${text}` };
    }
  }
  return undefined;
}

// "Win 2 tickets", "maak kans op 2 tickets", "giving away 2 tickets": tickets one wins or
// buys are no support tickets.
const ACQUIRING_WORDS: ReadonlySet<string> = new Set([
  'win',
  'won',
  'winnen',
  'wint',
  'kans',
  'away',
  'buy',
  'bought',
  'book',
  'booked',
  'order',
  'ordered',
  'koop',
  'kocht',
  'kochten',
  'boek',
  'boekte',
  'bestel',
  'bestelde',
  'verloten',
]);
const TICKETS: ReadonlySet<string> = new Set(['ticket', 'tickets']);

/** Whether the count at `at` is of tickets won or bought ("win 2 tickets", "kans op 2 tickets"). */
function isAcquired(tokens: Tokens, at: number): boolean {
  if (!TICKETS.has(textAt(tokens, at + 1) ?? '')) return false;
  return (
    ACQUIRING_WORDS.has(textAt(tokens, at - 1) ?? '') ||
    ACQUIRING_WORDS.has(textAt(tokens, at - 2) ?? '')
  );
}

// "slecht weer hier", "mooi weer vandaag": the weather. "Lekker weer een storing" is
// again, so the word after must end the clause or say where or when.
const WEATHER_WORDS = new Set([
  'slecht',
  'mooi',
  'lekker',
  'rot',
  'guur',
  'prachtig',
  'heerlijk',
  'koud',
  'warm',
  'nat',
  'zonnig',
]);
const WEATHER_ENDINGS = new Set([
  '',
  'vandaag',
  'morgen',
  'gisteren',
  'vanavond',
  'vanmiddag',
  'hier',
  'buiten',
  'in',
  'op',
  'voor',
  'om',
  'dus',
]);

function isWeather(previous: string | undefined, next: string): boolean {
  return WEATHER_WORDS.has(previous ?? '') && WEATHER_ENDINGS.has(next);
}

// "a £1000 phone", "€30 per maand": a number after a currency sign is an amount, no count.
const CURRENCY_SIGNS = new Set(['£', '$', '€']);

function isAmount(tokens: Tokens, at: number): boolean {
  return CURRENCY_SIGNS.has(tokens.source.charAt((tokens.start[at] ?? 0) - 1));
}

function isClauseEnd(tokens: Tokens, at: number): boolean {
  if (!isWordAt(tokens, at)) return true;
  return isText(tokens, at, 'naar') || isText(tokens, at, 'en');
}

/**
 * A word beginning with a trigger stem that names what helps ("storingskaart") or means
 * something else ("rookworst"); otherwise judged as any trigger word ("fraud team", "de
 * kamer rook muf").
 */
function isFalseStemTrigger(tokens: Tokens, i: number): boolean {
  if (HELPING_ENDINGS.some((ending) => textEndsWith(tokens, i, ending))) return true;
  const word = textOf(tokens, i);
  return EVERYDAY_STEM_WORDS.has(word) || isFalseTrigger(tokens, i, word, i + 1);
}

/**
 * Trigger words with an everyday meaning (the supermarket "kassa", the weather "het
 * weer", "twice the size"), or naming what helps ("fraud team", "outage map"). `after`
 * is the token after the phrase.
 */
function isFalseTrigger(tokens: Tokens, i: number, phrase: string, after: number): boolean {
  if (isWordAt(tokens, after) && HELPING_TEAMS.has(textOf(tokens, after))) return true;
  const previous = textAt(tokens, i - 1);
  if (phrase === 'kassa')
    return rawAt(tokens, i) !== 'Kassa' || previous === 'de' || previous === 'bij';
  if (phrase === 'weer') {
    const next = textAt(tokens, i + 1) ?? '';
    // The weather; and "dat dan weer wel", on the other hand.
    if (previous === 'het' && !NEGATORS.has(next)) return true;
    if (previous === 'dan' && next === 'wel') return true;
    if (isWeather(previous, isWordAt(tokens, i + 1) ? next : '')) return true;
  }
  if (EVERYDAY_BEFORE.get(phrase)?.has(textAt(tokens, after) ?? '') === true) return true;
  if (beginsLongerPraise(tokens, i, after)) return true;
  if (repeatsPraise(tokens, phrase, after)) return true;
  if (EVERYDAY_AFTER.get(phrase)?.has(previous ?? '') === true) return true;
  // News quoting a regulator: "prijzen dalen volgens de ACM", "according to Ofgem".
  if (REGULATORS.has(textOf(tokens, i))) {
    for (let k = Math.max(0, i - 3); k < i; k++) {
      if (CITING_WORDS.has(textOf(tokens, k))) return true;
    }
  }
  return false;
}

const ARTICLES: ReadonlySet<string> = new Set(['een', 'a', 'an']);

/**
 * Whether the repeat word ending before `after` is followed by an article and a praise
 * word ("Weer een geweldige dag", "again a really great flight"), with no complaint word,
 * trigger or negator in the rest of the clause ("weer een geweldige dag zonder trein",
 * "alweer een geweldige storing" stay repeat complaints).
 */
function repeatsPraise(tokens: Tokens, phrase: string, after: number): boolean {
  const lang = REPEAT_WORDS.get(phrase);
  if (lang === undefined) return false;
  let k = after;
  if (k < tokens.count && tokens.kind[k] === PUNCT && isText(tokens, k, ',')) k += 1;
  if (!isWordAt(tokens, k) || !ARTICLES.has(textOf(tokens, k))) return false;
  k += 1;
  while (isWordAt(tokens, k) && ((tokens.bits[k] ?? 0) & BOOSTER) !== 0) k += 1;
  const praise = lookupValence(tokens, k, lang);
  if (praise === undefined || praise.value <= 0) return false;
  for (k += praise.words.length; isWordAt(tokens, k); k++) {
    if (((tokens.bits[k] ?? 0) & NEGATOR) !== 0 || complaintAt(tokens, k, lang)) return false;
  }
  return true;
}

/** Whether a complaint word (negative valence) or a trigger starts at word token `at`. */
export function complaintAt(tokens: Tokens, at: number, lang: ClassifiedLanguage): boolean {
  return (lookupValence(tokens, at, lang)?.value ?? 0) < 0 || triggerStartsAt(tokens, at);
}

/** Whether a trigger phrase or stem starts at word token `at` (no exception asked). */
function triggerStartsAt(tokens: Tokens, at: number): boolean {
  if (!isWordAt(tokens, at)) return false;
  const candidates = featuresAt(tokens, at)?.triggers;
  return (
    (candidates !== undefined && matchCandidates(candidates, tokens, at) !== undefined) ||
    stemAt(tokens, at) !== undefined
  );
}
