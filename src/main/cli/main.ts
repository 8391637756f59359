import { runCli } from './runCli';

// Entry of out/main/cli.js: wires the command line to the process and nothing else.
// Setting exitCode (not calling exit) lets stdout drain first.
void runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  fetch,
}).then((code) => {
  process.exitCode = code;
});
