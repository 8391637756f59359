import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebShellArgs } from '../../../../src/main/web-shell/args';
import { contentSecurityPolicy } from '../../../../src/main/web-shell/server';
import { readRendererFile } from '../../../../src/main/web-shell/staticFiles';

describe('web shell static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'luister-static-'));
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secrets.json'), '{"token":"x"}');

  it('serves the renderer and nothing outside it', async () => {
    expect((await readRendererFile(renderer, '/'))?.type).toBe('text/html; charset=utf-8');
    expect((await readRendererFile(renderer, '/assets/app.js'))?.body.toString()).toBe(
      'console.log(1)',
    );
    for (const attack of [
      '/../secrets.json',
      '/%2e%2e/secrets.json',
      '/assets/../../secrets.json',
      '/%2e%2e%2fsecrets.json',
      '/%E0%A4%A',
    ]) {
      expect(await readRendererFile(renderer, attack), attack).toBeNull();
    }
  });

  it('allows scripts only from itself: no inline, no eval', () => {
    const policy = contentSecurityPolicy('http://127.0.0.1:4000');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:4000");
  });
});

describe('web shell arguments', () => {
  it('reads --port and --profile and refuses anything else with a plain message', () => {
    expect(parseWebShellArgs(['--port', '0', '--profile', '/tmp/p'])).toEqual({
      port: 0,
      profileDir: '/tmp/p',
    });
    expect(() => parseWebShellArgs(['--port', 'abc'])).toThrow('--port needs a number');
    expect(() => parseWebShellArgs(['--evil'])).toThrow('Unknown option "--evil"');
  });
});
