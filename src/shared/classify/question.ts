import type { Token } from './tokenize';

// A post opening with one of these asks something even without a "?" ("Iemand ervaring
// met Odido", "Hoe zeg ik op").
const QUESTION_OPENERS = new Set([
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
const REPROACH_OPENERS = new Set(['waarom', 'why', 'hoezo']);

export function opensWithQuestion(tokens: readonly Token[]): boolean {
  const first = firstWord(tokens);
  return first !== undefined && (QUESTION_OPENERS.has(first) || REPROACH_OPENERS.has(first));
}

/**
 * A request for information ("Hoe kan ik mijn pas blokkeren als ik hem kwijt ben?"): its
 * sentiment words describe the situation, not the writer's mood, so they count for less.
 */
export function isInformationQuestion(tokens: readonly Token[]): boolean {
  const first = firstWord(tokens);
  if (first === undefined || !QUESTION_OPENERS.has(first) || opensWithReproach(tokens))
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
function opensWithReproach(tokens: readonly Token[]): boolean {
  const words = tokens
    .filter((token) => token.kind === 'word')
    .slice(0, 3)
    .map((token) => token.text);
  const opening = words.join(' ');
  return (
    opening.startsWith('hoe kan het') ||
    opening.startsWith('how come') ||
    opening.startsWith('how is it')
  );
}

function firstWord(tokens: readonly Token[]): string | undefined {
  for (const token of tokens) if (token.kind === 'word') return token.text;
  return undefined;
}
