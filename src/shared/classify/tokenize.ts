/**
 * Splits a short social post into the tokens the rest of the classifier reads: words
 * (lowercased, accents stripped, elongation marked), emoji and emoticons, and the
 * punctuation that carries tone ("!!!", "?!", "...") or ends a clause.
 *
 * One hand-written pass over character codes: this runs for every post in a storm, and a
 * regular expression per token cost as much as all the other stages together.
 */
import type { StemHit, WordFeatures } from './features';
import type { PhraseEntry } from './phrases';
import { stemHitOf, stemOf } from './features';
import { asciiStemAt, wordIdOf, WORD_TABLE } from './wordTable';
import {
  BEFORE_OCCASION,
  COMPOUND_LENGTH,
  EXCLAMATION_FIRST,
  HASHTAG_WORD,
  LANG_EN,
  LANG_NL,
  LANG_OTHER,
  OCCASION,
  STEM,
  WATCHDOG_MENTION,
} from './wordBits';
import { WATCHDOG_HANDLES } from './lexicon/urgencyTriggers';
import { shapeBits } from './wordShape';
import { FNV_OFFSET, FNV_PRIME, hashText, lowerAscii, spanReads } from './wordHash';

/** Token kinds, as stored in `Tokens.kind`. */
export const WORD = 0;
export const EMOJI = 1;
export const PUNCT = 2;

/** Token flags, as stored in `Tokens.flags`. */
/** Written in capitals ("WEER", "NIET"), a sign of shouting. */
export const CAPS = 1;
/** Had a run of 3+ equal letters ("sooo", "goeeed"), a sign of emphasis. */
export const ELONGATED = 2;
/** Opened by a scare quote ("'bezorgd'"), a sign of irony. */
export const QUOTED = 4;
/** Written as a hashtag; "#not" is sarcasm, "#storing" is still the word storing. */
export const HASHTAG = 8;
/** The word contains "ij", Dutch spelling that hints at the language of unknown words. */
export const DUTCH_SPELLING = 16;
/** A plain ASCII word with capitals: its text is the lowercased span. */
const HAS_UPPER = 32;
/** `Tokens.text` holds the token's text; otherwise it is made from the span when asked. */
const HAS_TEXT = 64;
/**
 * Set by the trigger stage, not the tokenizer: a trigger word the rules read in its
 * everyday sense ("het weer", the supermarket "kassa", "twice the size"). The models
 * then see it as a word of its own (see `modelHash`), not as the trigger.
 */
export const EVERYDAY_SENSE = 128;
/** Punctuation holding a "?" (flags of punctuation tokens have their own meanings). */
export const ASKS = 1;
/** Punctuation holding a "!". */
export const EXCLAIMS = 2;

/**
 * A post's tokens as parallel arrays (token `i` is `kind[i]`, `text[i]`, ...). Arrays, not
 * an object per token: a storm classifies hundreds of thousands of posts a second, and
 * `classify` reuses one `Tokens` for all of them, so a post allocates only its words.
 * Entries at `count` and beyond are left over from earlier posts: read below `count` only.
 */
export interface Tokens {
  /** The post as written; `start` and `end` index into it. */
  source: string;
  count: number;
  kind: Uint8Array;
  flags: Uint8Array;
  /** Where the token stands in `source` (a hashtag's word starts after the "#"). */
  start: Int32Array;
  end: Int32Array;
  /** `hashText(text)` as a signed 32-bit number for words and emoji, the model's hashed feature; 0 for punctuation. */
  hash: Int32Array;
  /**
   * Lowercase, accents stripped, letter runs of 3+ shortened to 2 ("slechttt" → "slechtt").
   * Read it through `textOf`: it is only here where the token's flags say so. A plain
   * ASCII word gets a string only when a rule asks, and a lexicon word is given its
   * lexicon entry's: most words are only looked up, and a string per word was the
   * tokenizer's largest cost.
   */
  text: (string | undefined)[];
  /**
   * The word's lexicon id (see wordTable.ts), 0 for a word in no lexicon; read its
   * features with `featuresAt`. Numbers, not references: a typed array is written
   * without the garbage collector's bookkeeping.
   */
  word: Uint16Array;
  /** The trigger the word's beginning carries ("opzegging", "gehackt"), as read by `stemAt`. */
  stem: Uint8Array;
  /** What the word can matter to (see wordBits.ts); 0 for emoji and punctuation. */
  bits: Int32Array;
  /** Every token's bits ORed, with the per-post ones: a stage whose bits are absent skips the post. */
  seen: number;
  /**
   * Language votes of the words outside hashtags, counted as the tokenizer reads them:
   * Dutch in halves (a function word is two, Dutch spelling in an unknown word one).
   */
  dutchHalfVotes: number;
  englishVotes: number;
  otherVotes: number;
  /**
   * The first consumer programme, newsroom or regulator the post tags ("@BBCWatchdog"),
   * lowercase and without the "@" (see `WATCHDOG_HANDLES`). Mentions are no tokens, so the
   * tokenizer notes it while it skips them.
   */
  watchdog: string | undefined;
}

const INITIAL_CAPACITY = 64;

export function newTokens(): Tokens {
  return {
    source: '',
    count: 0,
    kind: new Uint8Array(INITIAL_CAPACITY),
    flags: new Uint8Array(INITIAL_CAPACITY),
    start: new Int32Array(INITIAL_CAPACITY),
    end: new Int32Array(INITIAL_CAPACITY),
    hash: new Int32Array(INITIAL_CAPACITY),
    text: [],
    word: new Uint16Array(INITIAL_CAPACITY),
    stem: new Uint8Array(INITIAL_CAPACITY),
    bits: new Int32Array(INITIAL_CAPACITY),
    seen: 0,
    dutchHalfVotes: 0,
    englishVotes: 0,
    otherVotes: 0,
    watchdog: undefined,
  };
}

/** The text of token `at`, which must be in the post. */
export function textOf(tokens: Tokens, at: number): string {
  const flags = tokens.flags[at] ?? 0;
  if ((flags & HAS_TEXT) !== 0) return tokens.text[at] ?? '';
  const id = tokens.word[at] ?? 0;
  if (id !== 0) return LEXICON_WORDS[id - 1] ?? '';
  const span = tokens.source.slice(tokens.start[at], tokens.end[at]);
  const text = (flags & HAS_UPPER) !== 0 ? span.toLowerCase() : span;
  tokens.text[at] = text;
  tokens.flags[at] = flags | HAS_TEXT;
  return text;
}

/** The text of token `at`, or undefined outside the post (as reading past an array's end). */
export function textAt(tokens: Tokens, at: number): string | undefined {
  return at >= 0 && at < tokens.count ? textOf(tokens, at) : undefined;
}

/** The length of token `at`'s text, without making the text. */
export function lengthOf(tokens: Tokens, at: number): number {
  const known = storedText(tokens, at);
  return known === undefined ? (tokens.end[at] ?? 0) - (tokens.start[at] ?? 0) : known.length;
}

/**
 * The text of token `at` where the tokenizer stored it: a word not plain ASCII or
 * stretched, emoji and punctuation. Otherwise the token's span in `source` reads as the
 * word, but for ASCII capitals.
 */
export function storedText(tokens: Tokens, at: number): string | undefined {
  return ((tokens.flags[at] ?? 0) & HAS_TEXT) !== 0 ? tokens.text[at] : undefined;
}

/** Whether token `at`'s text (in the post) ends with `suffix`, without making the text. */
export function textEndsWith(tokens: Tokens, at: number, suffix: string): boolean {
  const known = storedText(tokens, at);
  if (known !== undefined) return known.endsWith(suffix);
  const end = tokens.end[at] ?? 0;
  if (end - (tokens.start[at] ?? 0) < suffix.length) return false;
  return spanReads(tokens.source, end - suffix.length, end, suffix);
}

/** Whether token `at` (in the post) reads `word`, without making its text. */
export function isText(tokens: Tokens, at: number, word: string): boolean {
  const known = storedText(tokens, at);
  if (known !== undefined) return known === word;
  return spanReads(tokens.source, tokens.start[at] ?? 0, tokens.end[at] ?? 0, word);
}

/** The features of token `at`, or undefined outside the post or for a word in no lexicon. */
export function featuresAt(tokens: Tokens, at: number): WordFeatures | undefined {
  return at >= 0 && at < tokens.count ? LEXICON_FEATURES_BY_ID[tokens.word[at] ?? 0] : undefined;
}

/** The compound reading of word token `at` if it is a lexicon word (see `WordTable.compounds`). */
export function lexiconCompoundAt(tokens: Tokens, at: number): PhraseEntry<number> | undefined {
  return LEXICON_COMPOUNDS[tokens.word[at] ?? 0];
}

/** The trigger that word token `at` (in the post) begins with ("opzeg…"), if any. */
export function stemAt(tokens: Tokens, at: number): StemHit | undefined {
  return stemHitOf(tokens.stem[at] ?? 0);
}

/** Whether token `at` is a word of the post. */
export function isWordAt(tokens: Tokens, at: number): boolean {
  return at >= 0 && at < tokens.count && tokens.kind[at] === WORD;
}

/** The token as written. */
export function rawAt(tokens: Tokens, at: number): string {
  return tokens.source.slice(tokens.start[at], tokens.end[at]);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const COMBINING_MARKS = /\p{M}/gu;
const ELONGATION_ALL = /(\p{L})\1{2,}/gu;

// Module-local copies of what readWord reads for every word and character: under tsx's
// CommonJS transform (scripts outside "type": "module") each use of an imported binding
// is a getter call.
const WORD_KEYS = WORD_TABLE.keys;
const WORD_IDS = WORD_TABLE.ids;
const WORD_MASK = WORD_TABLE.mask;
const LEXICON_WORDS = WORD_TABLE.words;
// By id, so id 0 (no word) reads as no features.
const LEXICON_FEATURES_BY_ID = [undefined, ...WORD_TABLE.features];
const LEXICON_BITS = WORD_TABLE.bits;
const LEXICON_STEMS = WORD_TABLE.stems;
const LEXICON_COMPOUNDS = WORD_TABLE.compounds;
const HASH_OFFSET = FNV_OFFSET;
const HASH_PRIME = FNV_PRIME;

const APOSTROPHE = 0x27;
const EXCLAMATION = 0x21;
const RIGHT_QUOTE = 0x2019;
const ELLIPSIS = 0x2026;
const LOWER_I = 0x69;
const LOWER_J = 0x6a;
const EMOTICON_MOUTHS = new Set('()[]dDpP/\\|'.split('').map((c) => c.charCodeAt(0)));

/** Splits `text` into `into` (a fresh `Tokens` unless one is passed to reuse) and returns it. */
export function tokenize(text: string, into: Tokens = newTokens()): Tokens {
  const tokens = into;
  tokens.source = text;
  tokens.count = 0;
  tokens.seen = 0;
  tokens.dutchHalfVotes = 0;
  tokens.englishVotes = 0;
  tokens.otherVotes = 0;
  tokens.watchdog = undefined;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) {
      i += 1;
      continue;
    }
    if (code < 0x80 ? ASCII_KIND[code] !== NOT_WORD : isWordChar(text, i, code)) {
      i = isUrlStart(text, i, code) ? skipUrl(text, i) : readWord(text, i, i, false, tokens);
      continue;
    }
    switch (code) {
      case 0x40: // @mention: a brand handle says nothing about tone
        i = skipMention(text, i, tokens);
        continue;
      case 0x23: // #hashtag
        if (i + 1 < length && isWordChar(text, i + 1, text.charCodeAt(i + 1))) {
          i = readWord(text, i + 1, i, true, tokens);
        } else i += 1;
        continue;
      default:
        break;
    }
    const emoticonEnd = emoticonAt(text, i, code);
    if (emoticonEnd > i) {
      pushPlain(tokens, EMOJI, text.slice(i, emoticonEnd).toLowerCase(), i, emoticonEnd);
      i = emoticonEnd;
      continue;
    }
    if (code >= 0x80) {
      if (code === ELLIPSIS) {
        pushPlain(tokens, PUNCT, '...', i, i + 1);
        i += 1;
        continue;
      }
      const point = text.codePointAt(i) ?? code;
      const width = point > 0xffff ? 2 : 1;
      const emoji = pictographOf(point);
      if (emoji !== null) pushPlain(tokens, EMOJI, emoji, i, i + width);
      i += width;
      continue;
    }
    i = readPunct(text, i, code, tokens);
  }
  return tokens;
}

// What an ASCII character is to a word, one table read instead of three range tests.
const NOT_WORD = 0;
const LOWER_LETTER = 1;
const UPPER_LETTER = 2;
const DIGIT = 3;
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, code) => {
  if (code >= 0x61 && code <= 0x7a) return LOWER_LETTER;
  if (code >= 0x41 && code <= 0x5a) return UPPER_LETTER;
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  return NOT_WORD;
});

function isAsciiWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

function isWordChar(text: string, at: number, code: number): boolean {
  if (code < 0x80) return isAsciiWordChar(code);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(text.charAt(at));
}

function isLetter(text: string, at: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(text.charAt(at));
}

/** Whether a letter follows the apostrophe at `at`, as in "m'n", "don't", "it’s". */
function letterFollows(text: string, at: number): boolean {
  return at + 1 < text.length && isLetter(text, at + 1, text.charCodeAt(at + 1));
}

/** Whether the word character `code` at `at` starts a URL ("https://", "www."). */
function isUrlStart(text: string, at: number, code: number): boolean {
  // Most words starting with "h" or "w" are not URLs: the second letter tells at once.
  if (code === 0x68) {
    return (
      text.charCodeAt(at + 1) === 0x74 &&
      (text.startsWith('http://', at) || text.startsWith('https://', at))
    );
  }
  return code === 0x77 && text.charCodeAt(at + 1) === 0x77 && text.startsWith('www.', at);
}

function skipUrl(text: string, at: number): number {
  let i = at + 4;
  while (i < text.length && text.charCodeAt(i) > 0x20) i += 1;
  return i;
}

/**
 * Skips the mention at `at` (the "@"), noting a watchdog in `tokens.watchdog`. Nearly
 * every post tags the brand: its handle is hashed as it is skipped, and a string is only
 * made when the hash is a watchdog's.
 */
function skipMention(text: string, at: number, tokens: Tokens): number {
  let i = at + 1;
  let hash = HASH_OFFSET;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 0x5f && !isWordChar(text, i, code)) break;
    hash = Math.imul(hash ^ lowerAscii(code), HASH_PRIME);
    i += 1;
  }
  if (tokens.watchdog === undefined && WATCHDOG_HASHES.has(hash >>> 0) && !followsWord(text, at)) {
    const handle = text.slice(at + 1, i).toLowerCase();
    if (WATCHDOG_HANDLES.has(handle)) {
      tokens.watchdog = handle;
      tokens.seen |= WATCHDOG_MENTION;
    }
  }
  return i;
}

const WATCHDOG_HASHES: ReadonlySet<number> = new Set([...WATCHDOG_HANDLES].map(hashText));

/** Whether the "@" at `at` follows a letter, as in an e-mail address ("klacht@nos.nl"). */
function followsWord(text: string, at: number): boolean {
  return at > 0 && isWordChar(text, at - 1, text.charCodeAt(at - 1));
}

/**
 * Letters and digits, with "'s"/"’t" style clitics: "m'n", "don't", "it’s". Most words
 * are plain ASCII, read here in one tight loop; a word with other letters or a run of
 * three equal letters is read again by `readOtherWord`.
 */
function readWord(
  text: string,
  start: number,
  matchStart: number,
  hashtag: boolean,
  tokens: Tokens,
): number {
  const length = text.length;
  let i = start;
  let upper = 0;
  let lower = 0;
  let run = 1;
  let previous = -1;
  let dutchSpelling = false;
  // Equals hashText(text) of the lowercased word; it also finds the word's features, so
  // no word is looked up by string.
  let hash = HASH_OFFSET;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      if (code === RIGHT_QUOTE || isWordChar(text, i, code)) {
        return readOtherWord(text, start, matchStart, hashtag, tokens);
      }
      break;
    }
    // Letters compare case-insensitively for elongation; digits never elongate.
    let letter = -1;
    const kind = ASCII_KIND[code] ?? 0;
    if (kind === LOWER_LETTER) {
      lower += 1;
      letter = code;
    } else if (kind === UPPER_LETTER) {
      upper += 1;
      letter = code | 0x20;
    } else if (kind === NOT_WORD) {
      if (code !== APOSTROPHE || !letterFollows(text, i)) break;
      hash = Math.imul(hash ^ APOSTROPHE, HASH_PRIME);
      i += 1;
      previous = -1;
      continue;
    }
    if (letter !== -1 && letter === previous) {
      run += 1;
      if (run >= 3) return readOtherWord(text, start, matchStart, hashtag, tokens);
    } else run = 1;
    if (letter === LOWER_J && previous === LOWER_I) dutchSpelling = true;
    previous = letter;
    hash = Math.imul(hash ^ (letter === -1 ? code : letter), HASH_PRIME);
    i += 1;
  }
  let flags = 0;
  if (upper > 0) flags |= HAS_UPPER;
  if (i - start >= 2 && upper > 0 && lower === 0) flags |= CAPS;
  const id = wordIdOfSpan(text, start, i, hash, upper === 0);
  const stem = id === 0 ? asciiStemAt(text, start, i) : (LEXICON_STEMS[id] ?? 0);
  const shape = shapeBits(
    i - start,
    lowerAscii(text.charCodeAt(start)),
    i - start >= 2 ? lowerAscii(text.charCodeAt(i - 2)) : 0,
    lowerAscii(text.charCodeAt(i - 1)),
  );
  pushWord(
    tokens,
    start,
    i,
    hash,
    id,
    stem,
    shape,
    flags,
    undefined,
    matchStart,
    hashtag,
    dutchSpelling,
  );
  return i;
}

/**
 * A word with letters beyond ASCII ("één", "café", "it’s") or stretched ("slechttt"):
 * its text is made, folded and hashed as a string.
 */
function readOtherWord(
  text: string,
  start: number,
  matchStart: number,
  hashtag: boolean,
  tokens: Tokens,
): number {
  const length = text.length;
  let i = start;
  let ascii = true;
  let run = 1;
  let elongated = false;
  let previous = -1;
  while (i < length) {
    const code = text.charCodeAt(i);
    let letter = -1;
    if (code < 0x80) {
      const kind = ASCII_KIND[code] ?? 0;
      if (kind === NOT_WORD) {
        if (code !== APOSTROPHE || !letterFollows(text, i)) break;
        i += 1;
        previous = -1;
        continue;
      }
      if (kind !== DIGIT) letter = code | 0x20;
    } else if (!isWordChar(text, i, code)) {
      if (code !== RIGHT_QUOTE || !letterFollows(text, i)) break;
      ascii = false;
      i += 1;
      previous = -1;
      continue;
    } else ascii = false;
    if (letter !== -1 && letter === previous) {
      run += 1;
      if (run >= 3) elongated = true;
    } else run = 1;
    previous = letter;
    i += 1;
  }
  const raw = text.slice(start, i);
  let word = raw.toLowerCase();
  let upper = raw !== word;
  let lower = raw !== raw.toUpperCase();
  let dutchSpelling = word.includes('ij');
  if (!ascii) {
    word = word.replace('’', "'");
    word = word.normalize('NFD').replace(COMBINING_MARKS, '');
    upper = raw === raw.toUpperCase() && raw !== word;
    lower = !upper;
    // Accents stripped may make an "ij" ("ïj") the loop could not see.
    dutchSpelling = word.includes('ij');
    // Elongation across non-ASCII letters ("ééén") is found on the folded word.
    if (!elongated) elongated = ELONGATION_ALL.test(word);
    ELONGATION_ALL.lastIndex = 0;
  }
  if (elongated) word = word.replace(ELONGATION_ALL, '$1$1');
  let flags = HAS_TEXT;
  if (i - start >= 2 && upper && !lower) flags |= CAPS;
  if (elongated) flags |= ELONGATED;
  const hash = hashText(word) | 0;
  const id = wordIdOf(word, hash);
  const stem = ascii ? asciiStemAt(text, start, i) : stemOf(word);
  const shape = shapeBits(
    word.length,
    word.charCodeAt(0),
    word.charCodeAt(word.length - 2),
    word.charCodeAt(word.length - 1),
  );
  pushWord(
    tokens,
    start,
    i,
    hash,
    id,
    stem,
    shape,
    flags,
    word,
    matchStart,
    hashtag,
    dutchSpelling,
  );
  return i;
}

/** Appends a word token, with the bits and language votes it brings. */
function pushWord(
  tokens: Tokens,
  start: number,
  end: number,
  hash: number,
  id: number,
  stem: number,
  shape: number,
  wordFlags: number,
  word: string | undefined,
  matchStart: number,
  hashtag: boolean,
  dutchSpelling: boolean,
): void {
  let flags = wordFlags;
  if (isScareQuoted(tokens.source, matchStart)) flags |= QUOTED;
  if (hashtag) flags |= HASHTAG;
  if (dutchSpelling) flags |= DUTCH_SPELLING;
  // A lexicon word's compound reading is known (see `WordTable.compounds`), so its length
  // alone says nothing.
  let bits = id === 0 ? shape : (LEXICON_BITS[id] ?? 0) | (shape & ~COMPOUND_LENGTH);
  if (stem !== 0) bits |= STEM;
  const at = reserve(tokens);
  tokens.kind[at] = WORD;
  tokens.flags[at] = flags;
  tokens.start[at] = start;
  tokens.end[at] = end;
  tokens.hash[at] = hash;
  if (word !== undefined) tokens.text[at] = word;
  tokens.word[at] = id;
  tokens.stem[at] = stem;
  tokens.bits[at] = bits;
  tokens.seen |= bits;
  if ((bits & OCCASION) !== 0 && at > 0 && tokens.kind[at - 1] === WORD) {
    tokens.bits[at - 1] = (tokens.bits[at - 1] ?? 0) | BEFORE_OCCASION;
    tokens.seen |= BEFORE_OCCASION;
  }
  if (hashtag) tokens.seen |= HASHTAG_WORD;
  else if ((bits & LANG_NL) !== 0) tokens.dutchHalfVotes += 2;
  else if ((bits & LANG_EN) !== 0) tokens.englishVotes += 1;
  else if ((bits & LANG_OTHER) !== 0) tokens.otherVotes += 1;
  else if (dutchSpelling) tokens.dutchHalfVotes += 1;
}

/** The index of a new token at the end, growing the arrays when they are full. */
function reserve(tokens: Tokens): number {
  const at = tokens.count;
  if (at === tokens.kind.length) grow(tokens);
  tokens.count = at + 1;
  return at;
}

function grow(tokens: Tokens): void {
  const capacity = tokens.kind.length * 2;
  tokens.kind = copyInto(new Uint8Array(capacity), tokens.kind);
  tokens.flags = copyInto(new Uint8Array(capacity), tokens.flags);
  tokens.start = copyInto(new Int32Array(capacity), tokens.start);
  tokens.end = copyInto(new Int32Array(capacity), tokens.end);
  tokens.hash = copyInto(new Int32Array(capacity), tokens.hash);
  tokens.word = copyInto(new Uint16Array(capacity), tokens.word);
  tokens.stem = copyInto(new Uint8Array(capacity), tokens.stem);
  tokens.bits = copyInto(new Int32Array(capacity), tokens.bits);
}

function copyInto<T extends Uint8Array | Uint16Array | Int32Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/**
 * The word id (0 for none) of the plain ASCII word `text[start..end)` (any case), whose
 * running (signed) hash is `hash`: a hit is confirmed against the span, so no string is made.
 * A span without capitals (`lowercase`) is compared natively.
 */
function wordIdOfSpan(
  text: string,
  start: number,
  end: number,
  hash: number,
  lowercase: boolean,
): number {
  let slot = hash & WORD_MASK;
  for (;;) {
    const id = WORD_IDS[slot] ?? 0;
    if (id === 0) return 0;
    if (WORD_KEYS[slot] === hash) {
      const word = LEXICON_WORDS[id - 1] ?? '';
      if (
        end - start === word.length &&
        (lowercase ? text.startsWith(word, start) : spanReads(text, start, end, word))
      ) {
        return id;
      }
    }
    slot = (slot + 1) & WORD_MASK;
  }
}

/** ":-)", ";p", ">:(", "=]", "<3", "(:", "):"; returns the end, or `at` when there is none. */
function emoticonAt(text: string, at: number, code: number): number {
  const next = text.charCodeAt(at + 1);
  if (code === 0x3c) return next === 0x33 ? at + 2 : at; // <3
  if (code === 0x28) return next === 0x3a ? at + 2 : at; // (:
  if (code === 0x29) return next === 0x3a ? at + 2 : at; // ):
  let i = at;
  if (code === 0x3e) i += 1; // >
  const eyes = text.charCodeAt(i);
  if (eyes !== 0x3a && eyes !== 0x3b && eyes !== 0x3d) return at;
  i += 1;
  const nose = text.charCodeAt(i);
  if (nose === 0x2d || nose === APOSTROPHE) i += 1;
  return EMOTICON_MOUTHS.has(text.charCodeAt(i)) ? i + 1 : at;
}

/** "?!", "!?", runs of "!" and "?", "..." and runs of ".,;:". Other symbols are skipped. */
function readPunct(text: string, at: number, code: number, tokens: Tokens): number {
  const next = text.charCodeAt(at + 1);
  if ((code === 0x3f && next === 0x21) || (code === 0x21 && next === 0x3f)) {
    pushPlain(tokens, PUNCT, text.slice(at, at + 2), at, at + 2);
    return at + 2;
  }
  let i = at;
  if (code === 0x21 || code === 0x3f) {
    while (i < text.length && (text.charCodeAt(i) === 0x21 || text.charCodeAt(i) === 0x3f)) i += 1;
  } else if (code === 0x2e && next === 0x2e) {
    while (text.charCodeAt(i) === 0x2e) i += 1;
  } else if (code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a) {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c !== 0x2e && c !== 0x2c && c !== 0x3b && c !== 0x3a) break;
      i += 1;
    }
  } else return at + 1;
  pushPlain(tokens, PUNCT, i === at + 1 ? oneChar(code) : text.slice(at, i), at, i);
  return i;
}

// Single punctuation marks as strings made once, not sliced out of every post.
const ONE_CHARS = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));

function oneChar(code: number): string {
  return ONE_CHARS[code] ?? String.fromCharCode(code);
}

// Which code points are emoji, remembered: the property test is a regular expression on a
// fresh string, and posts use the same few emoji over and over. Bounded, since a hostile
// post may hold thousands of distinct characters.
const MAX_REMEMBERED_CODE_POINTS = 4096;
const pictographs = new Map<number, string | null>();

/** The emoji as a string, or null when the code point is not pictographic. */
function pictographOf(point: number): string | null {
  const known = pictographs.get(point);
  if (known !== undefined) return known;
  const char = String.fromCodePoint(point);
  const emoji = PICTOGRAPHIC.test(char) ? char : null;
  if (pictographs.size < MAX_REMEMBERED_CODE_POINTS) pictographs.set(point, emoji);
  return emoji;
}

/** Appends an emoji or punctuation token. */
function pushPlain(tokens: Tokens, kind: number, text: string, start: number, end: number): void {
  const at = reserve(tokens);
  tokens.kind[at] = kind;
  tokens.flags[at] = kind === PUNCT ? HAS_TEXT | punctuationFlags(text) : HAS_TEXT;
  tokens.start[at] = start;
  tokens.end[at] = end;
  tokens.hash[at] = kind === PUNCT ? 0 : hashText(text) | 0;
  tokens.text[at] = text;
  tokens.word[at] = 0;
  tokens.stem[at] = 0;
  tokens.bits[at] = 0;
  if (kind === PUNCT && text.charCodeAt(0) === EXCLAMATION) tokens.seen |= EXCLAMATION_FIRST;
}

function punctuationFlags(text: string): number {
  return (text.includes('?') ? ASKS : 0) | (text.includes('!') ? EXCLAIMS : 0);
}

/** A quote right before the word, not after a letter (so "m'n" is no scare quote). */
function isScareQuoted(text: string, start: number): boolean {
  if (start === 0) return false;
  const quote = text.charCodeAt(start - 1);
  if (quote !== 0x27 && quote !== 0x22 && quote !== 0x2018 && quote !== 0x201c) return false;
  return start === 1 || !isLetter(text, start - 2, text.charCodeAt(start - 2));
}
