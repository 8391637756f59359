import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLuister } from '../luister';
import { systemClock } from '../ports';
import { createFileSecretStore } from '../settings/fileSecretStore';
import { createSource } from '../sources/createSource';
import { parseWebShellArgs } from './args';
import { RecordingNotifier } from './recordingNotifier';
import { startWebShellServer } from './server';

const VERSION = '0.1.0';

/** The web shell: main's services plus the built renderer, served on 127.0.0.1. */
async function main(): Promise<void> {
  let args;
  try {
    args = parseWebShellArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`Luister web shell: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
    return;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = resolve(process.env.LUISTER_RENDERER_DIR ?? join(here, '..', 'renderer'));
  const secrets = createFileSecretStore(join(args.profileDir, 'secrets.json'));
  const notifier = new RecordingNotifier();
  const luister = createLuister({
    profileDir: args.profileDir,
    shell: 'web',
    version: VERSION,
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
    clock: systemClock,
    random: Math.random,
    notifier,
    secrets,
    createSource: (config) =>
      createSource(config, {
        fetch,
        clock: systemClock,
        secrets,
        userAgent: `Luister/${VERSION} (webcare client)`,
      }),
    openExternal: (url) => console.log(`Luister web shell: open in your browser: ${url}`),
  });
  const token = randomBytes(24).toString('base64url');
  const server = await startWebShellServer({
    luister,
    notifier,
    rendererDir,
    token,
    port: args.port,
  });
  console.log(`Luister web shell: ${server.url}`);
  const stop = () => {
    luister.dispose();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
