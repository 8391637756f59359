/**
 * Brand-term matching shared by every source.
 *
 * Decisions (documented in docs/cli.md too):
 * - Case- and diacritics-insensitive: "Ziggo" matches "ziggo", "ZIGGO" and "Zíggo".
 * - Whole words only: "KPN" matches "KPN!", "@KPN", "#kpn" and "kpn.com" but not "kpnx",
 *   because short brand names are often parts of other words.
 * - Multi-word terms match with any spaces, dashes or underscores between the words, and
 *   inside a hashtag or handle written together: "Ziggo Sport" matches "#ZiggoSport" and
 *   "#ziggosport".
 * - A hashtag or handle that starts with the term matches only at a visible word break
 *   (CamelCase, digit or underscore): "Ziggo" matches "#ZiggoStoring" and "@ziggo_nl" but
 *   not "#ziggostoring", where we cannot tell the brand from another word.
 * - Exclusions use the same rules and win over terms.
 */
export interface TermMatcher {
  /** True when the source filters by terms at all. */
  readonly active: boolean;
  match(text: string): TermMatch;
}

export type TermMatch =
  { kind: 'matched'; term: string } | { kind: 'excluded'; term: string } | { kind: 'none' };

interface CompiledTerm {
  term: string;
  pattern: RegExp;
  condensed: string;
}

export function createTermMatcher(
  terms: readonly string[],
  exclude: readonly string[],
): TermMatcher {
  const included = terms.map(compile).filter((t): t is CompiledTerm => t !== null);
  const excluded = exclude.map(compile).filter((t): t is CompiledTerm => t !== null);
  return {
    active: included.length > 0,
    match(text) {
      const folded = foldWithMap(text);
      const blocker = excluded.find((t) => matches(t, folded, text));
      if (blocker) return { kind: 'excluded', term: blocker.term };
      const hit = included.find((t) => matches(t, folded, text));
      return hit ? { kind: 'matched', term: hit.term } : { kind: 'none' };
    },
  };
}

/** What a source keeps: posts that match a term, or (when told) any non-excluded post. */
export function decideByTerms(
  matcher: TermMatcher,
  text: string,
  keepWithoutTerm: boolean,
): { keep: boolean; matchedTerm: string | null } {
  const result = matcher.match(text);
  switch (result.kind) {
    case 'excluded':
      return { keep: false, matchedTerm: null };
    case 'matched':
      return { keep: true, matchedTerm: result.term };
    case 'none':
      return { keep: keepWithoutTerm || !matcher.active, matchedTerm: null };
  }
}

/** Lowercase without diacritics, so "Zíggo" and "ziggo" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, the index of the character it came from. */
  origin: number[];
}

function foldWithMap(text: string): Folded {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldText(char);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) origin.push(index);
    index += char.length;
  }
  return { text: folded, origin };
}

function compile(term: string): CompiledTerm | null {
  const words = foldText(term.replace(/^[@#]+/, ''))
    .split(/[\s\-_]+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  const body = words.map(escapeRegExp).join('[\\s\\-_]+');
  return {
    term,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u'),
    condensed: words.join(''),
  };
}

function matches(term: CompiledTerm, folded: Folded, original: string): boolean {
  if (term.pattern.test(folded.text)) return true;
  for (const token of folded.text.matchAll(/[#@]([\p{L}\p{N}_]+)/gu)) {
    const word = token[1] ?? '';
    if (!word.startsWith(term.condensed)) continue;
    const nextIndex = (token.index ?? 0) + 1 + term.condensed.length;
    if (nextIndex >= (token.index ?? 0) + token[0].length) return true;
    const originalIndex = folded.origin[nextIndex];
    const next = originalIndex === undefined ? '' : (original[originalIndex] ?? '');
    if (/[\p{Lu}\p{N}_]/u.test(next)) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
