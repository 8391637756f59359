// Runs electronegativity over src and fails on any finding of medium or higher severity
// with firm (or certain) confidence. The tool always exits 0, so its CSV is read here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;

/**
 * Checks that only ask for a human review, with the review's outcome. Each entry must say
 * why the finding does not apply.
 */
const reviewed = {
  PRELOAD_JS_CHECK:
    'src/main/preload.ts exposes only the contract: one named method per call plus on(event) for the declared events, through contextBridge; no ipcRenderer, no generic send.',
};

const outDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const csv = join(outDir, 'findings.csv');
const run = spawnSync(
  process.execPath,
  [
    require.resolve('@doyensec/electronegativity/dist/index.js'),
    '-i',
    'src',
    '-o',
    csv,
    '-r',
    '-v',
    'false',
    '-e',
    electronVersion,
  ],
  { encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(run.status ?? 1);
}

const rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1).map(parseCsvLine);
const serious = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const firm = new Set(['FIRM', 'CERTAIN']);
const findings = rows.filter(
  ([check, severity, confidence]) =>
    serious.has(severity) && firm.has(confidence) && !(check in reviewed),
);

for (const [check, reason] of Object.entries(reviewed))
  console.log(`electronegativity: ${check} reviewed: ${reason}`);
if (findings.length > 0) {
  for (const [check, severity, confidence, file, location, , description] of findings) {
    console.error(
      `electronegativity: ${severity}/${confidence} ${check} at ${file}:${location}: ${description}`,
    );
  }
  console.error(
    `electronegativity: ${findings.length} finding(s) of medium or higher severity with firm confidence.`,
  );
  process.exit(1);
}
console.log(
  `electronegativity: no finding of medium or higher severity with firm confidence (${rows.length} lower or tentative).`,
);

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === '"' && line[index + 1] === '"' && quoted) {
      cell += '"';
      index += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}
