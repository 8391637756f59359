import type { Tokens } from './tokenize';
import { featuresAt, isWordAt, textAt, textOf } from './tokenize';

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

export function isNegatedAfter(tokens: Tokens, at: number): boolean {
  if (featuresAt(tokens, at)?.negatedAfter !== true) return false;
  for (let k = at + 1; k <= at + NEGATION_AFTER_WINDOW; k++) {
    if (!isWordAt(tokens, k)) return false;
    if (featuresAt(tokens, k)?.negator === true) return true;
  }
  return false;
}

// Named days: "since Monday" is a wait, but after "for" a day is a date ("a heatwave
// warning for Thursday").
const NAMED_DAYS: ReadonlySet<string> = new Set([
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
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
  'gisteren',
  'yesterday',
  ...NAMED_DAYS,
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

export function durationComplaintAt(tokens: Tokens, at: number): boolean {
  if (featuresAt(tokens, at)?.durationUnit !== true) return false;
  const before = textAt(tokens, at - 1);
  const twoBefore = textAt(tokens, at - 2);
  if (before === 'for' && NAMED_DAYS.has(textOf(tokens, at))) return false;
  if (before !== undefined && DURATION_LEADS.has(before)) return true;
  const counted = before !== undefined && (NUMBER.test(before) || COUNT_WORDS.has(before));
  if (!counted) return false;
  if (twoBefore !== undefined && DURATION_LEADS.has(twoBefore)) return true;
  const after = textAt(tokens, at + 1);
  return after === 'now' || after === 'onderweg';
}
