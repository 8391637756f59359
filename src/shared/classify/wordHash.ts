/**
 * FNV-1a over UTF-16 code units: the word hash behind the model's hashed features. Stable
 * across platforms and releases, since the shipped weights are indexed by it.
 *
 * The tokenizer folds ASCII words into the hash as it reads them (the fold of `foldCode`,
 * inlined), so the model never walks a word's characters a second time; other words use
 * `hashText`.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The running hash after one more code unit. */
export function foldCode(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** Lowercases an ASCII letter; digits, apostrophes and folded letters stay as they are. */
export function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

/**
 * Whether `text[start..end)` reads `word` (lowercase) but for ASCII capitals, compared
 * where it stands: a word in a post is matched without making its string.
 */
export function spanReads(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (lowerAscii(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The hash of a whole string, as an unsigned 32-bit number. */
export function hashText(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = foldCode(hash, text.charCodeAt(i));
  return hash >>> 0;
}
