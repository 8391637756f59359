import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/runCli';
import { mentionSchema } from '../../../../src/shared/domain/mention';
import { startFakeBluesky, type FakeBluesky } from '../../../helpers/platforms/fakeBluesky';
import { startFakeFeedServer, type FakeFeedServer } from '../../../helpers/platforms/fakeFeed';
import { startFakeMastodon, type FakeMastodon } from '../../../helpers/platforms/fakeMastodon';

let mastodon: FakeMastodon;
let bluesky: FakeBluesky;
let feeds: FakeFeedServer;
beforeEach(async () => {
  [mastodon, bluesky, feeds] = await Promise.all([
    startFakeMastodon(),
    startFakeBluesky(),
    startFakeFeedServer(),
  ]);
});
afterEach(async () => {
  await Promise.all([mastodon.close(), bluesky.close(), feeds.close()]);
});

function configFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'luister-cli-')), 'sources.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

async function run(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, {
    stdout: (l) => stdout.push(l),
    stderr: (l) => stderr.push(l),
    fetch,
  });
  return { code, stdout, stderr };
}

function allSources() {
  return {
    sources: [
      {
        type: 'mastodon',
        id: 'masto',
        baseUrl: mastodon.url,
        token: mastodon.state.token,
        terms: ['Ziggo'],
      },
      {
        type: 'bluesky',
        id: 'sky',
        baseUrl: bluesky.url,
        handle: bluesky.state.brand.handle,
        appPassword: bluesky.state.brand.appPassword,
        terms: ['ziggo'],
      },
      { type: 'rss', id: 'news', url: `${feeds.url}/feed`, terms: ['Ziggo'] },
    ],
  };
}

describe('luister poll --once', () => {
  it('prints one classified Mention per line for every source', async () => {
    mastodon.seedStatus({ text: 'Ziggo storing alweer, slecht!' });
    bluesky.seedPost({ text: 'ziggo bedankt, werkt weer' });
    feeds.publish('/feed', {
      body: '<rss><channel><item><guid>1</guid><title>Ziggo nieuws</title></item></channel></rss>',
      contentType: 'application/rss+xml',
    });

    const { code, stdout, stderr } = await run([
      'poll',
      '--config',
      configFile(allSources()),
      '--once',
    ]);

    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    const mentions = stdout.map((line) => mentionSchema.parse(JSON.parse(line)));
    expect(mentions.map((m) => m.sourceId)).toEqual(['masto', 'sky', 'news']);
    expect(mentions[0]?.classification.sentiment).toBe('negative');
    expect(mentions[1]?.author.id).toBe('bluesky:did:plc:klant000000000000000000');
  });

  it('exits 1 when a source fails and still prints the others', async () => {
    mastodon.seedStatus({ text: 'Ziggo hallo' });
    const config = allSources();
    config.sources[1] = { ...config.sources[1], appPassword: 'fout' } as (typeof config.sources)[1];
    feeds.publish('/feed', {
      body: '<rss><channel></channel></rss>',
      contentType: 'application/rss+xml',
    });

    const { code, stdout, stderr } = await run(['poll', '--config', configFile(config), '--once']);

    expect(code).toBe(1);
    expect(stdout).toHaveLength(1);
    expect(stderr).toEqual([
      expect.stringMatching(/^error sky Bluesky refused the handle or app password/) as string,
    ]);
  });
});

describe('luister sources check', () => {
  it('prints ok or error per source', async () => {
    mastodon.seedStatus({ text: 'Ziggo a' });
    mastodon.seedStatus({ text: 'Ziggo b' });
    const { code, stdout } = await run(['sources', 'check', '--config', configFile(allSources())]);
    expect(code).toBe(1);
    expect(stdout).toEqual([
      'ok masto 2 mentions',
      'ok sky 0 mentions',
      'error news The feed answered HTTP 404.',
    ]);
  });
});

describe('bad config', () => {
  it('names the line and column of a JSON syntax error', async () => {
    const { code, stderr } = await run([
      'sources',
      'check',
      '--config',
      configFile('{\n  "sources": [\n    { "type": "rss", }\n  ]\n}'),
    ]);
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(/line 3, column 22/);
  });

  it('names the field at fault', async () => {
    const { code, stderr } = await run([
      'poll',
      '--once',
      '--config',
      configFile({ sources: [{ type: 'demo' }, { type: 'rss', url: 'ftp://x' }] }),
    ]);
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(/sources\[1\]\.url: an http\(s\) URL/);
  });

  it('names a wrong type', async () => {
    const { code, stderr } = await run([
      'poll',
      '--once',
      '--config',
      configFile({ sources: [{ type: 'twitter' }] }),
    ]);
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(/sources\[0\]\.type/);
  });

  it('shows help and rejects unknown commands', async () => {
    expect((await run(['--help'])).stdout[0]).toMatch(/luister poll --config/);
    expect((await run(['fly'])).code).toBe(2);
  });
});
