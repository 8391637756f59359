import type { Token } from './tokenize';
import { buildPhraseIndex, matchCandidates } from './phrases';
import type { TriggerKind } from './lexicon/urgencyTriggers';
import {
  DOWN_SUBJECTS,
  SUPPLIES,
  URGENCY_TRIGGERS,
  URGENT_ONLY_CUES,
} from './lexicon/urgencyTriggers';
import { NEGATORS } from './lexicon/modifiers';

/** One urgency trigger found in a post, with the words that triggered it. */
export interface TriggerHit {
  kind: TriggerKind;
  word: string;
}

/** Every trigger phrase, indexed by its first word. */
export const TRIGGERS = buildPhraseIndex(
  (Object.keys(URGENCY_TRIGGERS) as TriggerKind[]).flatMap((kind) =>
    URGENCY_TRIGGERS[kind].map((phrase) => [phrase, kind] as const),
  ),
);

// "voor de derde keer", "3e keer", "5th time", "drie keer gebeld", "called 5 times".
const ORDINAL =
  /^(\d+(e|de|ste|th|rd|nd|st)|tweede|derde|vierde|vijfde|zesde|zevende|achtste|tiende|second|third|fourth|fifth|sixth|seventh|eighth|tenth|nth)$/;
const COUNT =
  /^([2-9]|\d\d+|twee|drie|vier|vijf|zes|zeven|acht|tien|meerdere|vaak|two|three|four|five|six|seven|eight|ten|several|many|multiple|countless)$/;
// "al 3x gebeld", "4x een ticket": a count written with an x is repeat contact by itself.
const LOWER_X = 0x78;
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
// "fraudeafdeling", "fraud team": the department that helps, not the problem.
const HELPING_TEAMS = new Set(['team', 'afdeling', 'department', 'desk']);
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
// Most long words end in a letter no head ends with; testing that first (one table read)
// spares them an endsWith per head.
const HEAD_ENDINGS = buildHeadEndings();

function buildHeadEndings(): Uint8Array {
  const endings = new Uint8Array(0x10000);
  for (const [head] of COMPOUND_HEADS) endings[head.charCodeAt(head.length - 1)] = 1;
  return endings;
}
// Dutch separable verbs put the particle at the end: "ik zeg mijn abonnement op",
// "internet valt elke 10 minuten weg".
export const SEPARABLE_VERBS: ReadonlyMap<string, readonly (readonly [string, TriggerKind])[]> =
  new Map([
    ['zeg', [['op', 'churn']]],
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
const MIN_COMPOUND_WITH_HEAD = 9;
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
  for (const hit of hits) if (!URGENT_ONLY_CUES.has(hit.word)) total += TRIGGER_VALENCE[hit.kind];
  return total;
}

/** Every urgency trigger in the post, in order, at most one hit per kind. */
export function findTriggers(tokens: readonly Token[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word') continue;
    const special = specialTrigger(tokens, i);
    if (special) {
      addOnce(hits, special.kind, special.word);
      continue;
    }
    const candidates = token.features?.triggers;
    const entry = candidates && matchCandidates(candidates, tokens, i);
    if (entry && !isFalseTrigger(tokens, i, entry.phrase)) {
      addOnce(hits, entry.value, entry.phrase);
      i += entry.words.length - 1;
      continue;
    }
    if (
      token.stem !== undefined &&
      !token.text.endsWith('afdeling') &&
      !HELPING_TEAMS.has(tokens[i + 1]?.text ?? '')
    ) {
      addOnce(hits, token.stem.kind, token.text);
      continue;
    }
    const text = token.text;
    if (text.length < MIN_COMPOUND_WITH_HEAD) continue;
    if (HEAD_ENDINGS[text.charCodeAt(text.length - 1)] !== 1) continue;
    for (const [head, kind] of COMPOUND_HEADS) {
      if (text.length > head.length + 2 && text.endsWith(head)) {
        addOnce(hits, kind, text);
      }
    }
  }
  return hits;
}

function addOnce(hits: TriggerHit[], kind: TriggerKind, word: string): void {
  for (const hit of hits) if (hit.kind === kind) return;
  hits.push({ kind, word });
}

function specialTrigger(tokens: readonly Token[], i: number): TriggerHit | undefined {
  const word = tokens[i]?.text ?? '';
  const next = tokens[i + 1];
  if (next?.features?.occasion === true && (ORDINAL.test(word) || COUNT.test(word))) {
    return { kind: 'repeatContact', word: `${word} ${next.text}` };
  }
  if (word.length <= 3 && word.charCodeAt(word.length - 1) === LOWER_X && TIMES_WRITTEN.test(word))
    return { kind: 'repeatContact', word };
  if (tokens[i]?.features?.deprivation === true) {
    for (let k = i + 1; k <= i + DEPRIVATION_REACH; k++) {
      const token = tokens[k];
      if (token?.kind !== 'word') break;
      if (SUPPLIES.has(token.text)) return { kind: 'outage', word: `${word} ${token.text}` };
    }
  }
  if (word === 'down' && DOWN_SUBJECTS.has(tokens[i - 1]?.text ?? '')) {
    return { kind: 'outage', word };
  }
  const separable = tokens[i]?.features?.separable;
  if (separable) {
    for (let k = i + 1; k <= i + SEPARABLE_REACH; k++) {
      const token = tokens[k];
      if (token?.kind !== 'word') break;
      const particle = separable.find(([candidate]) => candidate === token.text);
      if (particle && isClauseEnd(tokens, k + 1))
        return { kind: particle[1], word: `${word} … ${token.text}` };
    }
  }
  return undefined;
}

function isClauseEnd(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return (
    token === undefined || token.kind !== 'word' || token.text === 'naar' || token.text === 'en'
  );
}

/** Trigger words with an everyday meaning: the supermarket "kassa", the weather "het weer". */
function isFalseTrigger(tokens: readonly Token[], i: number, phrase: string): boolean {
  const previous = tokens[i - 1]?.text;
  if (phrase === 'kassa')
    return tokens[i]?.raw !== 'Kassa' || previous === 'de' || previous === 'bij';
  if (phrase === 'weer') return previous === 'het' && !NEGATORS.has(tokens[i + 1]?.text ?? '');
  // News quoting a regulator: "prijzen dalen volgens de ACM", "according to Ofgem".
  const hit = tokens[i];
  if (hit !== undefined && REGULATORS.has(hit.text)) {
    return tokens.slice(Math.max(0, i - 3), i).some((token) => CITING_WORDS.has(token.text));
  }
  return false;
}
