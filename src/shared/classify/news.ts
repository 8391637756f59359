import type { Tokens } from './tokenize';
import { PERSONAL, REPORTING } from './wordBits';

/**
 * Whether the post reports news about a brand ("Storing bij KPN voorbij, meldt de NOS",
 * "Thames Water fined by Ofwat over sewage spills (BBC News)") rather than a customer's
 * own experience: it has a reporting word and speaks neither of the writer nor to anyone.
 * Its trigger words tell what happened, not what the writer suffers, so they do not make
 * it a complaint, and its sentiment words count for less. A customer who cites the news
 * ("volgens de NOS ligt het netwerk eruit, bij mij ook") speaks of themselves and is read
 * as usual.
 */
export function reportsNews(tokens: Tokens): boolean {
  return (tokens.seen & REPORTING) !== 0 && (tokens.seen & PERSONAL) === 0;
}
