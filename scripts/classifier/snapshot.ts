/**
 * Behaviour snapshot of `classify`, for refactors that must not change a single output.
 *
 *   npx tsx scripts/classifier/snapshot.ts write   [file]   records every output
 *   npx tsx scripts/classifier/snapshot.ts compare [file]   lists every field that differs
 *
 * The inputs are every labelled post in tests/fixtures/corpora (as written, in capitals,
 * and with a declared language), plus edge cases the corpora lack. The file lives outside
 * the repository (default /tmp/luister-classify-snapshot.json): it is a before/after
 * record for one change, not a fixture. `compare` exits 1 on any difference.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify } from '../../src/shared/classify';
import type { Classification, ClassifyInput } from '../../src/shared/classify/types';
import { isReservedCorpusFile } from './corpus';

const DEFAULT_FILE = '/tmp/luister-classify-snapshot.json';
const CORPORA_DIR = fileURLToPath(new URL('../../tests/fixtures/corpora/', import.meta.url));

interface Case {
  input: ClassifyInput;
  output: Classification;
}

function corpusInputs(): ClassifyInput[] {
  const inputs: ClassifyInput[] = [];
  for (const file of readdirSync(CORPORA_DIR).sort()) {
    if (!file.endsWith('.jsonl') || isReservedCorpusFile(file)) continue;
    const declared = file.startsWith('nl.') ? 'nl' : 'en';
    for (const line of readFileSync(`${CORPORA_DIR}${file}`, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { text, followers } = JSON.parse(line) as { text: string; followers?: number };
      inputs.push({ text, followers: followers ?? null });
      // Capitals and a declared language take other paths through the rules.
      inputs.push({ text: text.toUpperCase() });
      inputs.push({ text, lang: declared, followers: 250_000 });
    }
  }
  return inputs;
}

const SENTENCE = 'Internet ligt er weer uit, al 3 dagen geen verbinding!! Waardeloos 😡 ';

const EDGE_TEXTS: readonly string[] = [
  '',
  ' ',
  '😡',
  '😡😡😡🙄',
  '👍🏽❤️‍🔥',
  SENTENCE.repeat(Math.ceil(10_240 / SENTENCE.length)),
  'DIT IS ECHT WAARDELOOS, MIJN INTERNET WERKT AL DAGEN NIET!!!',
  'WHY IS MY BROADBAND DOWN AGAIN',
  'Привет, мой интернет не работает. 你好 مرحبا storing',
  'wer\u200bkt niet, ge\u200cen mail\u200d \ufeffslecht',
  '\u200b\u200b\u200b',
  'e\u0301e\u0301n ééén keer is genoeg, café',
  'İSTANBUL STRASSE ßtraße ΣΊΣΥΦΟΣ',
  'lone \ud83d surrogate and \ude00 low half',
  "don’t 'bezorgd' m'n pakket it’s “great” service",
  'slechttt sooo goeeed superrrr echttt',
  'Kassa bij de kassa, het weer, weer storing',
  'https://example.com/storing www.storing.nl http://x @KPN_Webcare #storing #not',
  ':-) ;p >:( =] <3 (: ): … ... ?! !? !!! ???',
  '3x gebeld, 4x een ticket, derde keer, 5th time, called 12 times',
  'ik zeg mijn abonnement op. internet valt elke 10 minuten weg',
  'geen warm water, no mobile data, broadband down',
  'kutservice keigoed onprettig storinkje probleempje foutje internetstoring gaslekkage',
  'volgens de ACM dalen de prijzen, according to Ofgem',
  'Hoe kan ik mijn pas blokkeren als ik hem kwijt ben?',
  'How come my account changed?',
  '１２３ ＡＢＣ ｆｕｌｌｗｉｄｔｈ',
  'ﬁ ligature ﬀ',
  '\t\n\r  tabs\tand\nnewlines  ',
];

function edgeInputs(): ClassifyInput[] {
  return EDGE_TEXTS.flatMap((text) => [
    { text },
    { text, lang: 'nl-NL', followers: 10 },
    { text, lang: 'en_GB', followers: 1_000_000 },
    { text, lang: 'und' },
    { text, lang: 'de' },
  ]);
}

function run(): Case[] {
  return [...corpusInputs(), ...edgeInputs()].map((input) => ({ input, output: classify(input) }));
}

function describeDifferences(before: Case, after: Case): string[] {
  const differences: string[] = [];
  const keys = new Set([...Object.keys(before.output), ...Object.keys(after.output)]);
  for (const key of keys) {
    const was = JSON.stringify((before.output as Record<string, unknown>)[key]);
    const now = JSON.stringify((after.output as Record<string, unknown>)[key]);
    if (was !== now) differences.push(`${key}: ${was} → ${now}`);
  }
  return differences;
}

function compare(file: string): number {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Case[];
  // Matched by input, not by position: a corpus file added since the snapshot (a new
  // held-out set) only adds cases, and those are not compared (nor shown).
  const after = new Map(run().map((now) => [JSON.stringify(now.input), now]));
  let differing = 0;
  let missing = 0;
  for (const was of before) {
    const now = after.get(JSON.stringify(was.input));
    if (now === undefined) {
      missing += 1;
      continue;
    }
    const differences = describeDifferences(was, now);
    if (differences.length === 0) continue;
    differing += 1;
    console.log(`${JSON.stringify(was.input.text.slice(0, 80))}`);
    for (const line of differences) console.log(`  ${line}`);
  }
  if (missing > 0) console.log(`${missing} cases of the snapshot are no longer run`);
  console.log(`${before.length} cases compared, ${differing} differ`);
  return differing === 0 && missing === 0 ? 0 : 1;
}

const [mode, file = DEFAULT_FILE] = process.argv.slice(2);
if (mode === 'write') {
  const cases = run();
  writeFileSync(file, JSON.stringify(cases));
  console.log(`${cases.length} cases written to ${file}`);
} else if (mode === 'compare') {
  process.exitCode = compare(file);
} else {
  console.log('usage: snapshot.ts write|compare [file]');
  process.exitCode = 2;
}
