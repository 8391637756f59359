import { readFile } from 'node:fs/promises';
import { classify } from '../../shared/classify';
import type { Mention } from '../../shared/domain/mention';
import type { SourceConfig } from '../../shared/domain/sourceConfig';
import type { Result } from '../../shared/result';
import { systemClock, type FetchPort } from '../ports';
import { createMemorySecretStore, type SecretStore } from '../settings/secretStore';
import { createSource } from '../sources/createSource';
import type { PollBatch, PollError, RawMention } from '../sources/source';
import { parseCliConfig } from './configFile';
import { HELP_TEXT } from './helpText';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  fetch: FetchPort;
}

/** Exit codes: scripts and CI tell these apart. */
export const EXIT_OK = 0;
export const EXIT_SOURCE_FAILED = 1;
export const EXIT_BAD_CONFIG = 2;

const USER_AGENT = 'Luister/0.1.0 (webcare client; command line)';

/**
 * The `luister` command line: `poll --config <file> --once`, `sources check --config
 * <file>` and `--help`. Returns the exit code instead of exiting, so tests can run it.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.help || args.words.length === 0) {
    io.stdout(HELP_TEXT);
    return args.help ? EXIT_OK : EXIT_BAD_CONFIG;
  }
  const command = args.words.join(' ');
  if (command !== 'poll' && command !== 'sources check') {
    io.stderr(`Unknown command "${command}". Run luister --help.`);
    return EXIT_BAD_CONFIG;
  }
  if (command === 'poll' && !args.once) {
    io.stderr('poll needs --once: the command line polls each source one time.');
    return EXIT_BAD_CONFIG;
  }
  if (!args.config) {
    io.stderr(`${command} needs --config <sources.json>.`);
    return EXIT_BAD_CONFIG;
  }
  let text: string;
  try {
    text = await readFile(args.config, 'utf8');
  } catch (error) {
    io.stderr(
      `Cannot read ${args.config}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    );
    return EXIT_BAD_CONFIG;
  }
  const config = parseCliConfig(text);
  if (!config.ok) {
    io.stderr(`${args.config}: ${config.error}`);
    return EXIT_BAD_CONFIG;
  }
  const secrets = createMemorySecretStore(config.value.secrets);
  const results = await Promise.all(
    config.value.sources.map((source) => pollOnce(source, io.fetch, secrets)),
  );
  let failed = false;
  for (const [index, result] of results.entries()) {
    const id = config.value.sources[index]?.id ?? '?';
    if (!result.ok) {
      failed = true;
      const line = `error ${id} ${describePollError(result.error)}`;
      if (command === 'poll') io.stderr(line);
      else io.stdout(line);
      continue;
    }
    if (command === 'poll') {
      for (const raw of result.value.mentions) io.stdout(JSON.stringify(classified(raw)));
    } else {
      const count = result.value.mentions.length;
      io.stdout(`ok ${id} ${count} ${count === 1 ? 'mention' : 'mentions'}`);
    }
  }
  return failed ? EXIT_SOURCE_FAILED : EXIT_OK;
}

async function pollOnce(
  config: SourceConfig,
  fetch: FetchPort,
  secrets: SecretStore,
): Promise<Result<PollBatch, PollError>> {
  const source = createSource(config, {
    fetch,
    clock: systemClock,
    secrets,
    userAgent: USER_AGENT,
  });
  try {
    return await source.poll(null, new AbortController().signal);
  } catch (error) {
    // A bug in one adapter must not hide the other sources' results.
    return { ok: false, error: { kind: 'transient', message: `Internal error: ${String(error)}` } };
  }
}

/** Classifies at ingest, as the app does. */
function classified(raw: RawMention): Mention {
  const followers = raw.author.followers;
  const lang = raw.replyTarget?.lang ?? null;
  return {
    ...raw,
    classification: classify({ text: `${raw.title ?? ''}\n${raw.text}`.trim(), lang, followers }),
  };
}

function describePollError(error: PollError): string {
  switch (error.kind) {
    case 'rateLimited':
      return `${error.message} Try again in ${Math.ceil(error.retryAfterMs / 1000)} s.`;
    case 'auth':
      return `${error.message} Check the credentials.`;
    case 'transient':
      return error.message;
  }
}

interface ParsedArgs {
  words: string[];
  config: string | null;
  once: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = { words: [], config: null, once: false, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--once') parsed.once = true;
    else if (arg === '--config') {
      parsed.config = argv[i + 1] ?? null;
      i += 1;
    } else if (arg.startsWith('--config=')) parsed.config = arg.slice('--config='.length);
    else parsed.words.push(arg);
  }
  return parsed;
}
