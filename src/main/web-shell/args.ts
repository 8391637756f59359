import { defaultProfileDir } from '../settings/profileDir';

export interface WebShellArgs {
  port: number;
  profileDir: string;
}

/** Parses `--port <n>` (0 = any free port) and `--profile <dir>`; throws with a plain message. */
export function parseWebShellArgs(argv: readonly string[]): WebShellArgs {
  const args: WebShellArgs = { port: 0, profileDir: defaultProfileDir() };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    switch (flag) {
      case '--port': {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65_535)
          throw new Error(`--port needs a number from 0 to 65535, got "${value ?? ''}"`);
        args.port = port;
        index += 1;
        break;
      }
      case '--profile':
        if (!value) throw new Error('--profile needs a folder');
        args.profileDir = value;
        index += 1;
        break;
      default:
        throw new Error(`Unknown option "${flag ?? ''}". Use --port <n> and --profile <dir>.`);
    }
  }
  return args;
}
