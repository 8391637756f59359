/**
 * `npm run eval:classifier`: scores Luister's classifier and the npm sentiment baselines on
 * the labelled corpora, per language, and exits non-zero when a target is missed on the
 * held-out split. `--split=tune` shows the tuning split only; `--errors` lists misses.
 */
import { classify } from '../src/shared/classify';
import type { CorpusLanguage, CorpusSplit, LabelledPost } from './classifier/corpus';
import { loadCorpus } from './classifier/corpus';
import type { Prediction, Scores } from './classifier/metrics';
import { score } from './classifier/metrics';
import { loadBaselines } from './classifier/baselines';
import { checkTargets, printTable } from './classifier/report';

const LANGUAGES: readonly CorpusLanguage[] = ['nl', 'en'];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const splits: CorpusSplit[] = args.includes('--split=tune') ? ['tune'] : ['tune', 'heldout'];
  const showErrors = args.includes('--errors');
  const baselines = await loadBaselines();
  const failures: string[] = [];

  for (const split of splits) {
    for (const lang of LANGUAGES) {
      const posts = loadCorpus(lang, split);
      const predictions = posts.map((post) => luister(post, lang));
      const rows: { name: string; scores: Scores }[] = [
        { name: 'Luister', scores: score(posts, predictions) },
      ];
      for (const baseline of baselines) {
        const predicted: Prediction[] = [];
        for (const post of posts)
          predicted.push({ sentiment: await baseline.predict(post.text, lang) });
        rows.push({ name: baseline.name, scores: score(posts, predicted) });
      }
      printTable(`${lang} ${split} (n=${posts.length})`, rows);
      if (split === 'heldout') failures.push(...checkTargets(lang, rows));
      if (showErrors) printErrors(posts, predictions);
    }
  }

  if (splits.includes('heldout')) {
    if (failures.length > 0) {
      console.log(`\nTargets MISSED on held-out:\n  ${failures.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log('\nAll held-out targets MET.');
    }
  }
}

function luister(post: LabelledPost, lang: CorpusLanguage): Prediction {
  const result = classify({ text: post.text, lang, followers: post.followers ?? null });
  return { sentiment: result.sentiment, urgent: result.urgent };
}

function printErrors(posts: readonly LabelledPost[], predictions: readonly Prediction[]): void {
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
