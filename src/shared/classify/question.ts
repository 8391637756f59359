import type { Tokens } from './tokenize';
import { ASKS, EXCLAIMS, featuresAt, PUNCT, textOf, WORD } from './tokenize';
import { QUESTION_OPENER, REPROACH_OPENER } from './wordBits';

// A post opening with one of these asks something even without a "?" ("Iemand ervaring
// met Odido", "Hoe zeg ik op").
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'hoe',
  'wat',
  'waar',
  'wanneer',
  'welke',
  'wie',
  'kan',
  'kunnen',
  'mag',
  'moet',
  'heb',
  'hebben',
  'wordt',
  'worden',
  'klopt',
  'zijn',
  'is',
  'weet',
  'iemand',
  'vraagje',
  'vraag',
  'how',
  'what',
  "what's",
  'where',
  "where's",
  'when',
  'which',
  'who',
  'can',
  'could',
  'may',
  'should',
  'are',
  'do',
  'does',
  'did',
  'will',
  'would',
  'anyone',
  'any',
  'question',
]);
// "Waarom ...?" and "Why ...?" are mostly reproaches, not requests for information.
export const REPROACH_OPENERS: ReadonlySet<string> = new Set(['waarom', 'why', 'hoezo']);

export function opensWithQuestion(tokens: Tokens): boolean {
  return ((tokens.bits[firstWord(tokens)] ?? 0) & (QUESTION_OPENER | REPROACH_OPENER)) !== 0;
}

// A question opening with one of these asks about a case that has not happened ("If my
// flight is cancelled, is it refund or credit?", "Stel dat mijn pakket beschadigd aankomt,
// moet ik dat bij jullie melden?"): a request for information like any other.
export const HYPOTHETICAL_OPENERS: ReadonlySet<string> = new Set([
  'if',
  'suppose',
  'hypothetically',
  'say',
  'imagine',
  'als',
  'stel',
  'hypothetisch',
]);

/**
 * A request for information ("Hoe kan ik mijn pas blokkeren als ik hem kwijt ben?"): its
 * sentiment words describe the situation, not the writer's mood, so they count for less.
 */
export function isInformationQuestion(tokens: Tokens): boolean {
  const first = firstWord(tokens);
  if (((tokens.bits[first] ?? 0) & QUESTION_OPENER) !== 0) {
    if (opensWithReproach(tokens)) return false;
  } else if (!asksHypothetically(tokens, first)) return false;
  let asked = false;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== PUNCT) continue;
    const marks = tokens.flags[i] ?? 0;
    if ((marks & EXCLAIMS) !== 0) return false;
    if ((marks & ASKS) !== 0) asked = true;
  }
  return asked;
}

// "Hoe kan het dat ...", "How come ...", "How many more times ...": reproaches dressed as
// questions.
const REPROACH_OPENINGS: readonly (readonly string[])[] = [
  ['hoe', 'kan', 'het'],
  ['hoe', 'vaak', 'nog', 'moet'],
  ['how', 'come'],
  ['how', 'is', 'it'],
  ['how', 'many', 'more', 'times'],
];

/** Opens with "if", "stel" or the like, and asks nothing in reproach ("why", "waarom"). */
function asksHypothetically(tokens: Tokens, first: number): boolean {
  if ((tokens.seen & REPROACH_OPENER) !== 0) return false;
  return featuresAt(tokens, first)?.hypotheticalOpener === true;
}

function opensWithReproach(tokens: Tokens): boolean {
  return REPROACH_OPENINGS.some((opening) => opensWith(tokens, opening));
}

/** Whether the first word tokens are `words` (the last may be a prefix, as "its" for "it"). */
function opensWith(tokens: Tokens, words: readonly string[]): boolean {
  let k = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== WORD) continue;
    const expected = words[k];
    if (expected === undefined) return true;
    const text = textOf(tokens, i);
    if (k === words.length - 1 ? !text.startsWith(expected) : text !== expected) return false;
    k += 1;
  }
  return k === words.length;
}

// The opener bits come with the word, so no string is looked up here.
/** The index of the first word, or -1 (whose bits read as none) when there is none. */
function firstWord(tokens: Tokens): number {
  for (let i = 0; i < tokens.count; i++) if (tokens.kind[i] === WORD) return i;
  return -1;
}
