/**
 * `npm run eval:classifier`: scores Luister's classifier and the npm sentiment baselines on
 * the labelled corpora, per language, and exits non-zero when a target is missed on the
 * held-out posts (every split in `HELDOUT_SPLITS` together). `--split=tune` shows the
 * tuning splits only (`tune` and `tune-sentiment`); `--errors` lists the misses on them.
 * It never lists held-out misses: reading them would turn the held-out sets into tuning
 * data.
 */
import { classify } from '../src/shared/classify';
import type { CorpusLanguage, CorpusSplit, LabelledPost } from './classifier/corpus';
import { HELDOUT_SPLITS, loadCorpus } from './classifier/corpus';
import type { Prediction } from './classifier/metrics';
import { score } from './classifier/metrics';
import type { Baseline } from './classifier/baselines';
import { loadBaselines } from './classifier/baselines';
import type { Row } from './classifier/report';
import { checkTargets, printTable } from './classifier/report';

const LANGUAGES: readonly CorpusLanguage[] = ['nl', 'en'];
const TUNING_SPLITS: readonly CorpusSplit[] = ['tune', 'tune-sentiment'];

/** Gold labels and every system's predictions for one language and split. */
interface Scored {
  posts: LabelledPost[];
  bySystem: Map<string, Prediction[]>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const tuneOnly = args.includes('--split=tune');
  const splits = tuneOnly ? TUNING_SPLITS : [...TUNING_SPLITS, ...HELDOUT_SPLITS];
  const showErrors = args.includes('--errors');
  const baselines = await loadBaselines();
  const failures: string[] = [];

  for (const lang of LANGUAGES) {
    const heldout: Scored[] = [];
    for (const split of splits) {
      const scored = await predictAll(loadCorpus(lang, split), lang, baselines);
      printTable(`${lang} ${split} (n=${scored.posts.length})`, rows(scored));
      if (!TUNING_SPLITS.includes(split)) heldout.push(scored);
      else if (showErrors) printErrors(scored);
    }
    if (tuneOnly) continue;
    const union = concat(heldout);
    const unionRows = rows(union);
    printTable(`${lang} ${HELDOUT_SPLITS.join('+')} (n=${union.posts.length}, gated)`, unionRows);
    failures.push(...checkTargets(lang, unionRows));
  }

  if (!tuneOnly) {
    if (failures.length > 0) {
      console.log(`\nTargets MISSED on held-out:\n  ${failures.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log('\nAll held-out targets MET.');
    }
  }
}

async function predictAll(
  posts: LabelledPost[],
  lang: CorpusLanguage,
  baselines: readonly Baseline[],
): Promise<Scored> {
  const bySystem = new Map<string, Prediction[]>();
  bySystem.set(
    'Luister',
    posts.map((post) => luister(post, lang)),
  );
  for (const baseline of baselines) {
    const predicted: Prediction[] = [];
    for (const post of posts)
      predicted.push({ sentiment: await baseline.predict(post.text, lang) });
    bySystem.set(baseline.name, predicted);
  }
  return { posts, bySystem };
}

function rows(scored: Scored): Row[] {
  return [...scored.bySystem].map(([name, predictions]) => ({
    name,
    scores: score(scored.posts, predictions),
  }));
}

function concat(parts: readonly Scored[]): Scored {
  const bySystem = new Map<string, Prediction[]>();
  for (const part of parts) {
    for (const [name, predictions] of part.bySystem) {
      bySystem.set(name, [...(bySystem.get(name) ?? []), ...predictions]);
    }
  }
  return { posts: parts.flatMap((part) => part.posts), bySystem };
}

function luister(post: LabelledPost, lang: CorpusLanguage): Prediction {
  const result = classify({ text: post.text, lang, followers: post.followers ?? null });
  return { sentiment: result.sentiment, urgent: result.urgent };
}

function printErrors({ posts, bySystem }: Scored): void {
  const predictions = bySystem.get('Luister') ?? [];
  posts.forEach((post, i) => {
    const predicted = predictions[i];
    if (predicted === undefined) return;
    if (predicted.sentiment === post.sentiment && predicted.urgent === post.urgent) return;
    const result = classify({ text: post.text, followers: post.followers ?? null });
    console.log(
      `  gold ${post.sentiment}${post.urgent ? '!' : ''} got ${predicted.sentiment}${predicted.urgent ? '!' : ''} ${result.score}  ${post.text}  [${result.reasons.join(' ')}]`,
    );
  });
}

await main();
