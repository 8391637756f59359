import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sentiment } from '../../src/shared/classify/types';

/**
 * One labelled post from tests/fixtures/corpora/{nl,en}.{tune,tune-sentiment,heldout,
 * heldout2,...,heldout23}.jsonl.
 */
export interface LabelledPost {
  text: string;
  sentiment: Sentiment;
  urgent: boolean;
  followers?: number;
}

export type CorpusLanguage = 'nl' | 'en';
/**
 * `tune` is what rules were adjusted on. `heldout` and `heldout2` are never tuned on, and
 * together gate the build; `heldout2` was written later, with other brands and phrasings,
 * before the second round of tuning, because `heldout` had already been looked at once.
 * `heldout3` was written before the third round (the learned component) and has only ever
 * been scored in aggregate: its per-post errors are never listed. `heldout4` was written
 * before the fourth round (urgency triggers by category, one-pass speed work), with other
 * brands again and a realistic share of urgent complaints; also only scored in aggregate.
 * `heldout5` was written by a separate session that saw neither the classifier, its
 * rules, the eval nor the other corpora, while the fifth round (paraphrased urgency cues)
 * was tuned; it is only scored in aggregate. `heldout6` was written the same way at the
 * end of the fifth round and first scored once the urgency model was trained.
 * `tune-sentiment` holds tuning posts the sentiment model learns from and the urgency
 * model does not (see `RESERVED_SPLITS` for why).
 */
export type CorpusSplit = 'tune' | 'tune-sentiment' | (typeof HELDOUT_SPLITS)[number];

/** The splits that gate the build, scored separately and as one union. */
export const HELDOUT_SPLITS = [
  'heldout',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout6',
  'heldout7',
  'heldout8',
  'heldout9',
  'heldout10',
  'heldout11',
  'heldout12',
  'heldout13',
  'heldout14',
  'heldout15',
  'heldout16',
  'heldout18',
  'heldout19',
  'heldout20',
  'heldout21',
  'heldout22',
  'heldout23',
] as const;

/**
 * Held-out sets written for a later round and never scored yet: no script reads them
 * until that round's tuning is done (then they move to `HELDOUT_SPLITS`). `heldout6` was
 * reserved here through the fifth round, `heldout7` through the sixth, `heldout8`
 * through the seventh, `heldout9` through the eighth, `heldout10` through the ninth,
 * `heldout11` through the tenth, `heldout12` through the eleventh and `heldout13`
 * through the twelfth; each was first scored after its round. `heldout14` was written
 * after round twelve and first scored on its result, with nothing tuned in between (one
 * Dutch post was dropped from it: `tune` holds the same text). Five more held-out posts
 * that `tune` holds word for word (short questions two blind writers both wrote) were
 * dropped from heldout3, heldout9, heldout11 and heldout12; a unit test keeps it so. `heldout15` was
 * written blind while the urgency trainer learnt to weigh its classes, read by nothing,
 * and first scored on the result. `heldout16` was
 * written blind after that and first scored on the same, unchanged state: one more
 * independent measure. `heldout18` was written blind for round thirteen, reserved here
 * through it, and first scored after it. `heldout19` was written blind while the last
 * cues of that round were added, read by nothing, and first scored on the result. None
 * waits now. There is no heldout17: the set first written for round thirteen was shown on
 * screen by a faulty dedupe before anything was tuned, so it was scored once on the state
 * it was written for and then read as tuning posts (it is in `tune-sentiment`).
 *
 * Round seven fitted 300 more blind-written tuning posts per language (kept apart as
 * "pending" in round six, because the retrained model lost two sentences the unit tests
 * pinned). On the gate of the time, macro-F1 and negative and urgent precision rose in
 * both languages (Dutch urgent recall fell from 0.947 to 0.932), so they joined `tune`;
 * the two lost sentences are named in the round's closing note.
 *
 * Round eight fitted 540 more blind-written tuning posts (300 Dutch, 240 English; mostly
 * complaints whose urgency is paraphrased, "dit is mijn vierde mail", "£400 taken from my
 * account") and 12 Dutch posts about the weather written by the team: "het weer" is also
 * "again", and the retrained urgency model had started reading "Slecht het weer vandaag"
 * as an urgent repeat complaint.
 *
 * Round nine fitted 660 more (360 Dutch with urgency told indirectly, 300 English with
 * neutral posts that look negative).
 *
 * Round ten fitted 800 more (400 per language: urgency told plainly and indirectly, quiet
 * and sarcastic complaints, neutral posts with problem words).
 *
 * Round eleven fitted 799 more (400 Dutch, 399 English; one English post was dropped
 * because an older held-out set holds the same text): indirect urgency, quiet complaints,
 * neutral posts with problem words, praise after a fix.
 *
 * Round twelve read 699 more blind-written posts (300 Dutch, 399 English) for its cues but
 * did not fit them: they were written urgency-heavy (62% of their negatives urgent), and
 * with them the urgency model's threshold fell from 0.4 to 0.25 and urgent precision on
 * the gate from 0.764 to 0.732 (Dutch) and 0.730 to 0.713 (English). They wait in
 * {nl,en}.pending.jsonl (no script fits them). Once the urgency trainer weighed its
 * classes, fitting them still lowered the gate (macro-F1 nl 0.914 -> 0.910, en 0.904 ->
 * 0.902; urgent precision 0.784 -> 0.760 and 0.745 -> 0.725): the sentiment model loses
 * from them too.
 *
 * Round thirteen read 1,119 more (500 Dutch, 619 English; a hard batch of neutral posts
 * with problem words, praise with negative-looking words and quiet complaints, plus the
 * first heldout17) for its cues, and did not fit them either: with them the sentiment
 * model gained on the gate (macro-F1 nl 0.911 -> 0.913, en 0.900 -> 0.904), but the
 * urgency trainer chose a threshold of 0.4 and urgent precision fell (nl 0.785 -> 0.768,
 * en 0.730 -> 0.713). Round fourteen gave them to the sentiment model alone, as
 * {nl,en}.tune-sentiment.jsonl: their urgent labels follow a batch written to be hard on
 * sentiment, and the urgency trainer's choice of threshold is not stable under them (its
 * nine configurations all sit at 0.85-0.86 cross-validated precision). On the gate,
 * macro-F1 rose (nl 0.908 -> 0.913, en 0.900 -> 0.904), and so did English urgent recall
 * (0.937 -> 0.943); Dutch urgent precision and recall each lost a post or two (0.786 ->
 * 0.782, 0.961 -> 0.959). Round twelve's posts still wait in the pending files.
 *
 * Round fourteen then read 398 blind-written English posts, written to be hard on
 * urgency (130 urgent complaints told indirectly, 70 calm ones, 100 neutral and 100
 * positive), for its cues, and did not fit them: in `tune` they lowered the gate's Dutch
 * macro-F1 (0.913 -> 0.908), and given to the urgency model alone they lowered urgent
 * precision in both languages. They wait in en.pending.jsonl after round twelve's.
 *
 * Round fifteen read 399 more blind-written English posts in the guide's ordinary voices
 * (140 urgent complaints, 80 calm ones, 90 neutral, 90 positive) for its cues and did not
 * fit them either: in `tune` they lowered Dutch macro-F1 (0.913 -> 0.907) and English
 * urgent precision (0.759 -> 0.745). They wait in en.pending.jsonl too.
 *
 * Round sixteen read 297 blind-written Dutch posts in ordinary voices (100 urgent
 * complaints, 60 calm ones, 70 neutral, 70 positive) for its cues and did not fit them:
 * in `tune` they lowered English urgent recall on the gate (0.947 -> 0.936), and given to
 * the sentiment model alone they lowered English urgent precision (0.757 -> 0.753). They
 * wait in nl.pending.jsonl after round twelve's.
 *
 * `heldout20` was written blind once round fourteen's posts were moved to
 * `tune-sentiment`, reserved here through the round's cues, and first scored after them.
 * `heldout21` was written blind before round fifteen's tuning posts were read, reserved
 * here through its cues, and first scored after them. `heldout22` was written blind
 * before round sixteen's tuning posts were read, reserved here through its cues, and
 * first scored after them. None waits now.
 *
 * Round seventeen gave the 1,793 posts that waited in the pending files (rounds twelve,
 * fourteen, fifteen and sixteen) to the sentiment model alone, all at once, in
 * `tune-sentiment`; the pending files are gone. On the gate, macro-F1 rose (nl 0.915 ->
 * 0.918, en 0.908 -> 0.915), negative recall too (0.926 -> 0.928, 0.925 -> 0.942) and
 * Dutch negative and urgent precision (0.856 -> 0.865, 0.786 -> 0.795); English urgent
 * recall rose (0.948 -> 0.951), while Dutch urgent recall and English urgent precision
 * each lost a post (0.957 -> 0.955, 0.756 -> 0.754). The blind batches used "landed" only
 * in praise, so "Just landed in Dublin" had read as a compliment: 15 travel posts by the
 * team (9 English, 6 Dutch; neutral arrivals and two late flights) say what it is.
 * `heldout23` was written blind after that, read by nothing, and first scored on the
 * result (macro-F1 nl 0.945, en 0.935; urgent recall 0.912 and 0.971).
 */
export const RESERVED_SPLITS: readonly string[] = [];

/** Whether a corpus file (`nl.heldout6.jsonl`) belongs to a reserved split. */
export function isReservedCorpusFile(fileName: string): boolean {
  return RESERVED_SPLITS.some((split) => fileName.endsWith(`.${split}.jsonl`));
}

const CORPORA_DIR = new URL('../../tests/fixtures/corpora/', import.meta.url);

/** Every tuning post of a language: `tune` and `tune-sentiment`. */
export function loadTuning(lang: CorpusLanguage): LabelledPost[] {
  return [...loadCorpus(lang, 'tune'), ...loadCorpus(lang, 'tune-sentiment')];
}
const SENTIMENTS = new Set<string>(['negative', 'neutral', 'positive']);

export function loadCorpus(lang: CorpusLanguage, split: CorpusSplit): LabelledPost[] {
  const path = fileURLToPath(new URL(`${lang}.${split}.jsonl`, CORPORA_DIR));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => parsePost(line, `${path}:${index + 1}`));
}

function parsePost(line: string, where: string): LabelledPost {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null) throw new Error(`${where}: not an object`);
  const { text, sentiment, urgent, followers } = value as Record<string, unknown>;
  if (typeof text !== 'string' || typeof sentiment !== 'string' || !SENTIMENTS.has(sentiment)) {
    throw new Error(`${where}: needs text and sentiment`);
  }
  if (typeof urgent !== 'boolean') throw new Error(`${where}: needs urgent`);
  if (urgent && sentiment !== 'negative') throw new Error(`${where}: urgent must be negative`);
  const post: LabelledPost = { text, sentiment: sentiment as Sentiment, urgent };
  if (typeof followers === 'number') post.followers = followers;
  return post;
}
