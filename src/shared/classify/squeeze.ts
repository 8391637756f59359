/** The single-letter spelling of an elongated word ("slechtt" → "slecht", "soo" → "so"). */
export function squeeze(text: string): string {
  return text.replace(/(\p{L})\1+/gu, '$1');
}
