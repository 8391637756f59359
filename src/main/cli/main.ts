import { runCli } from './runCli';

// Entry of out/main/cli.js: wires the command line to the process and nothing else.
// Setting exitCode (not calling exit) lets stdout drain first.

// A reader that stops early (`luister poll … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  fetch,
}).then((code) => {
  process.exitCode = code;
});
