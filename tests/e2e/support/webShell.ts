import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningShell {
  url: string;
  origin: string;
  token: string;
  port: number;
  profileDir: string;
  process: ChildProcess;
  /** Stops it like a crash would: SIGKILL, no cleanup. */
  crash(): Promise<void>;
  stop(): Promise<void>;
  notifications(): Promise<{ mentionId: string; title: string; body: string }[]>;
  clickNotification(mentionId: string): Promise<void>;
}

export function temporaryProfile(): string {
  return mkdtempSync(join(tmpdir(), 'luister-e2e-'));
}

/** A free port, so a restarted shell keeps its origin (and so the browser's IndexedDB). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts the built web shell as a user would, and waits for its one line with the URL. */
export async function startWebShell(
  options: { profileDir?: string; port?: number } = {},
): Promise<RunningShell> {
  const profileDir = options.profileDir ?? temporaryProfile();
  const child = spawn(
    process.execPath,
    ['out/main/web-shell.js', '--port', String(options.port ?? 0), '--profile', profileDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web shell did not start: ${output}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Luister web shell: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web shell exited with ${code}: ${output}`)));
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const hook = (path: string) =>
    `${parsed.origin}${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
  return {
    url,
    origin: parsed.origin,
    token,
    port: Number(parsed.port),
    profileDir,
    process: child,
    crash: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    notifications: async () =>
      (await fetch(hook('/__luister/notifications'))).json() as Promise<
        { mentionId: string; title: string; body: string }[]
      >,
    clickNotification: async (mentionId) => {
      const response = await fetch(
        hook(`/__luister/notifications/click?mentionId=${encodeURIComponent(mentionId)}`),
        { method: 'POST' },
      );
      if (!response.ok) throw new Error(`click failed: ${response.status}`);
    },
  };
}
