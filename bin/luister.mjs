#!/usr/bin/env node
import process from 'node:process';

// Runs the built command line (out/main/cli.js, built from src/main/cli/main.ts).
try {
  await import('../out/main/cli.js');
} catch (error) {
  const missing =
    error &&
    error.code === 'ERR_MODULE_NOT_FOUND' &&
    String(error.message).includes('out/main/cli.js');
  if (!missing) throw error;
  process.stderr.write('Luister is not built yet: run `npm run build` first.\n');
  process.exitCode = 1;
}
