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

/** The hash of a whole string, as an unsigned 32-bit number. */
export function hashText(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = foldCode(hash, text.charCodeAt(i));
  return hash >>> 0;
}
