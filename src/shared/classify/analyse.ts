import type { ClassifiedLanguage, ClassifyInput } from './types';
import type { Tokens } from './tokenize';
import type { SentimentEvidence } from './sentiment';
import type { TriggerHit } from './triggers';
import { newTokens, tokenize } from './tokenize';
import { EXCLAMATION_FIRST, NEGATOR } from './wordBits';
import { detectLanguage } from './language';
import { analyseSentiment } from './sentiment';
import { findTriggers, triggerValence } from './triggers';
import { findAbuse } from './abuse';
import { reportsNews } from './news';
import { isInformationQuestion } from './question';

/** What the rules read in one post: the input to the learned model and to the reasons. */
export interface PostAnalysis {
  tokens: Tokens;
  lang: ClassifiedLanguage;
  triggers: readonly TriggerHit[];
  /** Valence the complaint-like triggers add; below zero when one is present. */
  cueValence: number;
  evidence: SentimentEvidence;
  abuse: string | undefined;
}

/**
 * Runs the rule stages on one post. Shared by `classify` and by the training script, so
 * the model is trained on exactly the features it sees at inference. `classify` passes
 * the `Tokens` it reuses for every post; other callers get an analysis of their own.
 */
export function analysePost(input: ClassifyInput, scratch: Tokens = newTokens()): PostAnalysis {
  const tokens = tokenize(input.text, scratch);
  const lang = detectLanguage(tokens, input.lang);
  const triggers = findTriggers(tokens);
  // News tells what happened to others, and a request for information ("how do I report
  // a phishing mail?") asks about it: their triggers are no complaint of the writer's.
  const informational = reportsNews(tokens) || isInformationQuestion(tokens);
  const cueValence = informational ? 0 : triggerValence(triggers);
  const evidence = analyseSentiment(tokens, lang, cueValence, informational);
  return { tokens, lang, triggers, cueValence, evidence, abuse: findAbuse(tokens) };
}

/**
 * Whether the post shows any sign of a problem the rules can see: a negative word or
 * emoji, a negator ("geen mail", "nobody"), a complaint-like trigger, an exclamation mark,
 * a wait or swearing. Cues that are only urgent when the post is negative ("al gebeld",
 * "still") are no sign of a problem by themselves. The model alone may call a post without one negative only when it is very
 * sure: a bare "Pakket van vandaag" mentions a parcel, and a plain question ("How come my
 * account changed?") asks, it does not complain.
 */
export function hasProblemCue(post: PostAnalysis): boolean {
  const { evidence } = post;
  if (
    evidence.negativeSum < 0 ||
    evidence.waiting ||
    evidence.sarcasm ||
    post.cueValence < 0 ||
    post.abuse !== undefined
  ) {
    return true;
  }
  // A negator, or punctuation opening with "!", anywhere in the post.
  return (post.tokens.seen & (NEGATOR | EXCLAMATION_FIRST)) !== 0;
}

// Rules this sure of praise ("Geweldig geholpen, top!") leave the model only its
// near-certain threshold: a few complaint-like words in a thank-you ("ik heb al gebeld")
// must not turn it into a complaint.
const RULES_SURE_OF_PRAISE = 3;

/**
 * Whether the model's ordinary negative threshold applies: the post shows a problem cue
 * and the rules are not sure it is praise. Otherwise only the near-certain one does.
 */
export function ordinaryThresholdApplies(post: PostAnalysis): boolean {
  return post.evidence.total < RULES_SURE_OF_PRAISE && hasProblemCue(post);
}
