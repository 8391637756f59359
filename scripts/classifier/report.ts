import type { Scores } from './metrics';
import type { CorpusLanguage } from './corpus';

export interface Row {
  name: string;
  scores: Scores;
}

// Targets from the issue, per language on the held-out posts.
const MACRO_F1_MARGIN = 0.1;
const MIN_NEGATIVE_RECALL = 0.85;
const MIN_NEGATIVE_PRECISION = 0.75;
const MIN_URGENT_RECALL = 0.9;

export function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log(
    `  ${'system'.padEnd(20)} ${['acc', 'macroF1', 'negP', 'negR', 'negF1', 'urgP', 'urgR'].map((h) => h.padStart(7)).join(' ')}`,
  );
  for (const { name, scores } of rows) {
    const cells = [
      scores.accuracy,
      scores.macroF1,
      scores.negativePrecision,
      scores.negativeRecall,
      scores.negativeF1,
      scores.urgentPrecision,
      scores.urgentRecall,
    ].map((value) => (value === undefined ? 'n/a' : value.toFixed(3)).padStart(7));
    console.log(`  ${name.padEnd(20)} ${cells.join(' ')}`);
  }
}

/** The missed targets for one language, in words; empty when all are met. */
export function checkTargets(lang: CorpusLanguage, rows: readonly Row[]): string[] {
  const [luister, ...baselines] = rows;
  if (luister === undefined) return [`${lang}: no Luister scores`];
  const s = luister.scores;
  const bestBaseline = Math.max(...baselines.map((row) => row.scores.macroF1));
  const missed: string[] = [];
  if (s.macroF1 < bestBaseline + MACRO_F1_MARGIN) {
    missed.push(
      `${lang}: macro-F1 ${s.macroF1.toFixed(3)} < best baseline ${bestBaseline.toFixed(3)} + ${MACRO_F1_MARGIN}`,
    );
  }
  if (s.negativeRecall < MIN_NEGATIVE_RECALL)
    missed.push(`${lang}: negative recall ${s.negativeRecall.toFixed(3)} < ${MIN_NEGATIVE_RECALL}`);
  if (s.negativePrecision < MIN_NEGATIVE_PRECISION) {
    missed.push(
      `${lang}: negative precision ${s.negativePrecision.toFixed(3)} < ${MIN_NEGATIVE_PRECISION}`,
    );
  }
  if ((s.urgentRecall ?? 0) < MIN_URGENT_RECALL) {
    missed.push(
      `${lang}: urgent recall ${(s.urgentRecall ?? 0).toFixed(3)} < ${MIN_URGENT_RECALL}`,
    );
  }
  return missed;
}
