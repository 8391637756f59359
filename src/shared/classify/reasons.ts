/**
 * The reasons the classifier gives, as stable keys the UI translates. A reason is
 * `reason.<key>` or `reason.<key>:<trigger words>`, e.g. `reason.repeatContact:alweer`.
 */
export const REASON_KEYS = [
  'repeatContact',
  'churn',
  'escalation',
  'safety',
  'outage',
  'reach',
  'urgentWording',
  'notWorking',
  'waiting',
  'sarcasm',
  'negation',
  'contrast',
  'emphasis',
  'negativeWords',
  'complaintWording',
  'positiveWords',
  'emoji',
  'abusive',
  'question',
] as const;

export type ReasonKey = (typeof REASON_KEYS)[number];

export const reasonPhrases: Record<ReasonKey, { en: string; nl: string }> = {
  repeatContact: { en: 'Repeat contact', nl: 'Herhaald contact' },
  churn: { en: 'Intends to leave', nl: 'Wil opzeggen of overstappen' },
  escalation: { en: 'Escalation to media or authorities', nl: 'Dreigt met media of instanties' },
  safety: { en: 'Safety or data issue', nl: 'Veiligheids- of dataprobleem' },
  outage: { en: 'Outage', nl: 'Storing' },
  reach: { en: 'Large audience', nl: 'Groot bereik' },
  urgentWording: { en: 'Reads as urgent', nl: 'Leest als urgent' },
  notWorking: { en: 'Something does not work or arrive', nl: 'Iets werkt of komt niet' },
  waiting: { en: 'Long wait', nl: 'Lang wachten' },
  sarcasm: { en: 'Sarcasm', nl: 'Sarcasme' },
  negation: { en: 'Negation', nl: 'Ontkenning' },
  contrast: {
    en: 'Contrast: the part after “but” counts',
    nl: 'Contrast: wat na “maar” komt telt',
  },
  emphasis: {
    en: 'Emphasis (capitals, !!!, stretched words)',
    nl: 'Nadruk (hoofdletters, !!!, uitgerekte woorden)',
  },
  negativeWords: { en: 'Negative words', nl: 'Negatieve woorden' },
  complaintWording: { en: 'Reads like a complaint', nl: 'Leest als een klacht' },
  positiveWords: { en: 'Positive words', nl: 'Positieve woorden' },
  emoji: { en: 'Emoji', nl: 'Emoji' },
  abusive: { en: 'Profanity or insult', nl: 'Grof taalgebruik' },
  question: { en: 'Question', nl: 'Vraag' },
};

const REASON_PATTERN = /^reason\.([A-Za-z]+)(?::(.+))?$/;
const KNOWN = new Set<string>(REASON_KEYS);

export function isReasonKey(key: string): key is ReasonKey {
  return KNOWN.has(key);
}

/** Builds the reason string for a key and, optionally, the words that triggered it. */
export function reason(key: ReasonKey, detail?: string): string {
  return detail === undefined ? `reason.${key}` : `reason.${key}:${detail}`;
}

/**
 * Puts a reason in words: `reason.repeatContact:alweer` → `Repeat contact (“alweer”)`.
 * Unknown strings are shown as they are, so an older UI never hides a newer reason.
 */
export function describeReason(value: string, lang: 'en' | 'nl'): string {
  const match = REASON_PATTERN.exec(value);
  const key = match?.[1];
  if (key === undefined || !isReasonKey(key)) return value;
  const phrase = reasonPhrases[key][lang];
  const detail = match?.[2];
  return detail === undefined ? phrase : `${phrase} (“${detail}”)`;
}
