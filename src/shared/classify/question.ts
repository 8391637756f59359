import type { Token } from './tokenize';

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

export function opensWithQuestion(tokens: readonly Token[]): boolean {
  const features = firstWord(tokens)?.features;
  return features?.questionOpener === true || features?.reproachOpener === true;
}

/**
 * A request for information ("Hoe kan ik mijn pas blokkeren als ik hem kwijt ben?"): its
 * sentiment words describe the situation, not the writer's mood, so they count for less.
 */
export function isInformationQuestion(tokens: readonly Token[]): boolean {
  if (firstWord(tokens)?.features?.questionOpener !== true || opensWithReproach(tokens))
    return false;
  let asked = false;
  for (const token of tokens) {
    if (token.kind !== 'punct') continue;
    if (token.text.includes('!')) return false;
    if (token.text.includes('?')) asked = true;
  }
  return asked;
}

// "Hoe kan het dat ...", "How come ...": reproaches dressed as questions.
const REPROACH_OPENINGS: readonly (readonly string[])[] = [
  ['hoe', 'kan', 'het'],
  ['how', 'come'],
  ['how', 'is', 'it'],
];

function opensWithReproach(tokens: readonly Token[]): boolean {
  return REPROACH_OPENINGS.some((opening) => opensWith(tokens, opening));
}

/** Whether the first word tokens are `words` (the last may be a prefix, as "its" for "it"). */
function opensWith(tokens: readonly Token[], words: readonly string[]): boolean {
  let k = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const expected = words[k];
    if (expected === undefined) return true;
    if (k === words.length - 1 ? !token.text.startsWith(expected) : token.text !== expected)
      return false;
    k += 1;
  }
  return k === words.length;
}

// The opener flags come with the word's features, so no string is looked up here.
function firstWord(tokens: readonly Token[]): Token | undefined {
  for (const token of tokens) if (token.kind === 'word') return token;
  return undefined;
}
