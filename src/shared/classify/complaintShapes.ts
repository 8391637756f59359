import type { Token } from './tokenize';
import { NEGATORS } from './lexicon/modifiers';

/**
 * Complaints that carry no sentiment word: the thing that "werkt niet" (Dutch puts the
 * negation after the verb) and the wait that has lasted "al 9 dagen" / "for two weeks".
 */

// Verbs whose negation follows them in Dutch: "werkt nog steeds niet", "doet het niet".
const VERBS_NEGATED_AFTER = new Set([
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
]);
const NEGATION_AFTER_WINDOW = 3;

export function isNegatedAfter(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (verb === undefined || !VERBS_NEGATED_AFTER.has(verb.text)) return false;
  for (let k = at + 1; k <= at + NEGATION_AFTER_WINDOW; k++) {
    const token = tokens[k];
    if (token?.kind !== 'word') return false;
    if (NEGATORS.has(token.text)) return true;
  }
  return false;
}

const DURATION_UNITS = new Set([
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
]);
// "al" (already) and "for"/"since" make a duration a grievance; "10 jaar klant" is not one.
const DURATION_LEADS = new Set(['al', 'sinds', 'for', 'since']);
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
  const unit = tokens[at];
  if (unit === undefined || !DURATION_UNITS.has(unit.text)) return false;
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
