/** One line of `npm run bench`: a figure, the baseline measured in the same run, the ratio. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** Pass condition, in words, e.g. "ratio <= 1.5" or "<= 1500 ms". */
  target: string;
  met: boolean;
}

export function printFigure(figure: BenchFigure): void {
  const base = figure.baseline
    ? `  baseline ${figure.baseline.name}: ${format(figure.baseline.value)} ${figure.unit}  ratio ${(figure.value / figure.baseline.value).toFixed(2)}`
    : '';
  const verdict = figure.met ? 'MET' : 'MISSED';
  console.log(
    `${figure.name}: ${format(figure.value)} ${figure.unit}${base}  target ${figure.target}  ${verdict}`,
  );
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}
