import type { Token } from './tokenize';

/**
 * Complaints that carry no sentiment word: the thing that "werkt niet" (Dutch puts the
 * negation after the verb) and the wait that has lasted "al 9 dagen" / "for two weeks".
 */

// Verbs whose negation follows them in Dutch: "werkt nog steeds niet", "doet het niet".
export const VERBS_NEGATED_AFTER: ReadonlySet<string> = new Set([
  'werkt',
  'werken',
  'werkte',
  'doet',
  'deed',
  'reageren',
  'reageert',
  'komt',
  'kwam',
  'klopt',
  'snapt',
  'snapte',
  'begrijpt',
  'begreep',
  'lukt',
  'lukte',
  'ligt',
  'laat',
  'komen',
]);
const NEGATION_AFTER_WINDOW = 5;

export function isNegatedAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.features?.negatedAfter !== true) return false;
  for (let k = at + 1; k <= at + NEGATION_AFTER_WINDOW; k++) {
    const token = tokens[k];
    if (token?.kind !== 'word') return false;
    if (token.features?.negator === true) return true;
  }
  return false;
}

export const DURATION_UNITS: ReadonlySet<string> = new Set([
  'minuten',
  'uur',
  'uren',
  'dagen',
  'dag',
  'weken',
  'week',
  'maanden',
  'maand',
  'minutes',
  'hours',
  'hour',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  // "sinds maandag", "since Monday", "all morning": a wait counted from a day or part of one.
  'ochtend',
  'middag',
  'avond',
  'morning',
  'afternoon',
  'evening',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'gisteren',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
]);
// "al" (already) and "for"/"since" make a duration a grievance; "10 jaar klant" is not one.
const DURATION_LEADS = new Set(['al', 'sinds', 'for', 'since', 'all']);
const COUNT_WORDS = new Set([
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'tien',
  'paar',
  'hele',
  'ruim',
  'bijna',
  'a',
  'an',
  'two',
  'three',
  'four',
  'five',
  'six',
  'ten',
  'several',
  'few',
  'whole',
  'over',
  'almost',
  'nearly',
]);
const NUMBER = /^\d+$/;

export function durationComplaintAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.features?.durationUnit !== true) return false;
  const before = tokens[at - 1];
  const twoBefore = tokens[at - 2];
  if (before !== undefined && DURATION_LEADS.has(before.text)) return true;
  const counted =
    before !== undefined && (NUMBER.test(before.text) || COUNT_WORDS.has(before.text));
  if (!counted) return false;
  if (twoBefore !== undefined && DURATION_LEADS.has(twoBefore.text)) return true;
  const after = tokens[at + 1];
  return after !== undefined && (after.text === 'now' || after.text === 'onderweg');
}
