/**
 * Splits a short social post into the tokens the rest of the classifier reads: words
 * (lowercased, accents stripped, elongation marked), emoji and emoticons, and the
 * punctuation that carries tone ("!!!", "?!", "...") or ends a clause.
 *
 * One hand-written pass over character codes: this runs for every post in a storm, and a
 * regular expression per token cost as much as all the other stages together.
 */
import type { StemHit, WordFeatures } from './features';
import { featuresOf, stemOf } from './features';
import { asciiStemAt, WORD_TABLE } from './wordTable';
import { FNV_OFFSET, FNV_PRIME, hashText } from './wordHash';

export type TokenKind = 'word' | 'emoji' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Lowercase, accents stripped, letter runs of 3+ shortened to 2 ("slechttt" → "slechtt"). */
  text: string;
  /** As written, for ALL CAPS and for the trigger word shown in reasons. */
  raw: string;
  /** Written in capitals ("WEER", "NIET"), a sign of shouting. */
  caps: boolean;
  /** Had a run of 3+ equal letters ("sooo", "goeeed"), a sign of emphasis. */
  elongated: boolean;
  /** Opened by a scare quote ("'bezorgd'"), a sign of irony. */
  quoted: boolean;
  /** Written as a hashtag; "#not" is sarcasm, "#storing" is still the word storing. */
  hashtag: boolean;
  /** What the lexicons know about the word, attached by `annotate`. */
  features: WordFeatures | undefined;
  /** A trigger the word's beginning carries ("opzegging", "gehackt"). */
  stem: StemHit | undefined;
  /** `hashText(text)` for words and emoji, the model's hashed feature; 0 for punctuation. */
  hash: number;
  /** The word contains "ij", Dutch spelling that hints at the language of unknown words. */
  dutchSpelling: boolean;
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
const LEXICON_FEATURES = WORD_TABLE.features;
const HASH_OFFSET = FNV_OFFSET;
const HASH_PRIME = FNV_PRIME;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const ELLIPSIS = 0x2026;
const LOWER_I = 0x69;
const LOWER_J = 0x6a;
const EMOTICON_MOUTHS = new Set('()[]dDpP/\\|'.split('').map((c) => c.charCodeAt(0)));

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) {
      i += 1;
      continue;
    }
    if (isWordStart(text, i, code)) {
      i = readWord(text, i, i, false, tokens);
      continue;
    }
    switch (code) {
      case 0x68: // h: a URL
      case 0x77: // w
        i = skipUrl(text, i);
        continue;
      case 0x40: // @mention: a brand handle says nothing about tone
        i = skipMention(text, i);
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
      const raw = text.slice(i, emoticonEnd);
      tokens.push(plainToken('emoji', raw.toLowerCase(), raw));
      i = emoticonEnd;
      continue;
    }
    if (code >= 0x80) {
      if (code === ELLIPSIS) {
        tokens.push(plainToken('punct', '...', '…'));
        i += 1;
        continue;
      }
      const point = text.codePointAt(i) ?? code;
      const width = point > 0xffff ? 2 : 1;
      const char = text.slice(i, i + width);
      if (PICTOGRAPHIC.test(char)) tokens.push(plainToken('emoji', char, char));
      i += width;
      continue;
    }
    i = readPunct(text, i, code, tokens);
  }
  return tokens;
}

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

/** A word starts here, unless it is the start of a URL ("https://", "www."). */
function isWordStart(text: string, at: number, code: number): boolean {
  if (!isWordChar(text, at, code)) return false;
  if (code === 0x68) return !text.startsWith('http://', at) && !text.startsWith('https://', at);
  if (code === 0x77) return !text.startsWith('www.', at);
  return true;
}

function skipUrl(text: string, at: number): number {
  let i = at + 4;
  while (i < text.length && text.charCodeAt(i) > 0x20) i += 1;
  return i;
}

function skipMention(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 0x5f && !isWordChar(text, i, code)) break;
    i += 1;
  }
  return i;
}

/** Letters and digits, with "'s"/"’t" style clitics: "m'n", "don't", "it’s". */
function readWord(
  text: string,
  start: number,
  matchStart: number,
  hashtag: boolean,
  tokens: Token[],
): number {
  const length = text.length;
  let i = start;
  let ascii = true;
  let upper = 0;
  let lower = 0;
  let run = 1;
  let elongated = false;
  let previous = -1;
  let dutchSpelling = false;
  // Equals hashText(text) for a plain ASCII word, the common case; it also finds the
  // word's features, so no word is looked up by string.
  let hash = HASH_OFFSET;
  for (;;) {
    while (i < length) {
      const code = text.charCodeAt(i);
      // Letters compare case-insensitively for elongation; digits never elongate.
      let letter = -1;
      if (code < 0x80) {
        if (!isAsciiWordChar(code)) break;
        if (code <= 0x5a && code >= 0x41) upper += 1;
        else if (code >= 0x61) lower += 1;
        if (code >= 0x41) letter = code | 0x20;
      } else {
        if (!isWordChar(text, i, code)) break;
        ascii = false;
      }
      if (letter === LOWER_J && previous === LOWER_I) dutchSpelling = true;
      if (letter !== -1 && letter === previous) {
        run += 1;
        if (run >= 3) elongated = true;
      } else run = 1;
      previous = letter;
      hash = Math.imul(hash ^ (letter === -1 ? code : letter), HASH_PRIME);
      i += 1;
    }
    const quote = text.charCodeAt(i);
    if (
      (quote === APOSTROPHE || quote === RIGHT_QUOTE) &&
      i + 1 < length &&
      isLetter(text, i + 1, text.charCodeAt(i + 1))
    ) {
      if (quote === RIGHT_QUOTE) ascii = false;
      hash = Math.imul(hash ^ APOSTROPHE, HASH_PRIME);
      i += 1;
      previous = -1;
      continue;
    }
    break;
  }
  const raw = text.slice(start, i);
  // Most words are already lowercase ASCII; toLowerCase would only copy them.
  let word = ascii && upper === 0 ? raw : raw.toLowerCase();
  if (!ascii) {
    word = word.replace('’', "'");
    word = word.normalize('NFD').replace(COMBINING_MARKS, '');
    upper = raw === raw.toUpperCase() && raw !== word ? 1 : 0;
    lower = upper === 1 ? 0 : 1;
    // Accents stripped may make an "ij" ("ïj") the loop could not see.
    dutchSpelling = word.includes('ij');
    // Elongation across non-ASCII letters ("ééén") is found on the folded word.
    if (!elongated) elongated = ELONGATION_ALL.test(word);
    ELONGATION_ALL.lastIndex = 0;
  }
  if (elongated) word = word.replace(ELONGATION_ALL, '$1$1');
  const plain = ascii && !elongated;
  tokens.push({
    kind: 'word',
    text: word,
    raw,
    caps: raw.length >= 2 && upper > 0 && lower === 0,
    elongated,
    quoted: isScareQuoted(text, matchStart),
    hashtag,
    features: plain ? featuresOfHashed(word, hash) : featuresOf(word),
    stem: ascii ? asciiStemAt(text, start, i) : stemOf(word),
    hash: plain ? hash >>> 0 : hashText(word),
    dutchSpelling,
  });
  return i;
}

/** The features of a lowercase ASCII word whose running (signed) hash is `hash`. */
function featuresOfHashed(word: string, hash: number): WordFeatures | undefined {
  let slot = hash & WORD_MASK;
  for (;;) {
    const id = WORD_IDS[slot] ?? 0;
    if (id === 0) return undefined;
    if (WORD_KEYS[slot] === hash && LEXICON_WORDS[id - 1] === word) return LEXICON_FEATURES[id - 1];
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
function readPunct(text: string, at: number, code: number, tokens: Token[]): number {
  const next = text.charCodeAt(at + 1);
  if ((code === 0x3f && next === 0x21) || (code === 0x21 && next === 0x3f)) {
    const raw = text.slice(at, at + 2);
    tokens.push(plainToken('punct', raw, raw));
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
  const raw = text.slice(at, i);
  tokens.push(plainToken('punct', raw, raw));
  return i;
}

function plainToken(kind: TokenKind, text: string, raw: string): Token {
  return {
    kind,
    text,
    raw,
    caps: false,
    elongated: false,
    quoted: false,
    hashtag: false,
    features: undefined,
    stem: undefined,
    hash: kind === 'punct' ? 0 : hashText(text),
    dutchSpelling: false,
  };
}

/** A quote right before the word, not after a letter (so "m'n" is no scare quote). */
function isScareQuoted(text: string, start: number): boolean {
  if (start === 0) return false;
  const quote = text.charCodeAt(start - 1);
  if (quote !== 0x27 && quote !== 0x22 && quote !== 0x2018 && quote !== 0x201c) return false;
  return start === 1 || !isLetter(text, start - 2, text.charCodeAt(start - 2));
}
