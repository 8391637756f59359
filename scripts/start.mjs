// `npm start`: build, then run the Electron app if its runtime is installed or can be
// fetched; otherwise say so in one line and start the web shell instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const forwarded = process.argv.slice(2);

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(
  process.execPath,
  [join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const electronRuntime = findOrFetchElectron();
if (electronRuntime) {
  run(electronRuntime, ['.', ...forwarded]);
} else {
  console.log(
    'The Electron runtime is not installed and cannot be downloaded here, so Luister starts its web shell instead.',
  );
  run(process.execPath, [join(projectDir, 'out', 'main', 'web-shell.js'), ...forwarded]);
}

function findOrFetchElectron() {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const installed = () => {
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
    return existsSync(binary) ? binary : null;
  };
  if (installed()) return installed();
  const fetch = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return fetch.status === 0 ? installed() : null;
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
