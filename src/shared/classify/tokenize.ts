/**
 * Splits a short social post into the tokens the rest of the classifier reads: words
 * (lowercased, accents stripped, elongation marked), emoji and emoticons, and the
 * punctuation that carries tone ("!!!", "?!", "...") or ends a clause.
 */
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
}

// URLs and @mentions are matched only to be skipped: a brand handle says nothing about tone.
const TOKEN_PATTERN =
  /(?:https?:\/\/|www\.)\S+|@[\p{L}\p{N}_]+|(#?)([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|(>?[:;=][-']?[()[\]dDpP/\\|]|<3|\(:|\):)|(\p{Extended_Pictographic})|(\?!|!\?|[!?]+|\.{2,}|…|[.,;:]+)/gu;
const ELONGATION = /(\p{L})\1{2,}/u;
const ELONGATION_ALL = /(\p{L})\1{2,}/gu;
const NON_ASCII = /[^\x20-\x7e]/;
const COMBINING_MARKS = /\p{M}/gu;
const QUOTES = new Set(["'", '"', '‘', '“']);
const LETTER = /\p{L}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    const [whole, hash, word, emoticon, emoji, punct] = match;
    if (word !== undefined) {
      tokens.push(wordToken(word, hash === '#', isScareQuoted(text, match.index)));
    } else if (emoticon !== undefined) {
      tokens.push(plainToken('emoji', emoticon.toLowerCase(), emoticon));
    } else if (emoji !== undefined) {
      tokens.push(plainToken('emoji', emoji, emoji));
    } else if (punct !== undefined) {
      tokens.push(plainToken('punct', punct === '…' ? '...' : punct, whole));
    }
  }
  return tokens;
}

function wordToken(raw: string, hashtag: boolean, quoted: boolean): Token {
  let text = raw.toLowerCase().replace('’', "'");
  if (NON_ASCII.test(text)) text = text.normalize('NFD').replace(COMBINING_MARKS, '');
  const elongated = ELONGATION.test(text);
  if (elongated) text = text.replace(ELONGATION_ALL, '$1$1');
  const caps = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  return { kind: 'word', text, raw, caps, elongated, quoted, hashtag };
}

function plainToken(kind: TokenKind, text: string, raw: string): Token {
  return { kind, text, raw, caps: false, elongated: false, quoted: false, hashtag: false };
}

/** A quote right before the word, not after a letter (so "m'n" is no scare quote). */
function isScareQuoted(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined || !QUOTES.has(before)) return false;
  const twoBefore = text[start - 2];
  return twoBefore === undefined || !LETTER.test(twoBefore);
}

/** The single-letter spelling of an elongated word ("slechtt" → "slecht", "soo" → "so"). */
export function squeeze(text: string): string {
  return text.replace(/(\p{L})\1+/gu, '$1');
}
